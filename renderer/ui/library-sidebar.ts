// The library sidebar: the notebook's articles as a virtualised list over the paged library
// query (article-rows.ts fetches, virtual-window.ts does the arithmetic), with its total, sort
// and filters, the open one marked and annotation and "to review" badges; then the speakers,
// tags and saved memos. Only the rows in view (and a few either side) exist in the DOM, so
// 100,000 articles scroll like 100. Keyboard: the rows are one tab stop (a roving tabindex);
// arrows, Page Up/Down, Home and End move through the whole list, Enter opens.
// The speaker, tag and memo sections page over the server's name lists (long-list.ts): the
// first SECTION_LIMIT entries, a filter box that asks the server as one types once there are
// more, and "Show more" for the next page, so 10,000 speakers cost what 50 do, in the DOM and
// on the wire; after an annotation change only the entries shown are fetched again, by id.
// What choosing an item does is the caller's; it knows no API beyond the ports it is given.
import type {
  ArticleListCounts,
  ArticlePage,
  ArticlePageRequest,
  ArticleSummary,
  MemoPage,
  NamePageRequest,
  SavedMemoSummary,
  Speaker,
  SpeakerPage,
  Tag,
  TagPage,
} from '../../main/ipc/contract';
import { createPagedList, type PagedListSource } from './long-list';
import { isArticleSort } from '../../main/domain/vocabulary';
import { libraryListFilter, type AppState, type AppStore } from './app-state';
import { createArticleRows } from './article-rows';
import { formatDate, h } from './dom';
import type { QuotationsScope } from './quotations-view';
import {
  nextIndex,
  pageStep,
  scrollTopToReveal,
  visibleWindow,
  type ViewportMetrics,
} from './virtual-window';

export interface LibraryPort {
  listArticlePage(request: ArticlePageRequest): Promise<ArticlePage>;
  getArticleSummaries(args: { ids: number[] }): Promise<ArticleSummary[]>;
  countSuggestions(args: { articleIds: number[] }): Promise<Record<number, number>>;
  listSpeakerPage(request: NamePageRequest): Promise<SpeakerPage>;
  getSpeakers(args: { ids: number[] }): Promise<Speaker[]>;
  listTagPage(request: NamePageRequest): Promise<TagPage>;
  getTags(args: { ids: number[] }): Promise<Tag[]>;
  listMemoPage(request: NamePageRequest): Promise<MemoPage>;
}

export interface LibrarySidebarOptions {
  store: AppStore;
  api: LibraryPort;
  openArticle(id: number): void;
  showQuotations(scope: QuotationsScope): void;
  manage(which: 'speakers' | 'tags'): void;
  openMemo(id: number): void;
  newMemo(): void;
  /** The notebook's annotation history and the Trash of deleted articles (dialogs). */
  openHistory?(): void;
  openTrash?(): void;
  showError(error: unknown): void;
}

export interface LibrarySidebar {
  readonly element: HTMLElement;
  /** Lists the library afresh (the notebook changed); resolves with its counts. */
  reload(): Promise<ArticleListCounts | null>;
  /** Fetches these articles' rows (and their suggestion counts) again, and only those. */
  refreshArticles(ids: readonly number[]): Promise<void>;
  /** The first page of speakers and of tags again (who and what exist changed). */
  reloadPeopleAndTopics(): Promise<void>;
  /**
   * The counts of these speakers and tags afresh, where shown (every shown one without ids):
   * after an annotation change, which adds no speaker or tag, nothing else can have changed.
   */
  refreshPeopleAndTopics(touched?: {
    speakerIds?: readonly number[];
    tagIds?: readonly number[];
  }): Promise<void>;
  /** The first page of memos again. */
  reloadMemos(): Promise<void>;
}

/** Each row's height in pixels; rows are laid out by it, so it is set on each row too. */
export const ROW_HEIGHT = 54;
const OVERSCAN = 8;
/** How long scrolling must pause before the rows in view are asked for their suggestions. */
export const SUGGESTION_DELAY_MS = 200;
export const SECTION_LIMIT = 50;
const SECTION_STEP = 200;

const empty = (text: string) => h('li', { className: 'pane-empty sidebar-section__empty' }, text);

function sectionItem(label: string, count: number, onclick: () => void, current = false) {
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        className: 'sidebar-section__item',
        'aria-current': current ? 'true' : null,
        onclick,
      },
      h('span', {}, label),
      h('span', { className: 'sidebar-section__count' }, String(count)),
    ),
  );
}

