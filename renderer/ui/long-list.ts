// Lists that may hold thousands of entries (the speaker and tag managers at 10,000 speakers):
// the first `limit` entries are built, a filter box narrows them once there are more, and a
// "Show more" button builds the next ones. Entries are built only when shown, so a long list
// costs what its visible part does. Also: a <select> whose options are built on first use,
// for per-row choices (merge into…) that would otherwise repeat the whole list in every row.
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

/** Fills `select` with its options the first time it is focused or pressed, once. */
export function fillOnFirstUse(
  select: HTMLSelectElement,
  options: () => HTMLOptionElement[],
): void {
  let filled = false;
  const fill = () => {
    if (filled) return;
    filled = true;
    select.append(...options());
  };
  select.addEventListener('focus', fill);
  select.addEventListener('mousedown', fill);
}
