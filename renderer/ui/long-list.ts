// Lists that may hold thousands of entries (the speaker and tag managers at 10,000 speakers):
// the first `limit` entries are built, a filter box narrows them once there are more, and a
// "Show more" button builds the next ones. Entries are built only when shown, so a long list
// costs what its visible part does. Also: a <select> whose options are built on first use,
// for per-row choices (merge into…) that would otherwise repeat the whole list in every row.
// And a pager over a server-side name list (speakers, tags, memos): it holds only the pages
// asked for, asks afresh as the filter changes, and re-fetches single entries by id; it draws
// nothing itself.
import type { NamePage, NamePageRequest } from '../../main/ipc/contract';
import { h } from './dom';

export interface LongListOptions<T> {
  readonly items: readonly T[];
  readonly className: string;
  /** What the filter box says it filters, e.g. "speakers". */
  readonly noun: string;
  render(item: T): HTMLElement;
  /** The text the filter matches, case aside. */
  text(item: T): string;
  readonly limit?: number;
  readonly step?: number;
}

export const LONG_LIST_LIMIT = 50;

export function longList<T>(options: LongListOptions<T>): HTMLElement {
  const limitAtFirst = options.limit ?? LONG_LIST_LIMIT;
  const step = options.step ?? 200;
  let limit = limitAtFirst;
  const filter = h('input', {
    type: 'search',
    className: 'long-list__filter',
    placeholder: `Filter ${options.noun}`,
    'aria-label': `Filter ${options.noun}`,
  });
  const list = h('div', { className: options.className });
  const more = h('button', { type: 'button', className: 'button button--small long-list__more' });
  const status = h('p', { className: 'long-list__status', 'aria-live': 'polite' });

  function render(): void {
    const needle = filter.value.trim().toLowerCase();
    const matching = needle
      ? options.items.filter((item) => options.text(item).toLowerCase().includes(needle))
      : options.items;
    const shown = matching.slice(0, limit);
    list.replaceChildren(...shown.map((item) => options.render(item)));
    const hidden = matching.length - shown.length;
    more.hidden = hidden <= 0;
    more.textContent = `Show ${Math.min(hidden, step).toLocaleString()} more`;
    status.textContent =
      matching.length === 0
        ? `No ${options.noun} match the filter.`
        : hidden > 0
          ? `Showing ${shown.length.toLocaleString()} of ${matching.length.toLocaleString()}.`
          : '';
  }

  filter.addEventListener('input', () => {
    limit = limitAtFirst;
    render();
  });
  more.addEventListener('click', () => {
    limit += step;
    render();
  });
  render();
  const long = options.items.length > limitAtFirst;
  return h('div', { className: 'long-list' }, long ? filter : null, list, status, more);
}

/**
 * Fills `select` with its options the first time it is focused or pressed, once (the options
 * may come from the server: then they arrive a moment later).
 */
export function fillOnFirstUse(
  select: HTMLSelectElement,
  options: () => HTMLOptionElement[] | Promise<HTMLOptionElement[]>,
): void {
  let filled = false;
  const fill = () => {
    if (filled) return;
    filled = true;
    const built = options();
    if (Array.isArray(built)) select.append(...built);
    else void built.then((later) => select.append(...later));
  };
  select.addEventListener('focus', fill);
  select.addEventListener('mousedown', fill);
}

export interface PagedListSource<T> {
  page(request: NamePageRequest): Promise<NamePage<T>>;
  /** These entries afresh; an id missing from the answer is gone. Without it, a refresh loads. */
  byIds?(ids: number[]): Promise<readonly T[]>;
}

export interface PagedListState<T> {
  readonly items: readonly T[];
  /** How many entries match the filter (the server's count, not what is loaded). */
  readonly total: number;
  /** The total with no filter, as of the last unfiltered page: whether a filter is worth it. */
  readonly unfiltered: number;
  readonly filter: string;
  readonly more: boolean;
}

export interface PagedList<T> {
  state(): PagedListState<T>;
  /** The first page again, under `filter` when given (else the current filter). */
  load(filter?: string): Promise<void>;
  /** The next page, appended. */
  more(): Promise<void>;
  /**
   * These entries afresh where they are shown (the rest need no fetch); when the total has
   * changed (entries came or went), the first page again instead.
   */
  refresh(ids?: readonly number[]): Promise<void>;
}

/**
 * Pages over a server-side list. Answers that arrive after a newer request (the analyst typed
 * on) are dropped, so the list always shows the latest filter's pages.
 */