interface Entry {
  readonly label: string;
  readonly count: number;
  readonly current?: boolean;
  choose(): void;
}

/**
 * One sidebar section over a server-side list: the first SECTION_LIMIT entries, a filter box
 * (asking the server as the analyst types) once there are more, and "Show more" for the next
 * page. Only the pages asked for are ever fetched or drawn.
 */
function createSection<T extends { readonly id: number }>(
  texts: { title: string; listLabel: string; emptyText: string; action: string },
  source: PagedListSource<T>,
  entry: (item: T) => Entry,
  run: () => void,
  showError: (error: unknown) => void,
) {
  const { title, listLabel, emptyText, action } = texts;
  const count = h('span', { className: 'sidebar-section__count' });
  const list = h('ul', { className: 'sidebar-section__list', 'aria-label': listLabel });
  const filter = h('input', {
    className: 'sidebar-section__filter',
    type: 'search',
    placeholder: `Filter ${title.toLowerCase()}`,
    'aria-label': `Filter ${title.toLowerCase()}`,
    hidden: true,
  });
  const more = h('button', {
    type: 'button',
    className: 'button button--small sidebar-section__more',
    hidden: true,
  });
  let loaded = false;
  const pager = createPagedList<T>({
    source,
    limit: SECTION_LIMIT,
    step: SECTION_STEP,
    changed: () => {
      loaded = true;
      render();
    },
    failed: showError,
  });

  function render(): void {
    if (!loaded) return;
    const state = pager.state();
    count.textContent = state.unfiltered ? state.unfiltered.toLocaleString() : '';
    filter.hidden = state.unfiltered <= SECTION_LIMIT && !state.filter;
    list.replaceChildren(
      ...(state.unfiltered === 0 && !state.filter
        ? [empty(emptyText)]
        : state.items.length === 0
          ? [empty(`No ${title.toLowerCase()} match the filter.`)]
          : state.items.map((item) => {
              const shown = entry(item);
              return sectionItem(shown.label, shown.count, shown.choose, shown.current);
            })),
    );
    const hidden = Math.max(0, state.total - state.items.length);
    more.hidden = !state.more || hidden <= 0;
    more.textContent = `Show ${Math.min(hidden, SECTION_STEP).toLocaleString()} more of ${hidden.toLocaleString()}`;
  }

  filter.addEventListener('input', () => void pager.load(filter.value));
  more.addEventListener('click', () => void pager.more());

  const element = h(
    'details',
    { className: 'sidebar-section', open: true },
    h('summary', {}, h('h2', { className: 'pane-header__title' }, title), count),
    filter,
    list,
    more,
    h(
      'button',
      { type: 'button', className: 'button button--small sidebar-section__manage', onclick: run },
      action,
    ),
  );
  return {
    element,
    /** The first page again, under the filter typed. */
    load: () => pager.load(),
    /** These entries afresh, where shown (all shown ones without ids). */
    refresh: (ids?: readonly number[]) => pager.refresh(ids),
    /** Draws again what is loaded (the open memo changed). */
    render,
  };
}

