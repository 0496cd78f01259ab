// The application shell: a library sidebar, the article pane and the annotations pane. It
// owns the screen layout and the selection of the open article; panes render themselves.
import type { Api } from '../api';
import { ApiCallError } from '../api';
import type { ArticleSummary, NotebookInfo } from '../../main/ipc/contract';
import { clear, formatDate, h } from './dom';

interface AppState {
  info: NotebookInfo | null;
  articles: ArticleSummary[];
  openArticleId: number | null;
}

export async function startApp(root: HTMLElement, api: Api): Promise<void> {
  const state: AppState = { info: null, articles: [], openArticleId: null };

  const status = h('p', { className: 'status-bar__text', role: 'status', 'aria-live': 'polite' });
  const libraryList = h('ul', { className: 'library__list', 'aria-label': 'Articles' });
  const libraryCount = h('span', { className: 'library__count' });
  const articlePane = h('main', { className: 'article-pane', 'aria-label': 'Article' });
  const annotationsBody = h('div', { className: 'annotations__body' });
  const notebookName = h('span', { className: 'status-bar__notebook' });

  const layout = h(
    'div',
    { className: 'shell' },
    h(
      'header',
      { className: 'toolbar' },
      h(
        'div',
        { className: 'toolbar__brand' },
        h('img', { src: './icon.svg', alt: '', width: 22, height: 22 }),
        'Dossier',
      ),
      h('input', {
        className: 'toolbar__search',
        type: 'search',
        placeholder: 'Search articles',
        'aria-label': 'Search articles',
        disabled: true,
        title: 'Search arrives with the first imported articles',
      }),
      h(
        'button',
        {
          className: 'button button--primary',
          type: 'button',
          disabled: true,
          title: 'Import is not available yet',
        },
        'Import…',
      ),
    ),
    h(
      'nav',
      { className: 'library', 'aria-label': 'Library' },
      h(
        'div',
        { className: 'pane-header' },
        h('h2', { className: 'pane-header__title' }, 'Library'),
        libraryCount,
      ),
      libraryList,
    ),
    articlePane,
    h(
      'aside',
      { className: 'annotations', role: 'region', 'aria-label': 'Annotations' },
      h(
        'div',
        { className: 'pane-header' },
        h('h2', { className: 'pane-header__title' }, 'Annotations'),
      ),
      annotationsBody,
    ),
    h('footer', { className: 'status-bar' }, notebookName, status),
  );
  clear(root);
  root.appendChild(layout);

  function showError(error: unknown): void {
    const message = error instanceof ApiCallError ? error.message : String(error);
    status.textContent = message;
    status.classList.add('status-bar__text--error');
  }

  function renderLibrary(): void {
    clear(libraryList);
    libraryCount.textContent = state.articles.length === 0 ? '' : String(state.articles.length);
    for (const article of state.articles) {
      const selected = article.id === state.openArticleId;
      libraryList.appendChild(
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: `library__item${selected ? ' library__item--selected' : ''}`,
              'aria-current': selected ? 'true' : null,
              onclick: () => void openArticle(article.id),
            },
            h('span', { className: 'library__title' }, article.title),
            h(
              'span',
              { className: 'library__meta' },
              [article.publisher, formatDate(article.publishedAt)].filter(Boolean).join(' · '),
            ),
          ),
        ),
      );
    }
  }

  function renderEmptyNotebook(): void {
    clear(articlePane);
    articlePane.appendChild(
      h(
        'section',
        { className: 'empty-state', 'aria-labelledby': 'empty-title' },
        h('h1', { id: 'empty-title', className: 'empty-state__title' }, 'Your notebook is empty'),
        h(
          'p',
          { className: 'empty-state__lead' },
          'Start by bringing in the articles you follow this week.',
        ),
        h(
          'ol',
          { className: 'empty-state__steps' },
          h(
            'li',
            {},
            h('strong', {}, 'Import articles. '),
            'Drop text, Markdown, HTML, PDF or Word files on this window, or run ',
            h('code', {}, 'dossier import FOLDER'),
            ' in a terminal.',
          ),
          h(
            'li',
            {},
            h('strong', {}, 'Read and highlight. '),
            'Select a passage, mark it as a quotation and name who said it.',
          ),
          h(
            'li',
            {},
            h('strong', {}, 'Tag and compile. '),
            'Tag quotations by topic and compile them into a briefing memo with exact citations.',
          ),
        ),
      ),
    );
    clear(annotationsBody);
    annotationsBody.appendChild(
      h(
        'p',
        { className: 'pane-empty' },
        'Highlights and quotations of the open article appear here.',
      ),
    );
  }

  function renderNoSelection(): void {
    clear(articlePane);
    articlePane.appendChild(
      h(
        'section',
        { className: 'empty-state' },
        h('h1', { className: 'empty-state__title' }, 'Choose an article'),
        h('p', { className: 'empty-state__lead' }, 'Pick an article from the library to read it.'),
      ),
    );
  }

  async function openArticle(id: number): Promise<void> {
    try {
      const article = await api.getArticle({ id });
      state.openArticleId = id;
      renderLibrary();
      clear(articlePane);
      articlePane.appendChild(
        h(
          'article',
          { className: 'reader' },
          h('h1', { className: 'reader__title' }, article.title),
          h(
            'p',
            { className: 'reader__meta' },
            [article.author, article.publisher, formatDate(article.publishedAt)]
              .filter(Boolean)
              .join(' · '),
          ),
          article.text
            .split('\n\n')
            .map((paragraph) => h('p', { className: 'reader__paragraph' }, paragraph)),
        ),
      );
    } catch (error) {
      showError(error);
    }
  }

  async function refresh(): Promise<void> {
    try {
      [state.info, state.articles] = await Promise.all([api.getNotebookInfo(), api.listArticles()]);
      notebookName.textContent = state.info.file;
      notebookName.title = state.info.file;
      status.textContent = `${state.info.articleCount} ${state.info.articleCount === 1 ? 'article' : 'articles'}`;
      renderLibrary();
      if (state.articles.length === 0) renderEmptyNotebook();
      else if (state.openArticleId === null) renderNoSelection();
    } catch (error) {
      showError(error);
    }
  }

  await refresh();
  root.removeAttribute('aria-busy');
}
