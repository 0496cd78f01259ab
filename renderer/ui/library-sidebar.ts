// The library sidebar: the notebook's articles (filtered, sorted, the open one marked, with
// annotation and "to review" badges), then the speakers, tags and saved memos. The article
// list follows the app store; the other sections are drawn from lists the shell hands in.
// What choosing an item does is the caller's.
import type { SavedMemoSummary, Speaker, Tag } from '../../main/ipc/contract';
import { isArticleSort } from '../../main/domain/vocabulary';
import { visibleArticles, type AppState, type AppStore } from './app-state';
import { formatDate, h } from './dom';
import type { QuotationsScope } from './quotations-view';

export interface LibrarySidebarOptions {
  store: AppStore;
  openArticle(id: number): void;
  showQuotations(scope: QuotationsScope): void;
  manage(which: 'speakers' | 'tags'): void;
  openMemo(id: number): void;
  newMemo(): void;
}

export interface LibrarySidebar {
  readonly element: HTMLElement;
  showPeopleAndTopics(speakers: readonly Speaker[], tags: readonly Tag[]): void;
  showMemos(memos: readonly SavedMemoSummary[]): void;
}

function section(
  title: string,
  count: HTMLElement,
  list: HTMLElement,
  action: string,
  run: () => void,
): HTMLElement {
  return h(
    'details',
    { className: 'sidebar-section', open: true },
    h('summary', {}, h('h2', { className: 'pane-header__title' }, title), count),
    list,
    h(
      'button',
      { type: 'button', className: 'button button--small sidebar-section__manage', onclick: run },
      action,
    ),
  );
}

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

export function createLibrarySidebar(options: LibrarySidebarOptions): LibrarySidebar {
  const { store } = options;
  const list = h('ul', { className: 'library__list', 'aria-label': 'Articles' });
  const count = h('span', { className: 'library__count' });
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
  const sectionList = (label: string) =>
    h('ul', { className: 'sidebar-section__list', 'aria-label': label });
  const speakerList = sectionList('Speakers in the notebook');
  const tagList = sectionList('Tags in the notebook');
  const memoList = sectionList('Saved memos');
  const speakerCount = h('span', { className: 'sidebar-section__count' });
  const tagCount = h('span', { className: 'sidebar-section__count' });
  const memoCount = h('span', { className: 'sidebar-section__count' });
  let memos: readonly SavedMemoSummary[] | null = null;

  const element = h(
    'nav',
    { className: 'library', 'aria-label': 'Library' },
    h(
      'div',
      { className: 'pane-header' },
      h('h2', { className: 'pane-header__title' }, 'Library'),
      count,
    ),
    h('div', { className: 'library__controls' }, filter, sort),
    list,
    section('Speakers', speakerCount, speakerList, 'Manage speakers', () =>
      options.manage('speakers'),
    ),
    section('Tags', tagCount, tagList, 'Manage tags', () => options.manage('tags')),
    section('Memos', memoCount, memoList, 'New memo…', () => options.newMemo()),
  );

  filter.addEventListener('input', () => store.set({ libraryFilter: filter.value }));
  sort.addEventListener('change', () => {
    if (isArticleSort(sort.value)) store.set({ sort: sort.value });
  });

  function articleItem(state: AppState, article: AppState['articles'][number]): HTMLElement {
    const selected = article.id === state.openArticle?.id;
    const meta = [article.publisher, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
    const pending = state.suggestionCounts[article.id];
    return h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          className: `library__item${selected ? ' library__item--selected' : ''}`,
          'aria-current': selected ? 'true' : null,
          'data-article-id': article.id,
          onclick: () => options.openArticle(article.id),
        },
        h('span', { className: 'library__title' }, article.title),
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
      ),
    );
  }

  function renderArticles(state: AppState): void {
    const visible = visibleArticles(state);
    const total = state.articles.length;
    count.textContent =
      total === 0 ? '' : visible.length === total ? String(total) : `${visible.length} of ${total}`;
    list.replaceChildren(
      ...(total > 0 && visible.length === 0
        ? [h('li', { className: 'pane-empty' }, 'No article matches the filter.')]
        : []),
      ...visible.map((article) => articleItem(state, article)),
    );
    if (filter.value !== state.libraryFilter) filter.value = state.libraryFilter;
    if (sort.value !== state.sort) sort.value = state.sort;
  }

  function renderMemos(): void {
    if (!memos) return;
    const current = store.get().openMemoId;
    memoCount.textContent = memos.length ? String(memos.length) : '';
    memoList.replaceChildren(
      ...(memos.length === 0
        ? [empty('Compile tagged quotations into a briefing memo.')]
        : memos.map((saved) =>
            sectionItem(
              saved.title,
              saved.quotationCount,
              () => options.openMemo(saved.id),
              saved.id === current,
            ),
          )),
    );
  }

  store.subscribe((state, previous) => {
    if (
      state.articles !== previous.articles ||
      state.libraryFilter !== previous.libraryFilter ||
      state.sort !== previous.sort ||
      state.openArticle?.id !== previous.openArticle?.id ||
      state.suggestionCounts !== previous.suggestionCounts
    )
      renderArticles(state);
    if (state.openMemoId !== previous.openMemoId) renderMemos();
  });
  renderArticles(store.get());

  return {
    element,
    showPeopleAndTopics(speakers, tags) {
      speakerCount.textContent = speakers.length ? String(speakers.length) : '';
      tagCount.textContent = tags.length ? String(tags.length) : '';
      speakerList.replaceChildren(
        ...(speakers.length === 0
          ? [empty('Attributed quotations gather here by speaker.')]
          : speakers.map((speaker) =>
              sectionItem(speaker.name, speaker.quoteCount, () =>
                options.showQuotations({
                  speakerId: speaker.id,
                  title: speaker.name,
                  subtitle: [speaker.role, speaker.country].filter(Boolean).join(', '),
                }),
              ),
            )),
      );
      tagList.replaceChildren(
        ...(tags.length === 0
          ? [empty('Tags you add to quotations appear here.')]
          : tags.map((tag) =>
              sectionItem(tag.name, tag.highlightCount, () =>
                options.showQuotations({ tagId: tag.id, title: `Tagged “${tag.name}”` }),
              ),
            )),
      );
    },
    showMemos(list) {
      memos = list;
      renderMemos();
    },
  };
}