export function createLibrarySidebar(options: LibrarySidebarOptions): LibrarySidebar {
  const { store, api } = options;
  const list = h('ul', { className: 'library__list', 'aria-label': 'Articles' });
  const viewport = h('div', { className: 'library__viewport' }, list);
  const count = h('span', { className: 'library__count', 'aria-live': 'polite' });
  const filter = h('input', {
    className: 'library__filter',
    type: 'search',
    placeholder: 'Filter by title or publisher',
    'aria-label': 'Filter articles',
  });
  const sort = h(
    'select',
    { className: 'library__sort', 'aria-label': 'Sort articles' },
    h('option', { value: 'imported' }, 'Recently imported'),
    h('option', { value: 'published' }, 'Newest published'),
    h('option', { value: 'title' }, 'Title'),
    h('option', { value: 'publisher' }, 'Publisher'),
  );
  const from = h('input', {
    className: 'library__date',
    type: 'date',
  });
  const before = h('input', {
    className: 'library__date',
    type: 'date',
  });
  const annotated = h('input', { type: 'checkbox', className: 'library__annotated' });
  const annotatedLabel = h('span', {}, 'Annotated');
  const speakers = createSection<Speaker>(
    {
      title: 'Speakers',
      listLabel: 'Speakers in the notebook',
      emptyText: 'Attributed quotations gather here by speaker.',
      action: 'Manage speakers',
    },
    { page: (request) => api.listSpeakerPage(request), byIds: (ids) => api.getSpeakers({ ids }) },
    (speaker) => ({
      label: speaker.name,
      count: speaker.quoteCount,
      choose: () =>
        options.showQuotations({
          speakerId: speaker.id,
          title: speaker.name,
          subtitle: [speaker.role, speaker.country].filter(Boolean).join(', '),
        }),
    }),
    () => options.manage('speakers'),
    options.showError,
  );
  const tags = createSection<Tag>(
    {
      title: 'Tags',
      listLabel: 'Tags in the notebook',
      emptyText: 'Tags you add to quotations appear here.',
      action: 'Manage tags',
    },
    { page: (request) => api.listTagPage(request), byIds: (ids) => api.getTags({ ids }) },
    (tag) => ({
      label: tag.name,
      count: tag.highlightCount,
      choose: () => options.showQuotations({ tagId: tag.id, title: `Tagged “${tag.name}”` }),
    }),
    () => options.manage('tags'),
    options.showError,
  );
  const memoSection = createSection<SavedMemoSummary>(
    {
      title: 'Memos',
      listLabel: 'Saved memos',
      emptyText: 'Compile tagged quotations into a briefing memo.',
      action: 'New memo…',
    },
    { page: (request) => api.listMemoPage(request) },
    (saved) => ({
      label: saved.title,
      count: saved.quotationCount,
      current: saved.id === store.get().openMemoId,
      choose: () => options.openMemo(saved.id),
    }),
    () => options.newMemo(),
    options.showError,
  );

  const element = h(
    'nav',
    { className: 'library', 'aria-label': 'Library' },
    h(
      'div',
      { className: 'pane-header' },
      h('h2', { className: 'pane-header__title' }, 'Library'),
      count,
    ),
    h('div', { className: 'library__controls' }, filter),
    h(
      'div',
      { className: 'library__controls' },
      sort,
      h('label', { className: 'library__annotated-label' }, annotated, annotatedLabel),
    ),
    h(
      'div',
      { className: 'library__controls library__controls--dates' },
      h('label', { className: 'library__date-label' }, h('span', {}, 'Published from'), from),
      h('label', { className: 'library__date-label' }, h('span', {}, 'Before'), before),
    ),
    viewport,
    speakers.element,
    tags.element,
    memoSection.element,
    h(
      'div',
      { className: 'library__footer' },
      h(
        'button',
        {
          type: 'button',
          className: 'button button--small',
          onclick: () => options.openHistory?.(),
        },
        'History',
      ),
      h(
        'button',
        { type: 'button', className: 'button button--small', onclick: () => options.openTrash?.() },
        'Trash',
      ),
    ),
  );

  filter.addEventListener('input', () => store.set({ libraryFilter: filter.value }));
  sort.addEventListener('change', () => {
    if (isArticleSort(sort.value)) store.set({ sort: sort.value });
  });
  from.addEventListener('change', () => store.set({ libraryPublishedFrom: from.value }));
  before.addEventListener('change', () => store.set({ libraryPublishedBefore: before.value }));
  annotated.addEventListener('change', () => store.set({ libraryAnnotated: annotated.checked }));

  // ---- the virtualised article list --------------------------------------------------------

  const rows = createArticleRows(
    {
      page: (request) => api.listArticlePage(request),
      summaries: (ids) => api.getArticleSummaries({ ids }),
    },
    () => scheduleRender(),
  );
  /** The drawn rows by their place in the list, reused so focus survives a redraw. */
  const drawn = new Map<number, { item: HTMLLIElement; button: HTMLButtonElement }>();
  let active = 0;
  let frame = 0;
  let loaded = false;
  const askedSuggestions = new Set<number>();
  let suggestionTimer: ReturnType<typeof setTimeout> | undefined;

  function metrics(): ViewportMetrics {
    return {
      scrollTop: viewport.scrollTop,
      // Before layout (or in a DOM without one) a viewport of twenty rows is assumed.
      viewportHeight: viewport.clientHeight || ROW_HEIGHT * 20,
      rowHeight: ROW_HEIGHT,
      count: rows.counts()?.matching ?? 0,
    };
  }

  function scheduleRender(): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  }

  function rowContent(state: AppState, article: ArticleSummary): (Node | null)[] {
    const meta = [article.publisher, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
    const pending = state.suggestionCounts[article.id];
    return [
      h('span', { className: 'library__title', title: article.title }, article.title),
      h(
        'span',
        { className: 'library__meta' },
        meta || 'No publisher or date',
        article.highlightCount > 0
          ? h(
              'span',
              { className: 'badge', title: `${article.highlightCount} annotations` },
              String(article.highlightCount),
            )
          : null,
        pending
          ? h(
              'span',
              { className: 'badge badge--pending', title: `${pending} suggestions to review` },
              `${pending} to review`,
            )
          : null,
      ),
    ];
  }

  function drawRow(index: number, state: AppState, total: number): void {
    let row = drawn.get(index);
    if (!row) {
      const button = h('button', {
        type: 'button',
        className: 'library__item',
        onclick: () => {
          active = index;
          const article = rows.rowAt(index);
          if (article) options.openArticle(article.id);
          render();
        },
      });
      const item = h('li', { className: 'library__row' }, button);
      item.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
      item.style.height = `${ROW_HEIGHT}px`;
      row = { item, button };
      // In index order in the DOM too, so assistive technology reads the rows as they look.
      let next: HTMLLIElement | null = null;
      let following = Number.POSITIVE_INFINITY;
      for (const [other, drawnRow] of drawn) {
        if (other > index && other < following) {
          following = other;
          next = drawnRow.item;
        }
      }
      list.insertBefore(item, next);
      drawn.set(index, row);
    }
    const { item, button } = row;
    const article = rows.rowAt(index);
    const selected = article !== undefined && article.id === state.openArticle?.id;
    item.setAttribute('aria-posinset', String(index + 1));
    item.setAttribute('aria-setsize', String(total));
    button.tabIndex = index === active ? 0 : -1;
    button.className = `library__item${selected ? ' library__item--selected' : ''}${article ? '' : ' library__item--loading'}`;
    if (selected) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
    const key = article
      ? `${article.id}|${article.updatedAt}|${article.highlightCount}|${state.suggestionCounts[article.id] ?? 0}`
      : 'loading';
    if (button.dataset.drawn === key) return;
    button.dataset.drawn = key;
    if (article) {
      button.dataset.articleId = String(article.id);
      button.replaceChildren(...rowContent(state, article).filter((node) => node !== null));
    } else {
      delete button.dataset.articleId;
      button.replaceChildren(h('span', { className: 'library__title' }, 'Loading…'));
    }
  }

  function render(): void {
    const state = store.get();
    const counts = rows.counts();
    const total = counts?.matching ?? 0;
    const all = counts?.total ?? 0;
    count.textContent =
      all === 0
        ? ''
        : total === all
          ? all.toLocaleString()
          : `${total.toLocaleString()} of ${all.toLocaleString()}`;
    annotatedLabel.textContent = counts
      ? `Annotated (${counts.annotated.toLocaleString()})`
      : 'Annotated';
    list.style.height = `${total * ROW_HEIGHT}px`;
    if (loaded && all > 0 && total === 0) {
      for (const row of drawn.values()) row.item.remove();
      drawn.clear();
      if (!list.querySelector('.pane-empty'))
        list.replaceChildren(
          h('li', { className: 'pane-empty' }, 'No article matches the filter.'),
        );
      list.style.height = '';
      return;
    }
    list.querySelector('.pane-empty')?.remove();
    if (active >= total) active = Math.max(0, total - 1);
    const window = visibleWindow(metrics(), OVERSCAN);
    rows.want(window);
    const keep = new Set<number>();
    for (let index = window.first; index < window.end; index += 1) keep.add(index);
    // The active row stays drawn, so the list keeps its tab stop while scrolled away from it.
    if (total > 0) keep.add(active);
    for (const [index, row] of drawn) {
      if (keep.has(index)) continue;
      // Moving focus off a row about to go keeps the keyboard in the list.
      if (row.item.contains(document.activeElement)) continue;
      row.item.remove();
      drawn.delete(index);
    }
    for (const index of keep) drawRow(index, state, total);
    // Counting suggestions runs the quote finder on each article the first time: ask only for
    // the rows still in view once scrolling pauses, not for every row a flick passes.
    clearTimeout(suggestionTimer);
    suggestionTimer = setTimeout(() => {
      const settled = visibleWindow(metrics(), 0);
      askSuggestionCounts(settled.first, settled.end);
    }, SUGGESTION_DELAY_MS);
  }

  /** Pending suggestions for the rows in view not yet asked about, one call per batch. */
  function askSuggestionCounts(first: number, end: number): void {
    const ids: number[] = [];
    for (let index = first; index < end; index += 1) {
      const article = rows.rowAt(index);
      if (article && !askedSuggestions.has(article.id)) ids.push(article.id);
    }
    if (ids.length === 0) return;
    for (const id of ids) askedSuggestions.add(id);
    void api
      .countSuggestions({ articleIds: ids })
      .then((found) => {
        const merged = { ...store.get().suggestionCounts };
        for (const id of ids) {
          if (found[id]) merged[id] = found[id]!;
          else delete merged[id];
        }
        store.set({ suggestionCounts: merged });
      })
      .catch(options.showError);
  }

  function moveTo(index: number): void {
    active = index;
    const next = scrollTopToReveal(index, metrics());
    if (next !== viewport.scrollTop) viewport.scrollTop = next;
    render();
    drawn.get(index)?.button.focus({ preventScroll: true });
  }

  viewport.addEventListener('scroll', () => scheduleRender(), { passive: true });
  list.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = nextIndex(event.key, active, metrics().count, pageStep(metrics()));
    if (next === null) return;
    event.preventDefault();
    moveTo(next);
  });
  list.addEventListener('focusin', (event) => {
    for (const [index, row] of drawn) {
      if (row.button === event.target && index !== active) {
        active = index;
        render();
      }
    }
  });

  async function reload(): Promise<ArticleListCounts | null> {
    const state = store.get();
    try {
      const counts = await rows.reset({ sort: state.sort, filter: libraryListFilter(state) });
      loaded = true;
      askedSuggestions.clear();
      for (const row of drawn.values()) delete row.button.dataset.drawn;
      render();
      return counts;
    } catch (error) {
      options.showError(error);
      return null;
    }
  }

  function syncControls(state: AppState): void {
    if (filter.value !== state.libraryFilter) filter.value = state.libraryFilter;
    if (sort.value !== state.sort) sort.value = state.sort;
    if (from.value !== state.libraryPublishedFrom) from.value = state.libraryPublishedFrom;
    if (before.value !== state.libraryPublishedBefore) before.value = state.libraryPublishedBefore;
    annotated.checked = state.libraryAnnotated;
  }

  let filterTimer: ReturnType<typeof setTimeout> | undefined;
  store.subscribe((state, previous) => {
    syncControls(state);
    const queryChanged =
      state.sort !== previous.sort ||
      state.libraryPublishedFrom !== previous.libraryPublishedFrom ||
      state.libraryPublishedBefore !== previous.libraryPublishedBefore ||
      state.libraryAnnotated !== previous.libraryAnnotated;
    if (queryChanged || state.libraryFilter !== previous.libraryFilter) {
      // A new query starts at its top; typing waits for a pause so each key is not a query.
      clearTimeout(filterTimer);
      const restart = () => {
        viewport.scrollTop = 0;
        active = 0;
        void reload();
      };
      if (queryChanged) restart();
      else filterTimer = setTimeout(restart, 150);
    } else if (
      state.openArticle?.id !== previous.openArticle?.id ||
      state.suggestionCounts !== previous.suggestionCounts
    ) {
      render();
    }
    if (state.openMemoId !== previous.openMemoId) memoSection.render();
  });
  syncControls(store.get());

  return {
    element,
    reload,
    async refreshArticles(ids) {
      if (ids.length === 0) return;
      try {
        const present = await rows.refresh(ids);
        // Under the annotated filter a row may have to leave or join the list: list afresh.
        if (!present || store.get().libraryAnnotated) {
          await reload();
          return;
        }
        for (const id of ids) askedSuggestions.delete(id);
        render();
      } catch (error) {
        options.showError(error);
      }
    },
    async reloadPeopleAndTopics() {
      await Promise.all([speakers.load(), tags.load()]);
    },
    async refreshPeopleAndTopics(touched) {
      await Promise.all([speakers.refresh(touched?.speakerIds), tags.refresh(touched?.tagIds)]);
    },
    reloadMemos: () => memoSection.load(),
  };
}