export function createPagedList<T extends { readonly id: number }>(options: {
  source: PagedListSource<T>;
  /** The first page's size; `step` is each further page's (by default the same). */
  limit?: number;
  step?: number;
  changed(state: PagedListState<T>): void;
  failed(error: unknown): void;
}): PagedList<T> {
  const limit = options.limit ?? LONG_LIST_LIMIT;
  const step = options.step ?? limit;
  let items: T[] = [];
  let total = 0;
  let unfiltered = 0;
  let filter = '';
  let next: string | null = null;
  let generation = 0;

  const state = (): PagedListState<T> => ({
    items,
    total,
    unfiltered,
    filter,
    more: next !== null,
  });

  async function run(work: (mine: number) => Promise<void>, mine: number): Promise<void> {
    try {
      await work(mine);
    } catch (error) {
      if (mine === generation) options.failed(error);
    }
  }

  function load(wanted?: string): Promise<void> {
    generation += 1;
    if (wanted !== undefined) filter = wanted.trim();
    const request: NamePageRequest = filter ? { filter, limit } : { limit };
    return run(async (mine) => {
      const page = await options.source.page(request);
      if (mine !== generation) return;
      items = [...page.items];
      total = page.total;
      if (!request.filter) unfiltered = page.total;
      next = page.next;
      options.changed(state());
    }, generation);
  }

  return {
    state,
    load,
    more() {
      if (next === null) return Promise.resolve();
      const request: NamePageRequest = filter
        ? { filter, after: next, limit: step }
        : { after: next, limit: step };
      const mine = generation;
      return run(async () => {
        const page = await options.source.page(request);
        if (mine !== generation || request.after !== next) return;
        const shown = new Set(items.map((item) => item.id));
        items = [...items, ...page.items.filter((item) => !shown.has(item.id))];
        total = page.total;
        next = page.next;
        options.changed(state());
      }, mine);
    },
    refresh(ids) {
      const byIds = options.source.byIds;
      if (!byIds) return load();
      const shown = new Set(items.map((item) => item.id));
      const wanted = (ids ?? [...shown]).filter((id) => shown.has(id));
      const mine = generation;
      // A one-entry page answers whether entries came or went (an annotation's new speaker):
      // then the first page again, else only the shown entries touched, by id.
      const counted: NamePageRequest = filter ? { filter, limit: 1 } : { limit: 1 };
      return run(async () => {
        const [count, answer] = await Promise.all([
          options.source.page(counted),
          wanted.length > 0 ? byIds(wanted) : Promise.resolve([]),
        ]);
        if (mine !== generation) return;
        if (count.total !== total) {
          await load();
          return;
        }
        if (wanted.length === 0) return;
        const fresh = new Map(answer.map((item) => [item.id, item]));
        items = items.map((item) => fresh.get(item.id) ?? item);
        options.changed(state());
      }, mine);
    },
  };
}

/**
 * longList over a server-side list (the speaker and tag managers): the first page, a filter
 * box that asks the server as one types once there are more than a page, and "Show more" for
 * the next page. `ready` settles once the first page is drawn.
 */
export function pagedLongList<T extends { readonly id: number }>(options: {
  readonly source: PagedListSource<T>;
  readonly className: string;
  readonly noun: string;
  /** Shown instead when there are none at all. */
  readonly empty: HTMLElement;
  render(item: T): HTMLElement;
  failed(error: unknown): void;
  readonly limit?: number;
  readonly step?: number;
}): { element: HTMLElement; ready: Promise<void> } {
  const step = options.step ?? 200;
  const filter = h('input', {
    type: 'search',
    className: 'long-list__filter',
    placeholder: `Filter ${options.noun}`,
    'aria-label': `Filter ${options.noun}`,
    hidden: true,
  });
  const list = h('div', { className: options.className });
  const more = h('button', { type: 'button', className: 'button button--small long-list__more' });
  const status = h('p', { className: 'long-list__status', 'aria-live': 'polite' });
  const pager = createPagedList<T>({
    source: options.source,
    limit: options.limit ?? LONG_LIST_LIMIT,
    step,
    changed: (state) => {
      const none = state.unfiltered === 0 && !state.filter;
      filter.hidden = state.unfiltered <= (options.limit ?? LONG_LIST_LIMIT) && !state.filter;
      list.replaceChildren(...(none ? [options.empty] : state.items.map(options.render)));
      const hidden = Math.max(0, state.total - state.items.length);
      more.hidden = !state.more || hidden <= 0;
      more.textContent = `Show ${Math.min(hidden, step).toLocaleString()} more`;
      status.textContent = none
        ? ''
        : state.total === 0
          ? `No ${options.noun} match the filter.`
          : hidden > 0
            ? `Showing ${state.items.length.toLocaleString()} of ${state.total.toLocaleString()}.`
            : '';
    },
    failed: options.failed,
  });
  filter.addEventListener('input', () => void pager.load(filter.value));
  more.addEventListener('click', () => void pager.more());
  more.hidden = true;
  const element = h('div', { className: 'long-list' }, filter, list, status, more);
  return { element, ready: pager.load() };
}
