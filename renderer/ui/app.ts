// The application shell: toolbar, library sidebar, article pane, annotations pane and status
// bar. It owns the layout, the open article, importing (picker, drop, paste), search and the
// undo history; the reader and the panes render their own content.
import type { Api } from '../api';
import { ApiCallError } from '../api';
import type {
  Article,
  ArticleSummary,
  Highlight,
  NotebookInfo,
  SearchHit,
} from '../../main/ipc/contract';
import type { ArticleSort } from '../../main/domain/vocabulary';
import { clear, formatDate, h, markedSnippet } from './dom';
import { ACCEPTED_TYPES, filesFromDrop } from './import';
import { createImportProgress, summariseImport } from './import-progress';
import { editMetadata } from './metadata-dialog';
import { createToaster } from './toast';
import { createUndoHistory } from './undo';
import { openReader, type Reader } from './reader';
import { correctText } from './text-dialog';
import { resolveRevisions, showArticleVersions } from './revision-dialog';
import { renderQuotations } from './quotations-view';
import { renderSpeakerManager, renderTagManager } from './manage-view';
import { showShortcuts } from './shortcuts-dialog';
import { openBackupsDialog } from './backups-dialog';
import { composeMemo, openMemo, type MemoHandle } from './memo-view';

type Sort = ArticleSort;

interface AppState {
  info: NotebookInfo | null;
  articles: ArticleSummary[];
  openArticle: Article | null;
  sort: Sort;
  filter: string;
}

const isMac = navigator.platform.toLowerCase().includes('mac');

export async function startApp(root: HTMLElement, api: Api): Promise<void> {
  const state: AppState = {
    info: null,
    articles: [],
    openArticle: null,
    sort: 'imported',
    filter: '',
  };
  const undo = createUndoHistory();
  let reader: Reader | null = null;
  let suggestionCounts: Record<number, number> = {};
  let memo: MemoHandle | null = null;

  const status = h('p', { className: 'status-bar__text', 'aria-live': 'polite' });
  const libraryList = h('ul', { className: 'library__list', 'aria-label': 'Articles' });
  const libraryCount = h('span', { className: 'library__count' });
  const articlePane = h('main', { className: 'article-pane', 'aria-label': 'Article' });
  const annotationsBody = h('div', { className: 'annotations__body' });
  const notebookName = h('span', { className: 'status-bar__notebook' });
  const speakerList = h('ul', {
    className: 'sidebar-section__list',
    'aria-label': 'Speakers in the notebook',
  });
  const tagList = h('ul', {
    className: 'sidebar-section__list',
    'aria-label': 'Tags in the notebook',
  });
  const speakerCount = h('span', { className: 'sidebar-section__count' });
  const tagCount = h('span', { className: 'sidebar-section__count' });
  const memoList = h('ul', { className: 'sidebar-section__list', 'aria-label': 'Saved memos' });
  const memoCount = h('span', { className: 'sidebar-section__count' });
  const searchResults = h('div', {
    className: 'search-results',
    id: 'search-results',
    role: 'listbox',
    hidden: true,
    'aria-label': 'Search results',
  });
  const fileInput = h('input', {
    type: 'file',
    multiple: true,
    accept: ACCEPTED_TYPES,
    hidden: true,
    'aria-hidden': 'true',
    tabindex: -1,
  });
  const dropOverlay = h(
    'div',
    { className: 'drop-overlay', hidden: true },
    h('div', { className: 'drop-overlay__card' }, 'Drop files or folders to import them'),
  );

  const searchInput = h('input', {
    className: 'toolbar__search',
    type: 'search',
    role: 'combobox',
    placeholder: `Search articles  (${isMac ? '⌘' : 'Ctrl+'}K)`,
    'aria-label': 'Search articles',
    'aria-controls': 'search-results',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    autocomplete: 'off',
  });
  const importButton = h(
    'button',
    {
      className: 'button button--primary',
      type: 'button',
      title: `Import files (${isMac ? '⌘' : 'Ctrl+'}O)`,
      onclick: () => fileInput.click(),
    },
    'Import…',
  );
  const filterInput = h('input', {
    className: 'library__filter',
    type: 'search',
    placeholder: 'Filter by title or publisher',
    'aria-label': 'Filter articles',
  });
  const sortSelect = h(
    'select',
    { className: 'library__sort', 'aria-label': 'Sort articles' },
    h('option', { value: 'imported' }, 'Recently imported'),
    h('option', { value: 'published' }, 'Newest published'),
    h('option', { value: 'title' }, 'Title'),
    h('option', { value: 'publisher' }, 'Publisher'),
  );

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
      h('div', { className: 'toolbar__search-box' }, searchInput, searchResults),
      importButton,
      h(
        'button',
        { className: 'button', type: 'button', onclick: () => void newMemo() },
        'New memo…',
      ),
      h(
        'button',
        {
          className: 'button',
          type: 'button',
          // A restore replaces everything the app shows; reloading shows it afresh.
          onclick: () => void openBackupsDialog({ api, onRestored: () => location.reload() }),
        },
        'Backups…',
      ),
      fileInput,
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
      h('div', { className: 'library__controls' }, filterInput, sortSelect),
      libraryList,
      h(
        'details',
        { className: 'sidebar-section', open: true },
        h('summary', {}, h('h2', { className: 'pane-header__title' }, 'Speakers'), speakerCount),
        speakerList,
        h(
          'button',
          {
            type: 'button',
            className: 'button button--small sidebar-section__manage',
            onclick: () => void showManager('speakers'),
          },
          'Manage speakers',
        ),
      ),
      h(
        'details',
        { className: 'sidebar-section', open: true },
        h('summary', {}, h('h2', { className: 'pane-header__title' }, 'Tags'), tagCount),
        tagList,
        h(
          'button',
          {
            type: 'button',
            className: 'button button--small sidebar-section__manage',
            onclick: () => void showManager('tags'),
          },
          'Manage tags',
        ),
      ),
      h(
        'details',
        { className: 'sidebar-section', open: true },
        h('summary', {}, h('h2', { className: 'pane-header__title' }, 'Memos'), memoCount),
        memoList,
        h(
          'button',
          {
            type: 'button',
            className: 'button button--small sidebar-section__manage',
            onclick: () => void newMemo(),
          },
          'New memo…',
        ),
      ),
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
  root.append(layout, dropOverlay);
  const toaster = createToaster(root);
  const importProgress = createImportProgress(api, root);

  function showError(error: unknown): void {
    const message =
      error instanceof ApiCallError || error instanceof Error ? error.message : String(error);
    toaster.show(message, { kind: 'error' });
  }

  function setStatus(text: string): void {
    status.textContent = text;
  }

  // ---- library ---------------------------------------------------------------------------

  function visibleArticles(): ArticleSummary[] {
    const needle = state.filter.trim().toLowerCase();
    if (!needle) return state.articles;
    return state.articles.filter((article) =>
      [article.title, article.publisher ?? '', article.author ?? ''].some((value) =>
        value.toLowerCase().includes(needle),
      ),
    );
  }

  function renderLibrary(): void {
    clear(libraryList);
    const visible = visibleArticles();
    libraryCount.textContent =
      state.articles.length === 0
        ? ''
        : visible.length === state.articles.length
          ? String(visible.length)
          : `${visible.length} of ${state.articles.length}`;
    if (state.articles.length > 0 && visible.length === 0) {
      libraryList.appendChild(
        h('li', { className: 'pane-empty' }, 'No article matches the filter.'),
      );
    }
    for (const article of visible) {
      const selected = article.id === state.openArticle?.id;
      const meta = [article.publisher, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
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
              'data-article-id': article.id,
              onclick: () => void openArticle(article.id),
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
              suggestionCounts[article.id]
                ? h(
                    'span',
                    {
                      className: 'badge badge--pending',
                      title: `${suggestionCounts[article.id]} suggestions to review`,
                    },
                    `${suggestionCounts[article.id]} to review`,
                  )
                : null,
            ),
          ),
        ),
      );
    }
  }

  async function renderPeopleAndTopics(): Promise<void> {
    const [speakers, tags] = await Promise.all([api.listSpeakers(), api.listTags()]);
    speakerCount.textContent = speakers.length ? String(speakers.length) : '';
    tagCount.textContent = tags.length ? String(tags.length) : '';
    const item = (label: string, count: number, onclick: () => void) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', className: 'sidebar-section__item', onclick },
          h('span', {}, label),
          h('span', { className: 'sidebar-section__count' }, String(count)),
        ),
      );
    speakerList.replaceChildren(
      ...(speakers.length === 0
        ? [
            h(
              'li',
              { className: 'pane-empty sidebar-section__empty' },
              'Attributed quotations gather here by speaker.',
            ),
          ]
        : speakers.map((speaker) =>
            item(
              speaker.name,
              speaker.quoteCount,
              () =>
                void showQuotations({
                  speakerId: speaker.id,
                  title: speaker.name,
                  subtitle: [speaker.role, speaker.country].filter(Boolean).join(', '),
                }),
            ),
          )),
    );
    tagList.replaceChildren(
      ...(tags.length === 0
        ? [
            h(
              'li',
              { className: 'pane-empty sidebar-section__empty' },
              'Tags you add to quotations appear here.',
            ),
          ]
        : tags.map((tag) =>
            item(
              tag.name,
              tag.highlightCount,
              () => void showQuotations({ tagId: tag.id, title: `Tagged “${tag.name}”` }),
            ),
          )),
    );
  }

  async function renderMemoList(): Promise<void> {
    const memos = await api.listMemos();
    memoCount.textContent = memos.length ? String(memos.length) : '';
    memoList.replaceChildren(
      ...(memos.length === 0
        ? [
            h(
              'li',
              { className: 'pane-empty sidebar-section__empty' },
              'Compile tagged quotations into a briefing memo.',
            ),
          ]
        : memos.map((saved) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  className: 'sidebar-section__item',
                  'aria-current': memo?.id === saved.id ? 'true' : null,
                  onclick: () => void showMemo(saved.id),
                },
                h('span', {}, saved.title),
                h('span', { className: 'sidebar-section__count' }, String(saved.quotationCount)),
              ),
            ),
          )),
    );
  }

  function closeMemo(): void {
    memo?.destroy();
    memo = null;
  }

  async function showMemo(id: number): Promise<void> {
    navigation += 1;
    if (memo?.isDirty()) await memo.save();
    closeReader();
    closeMemo();
    state.openArticle = null;
    renderLibrary();
    try {
      const saved = await api.getMemo({ id });
      memo = openMemo(
        {
          api,
          toaster,
          host: articlePane,
          panel: annotationsBody,
          changed: () => renderMemoList(),
          closed: () => {
            memo = null;
            void refresh(null);
          },
        },
        saved,
      );
      await renderMemoList();
    } catch (error) {
      showError(error);
    }
  }

  async function newMemo(): Promise<void> {
    const composed = await composeMemo(api);
    if (!composed) return;
    try {
      const created = await api.createMemo(composed);
      await showMemo(created.id);
    } catch (error) {
      showError(error);
    }
  }

  const memoActions = {
    exportCurrent: async () => {
      if (memo) memo.focusExport();
      else await newMemo();
    },
  };

  async function showQuotations(scope: {
    speakerId?: number;
    tagId?: number;
    title: string;
    subtitle?: string;
  }): Promise<void> {
    closeReader();
    state.openArticle = null;
    renderLibrary();
    clear(annotationsBody);
    annotationsBody.appendChild(
      h('p', { className: 'pane-empty' }, 'Choose a quotation to open it in its article.'),
    );
    try {
      await renderQuotations(
        articlePane,
        api,
        scope,
        (articleId, highlightId) => void openArticle(articleId, highlightId),
      );
    } catch (error) {
      showError(error);
    }
  }

  async function showManager(which: 'speakers' | 'tags'): Promise<void> {
    closeReader();
    state.openArticle = null;
    renderLibrary();
    clear(annotationsBody);
    const handlers = {
      changed: async () => {
        await renderPeopleAndTopics();
        await showManager(which);
      },
      error: showError,
      notice: (message: string) => toaster.show(message),
    };
    try {
      await (which === 'speakers'
        ? renderSpeakerManager(articlePane, api, handlers)
        : renderTagManager(articlePane, api, handlers));
    } catch (error) {
      showError(error);
    }
  }

  // ---- article pane ----------------------------------------------------------------------

  function renderEmptyNotebook(): void {
    closeReader();
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
            'Choose ',
            h('em', {}, 'Import…'),
            ', drop text, Markdown, HTML, PDF or Word files (or whole folders) on this window, paste an article, or run ',
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
        h(
          'div',
          { className: 'empty-state__actions' },
          h(
            'button',
            {
              type: 'button',
              className: 'button button--primary',
              onclick: () => fileInput.click(),
            },
            'Import articles…',
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
    closeReader();
    clear(articlePane);
    articlePane.appendChild(
      h(
        'section',
        { className: 'empty-state' },
        h('h1', { className: 'empty-state__title' }, 'Choose an article'),
        h(
          'p',
          { className: 'empty-state__lead' },
          'Pick an article from the library, or search for a phrase.',
        ),
      ),
    );
    clear(annotationsBody);
    annotationsBody.appendChild(
      h('p', { className: 'pane-empty' }, 'Open an article to see its annotations.'),
    );
  }

  function closeReader(): void {
    reader?.destroy();
    reader = null;
    if (memo) {
      if (memo.isDirty()) void memo.save();
      closeMemo();
      void renderMemoList().catch(showError);
    }
  }

  function renderArticle(article: Article, highlights: Highlight[]): void {
    closeReader();
    clear(articlePane);
    const meta = [
      article.author ? `By ${article.author}` : null,
      article.dateline,
      article.publisher,
      formatDate(article.publishedAt),
      `${article.wordCount.toLocaleString()} words`,
    ].filter(Boolean);
    const textHost = h('div', { className: 'reader__body' });
    articlePane.appendChild(
      h(
        'article',
        { className: 'reader', 'aria-labelledby': 'reader-title' },
        h(
          'header',
          { className: 'reader__header' },
          h('h1', { id: 'reader-title', className: 'reader__title' }, article.title),
          h('p', { className: 'reader__meta' }, meta.join(' · ')),
          h(
            'div',
            { className: 'reader__actions' },
            h(
              'button',
              {
                type: 'button',
                className: 'button button--small',
                onclick: () => void editDetails(article),
              },
              'Edit details',
            ),
            h(
              'button',
              {
                type: 'button',
                className: 'button button--small',
                onclick: () => void reviseText(article),
              },
              'Correct text…',
            ),
            h(
              'button',
              {
                type: 'button',
                className: 'button button--small',
                onclick: () => void showArticleVersions(api, article).catch(showError),
              },
              'Versions',
            ),
            h(
              'button',
              {
                type: 'button',
                className: 'button button--small button--danger',
                onclick: () => void deleteArticle(article),
              },
              'Delete',
            ),
          ),
          h(
            'p',
            { className: 'reader__hint' },
            'Select a passage, then press Q (quote), I (indirect), T (term) or H (highlight).',
          ),
        ),
        textHost,
      ),
    );
    reader = openReader({
      api,
      article,
      highlights,
      textHost,
      panel: annotationsBody,
      toaster,
      history: undo,
      onAnnotationsChanged: () => {
        void refreshLibraryCounts();
        void renderPeopleAndTopics().catch(showError);
      },
    });
  }

  /** Pending quote-finder suggestions per article, for the library's "to review" badges. */
  async function refreshSuggestionCounts(): Promise<void> {
    const ids = visibleArticles()
      .slice(0, 200)
      .map((article) => article.id);
    if (ids.length === 0) return;
    suggestionCounts = await api.countSuggestions({ articleIds: ids });
    renderLibrary();
  }

  async function refreshLibraryCounts(): Promise<void> {
    try {
      state.articles = await api.listArticles({ sort: state.sort });
      await refreshSuggestionCounts();
      renderLibrary();
    } catch (error) {
      showError(error);
    }
  }

  async function reviseText(article: Article): Promise<void> {
    const text = await correctText(article);
    if (text === null) return;
    try {
      const revision = await api.reviseArticleText({ id: article.id, text });
      const moved = revision.fuzzy > 0 ? ` (${revision.fuzzy} by approximate match)` : '';
      const orphans = revision.orphaned.length;
      toaster.show(
        `Text corrected. ${revision.placed} annotation${revision.placed === 1 ? '' : 's'} kept their place${moved}` +
          (orphans > 0
            ? `; ${orphans} could not be placed and are listed under “Could not be placed”.`
            : '.'),
        { kind: orphans > 0 ? 'error' : 'info' },
      );
      await openArticle(article.id);
    } catch (error) {
      showError(error);
    }
  }

  /** Counts navigations, so a slow load never replaces what the analyst opened since. */
  let navigation = 0;

  async function openArticle(id: number, focusId?: number): Promise<void> {
    const mine = ++navigation;
    try {
      const [article, highlights] = await Promise.all([
        api.getArticle({ id }),
        api.listHighlights({ articleId: id }),
      ]);
      if (mine !== navigation) return;
      state.openArticle = article;
      renderLibrary();
      renderArticle(article, highlights);
      articlePane.scrollTop = 0;
      if (focusId !== undefined) reader?.focus(focusId);
    } catch (error) {
      showError(error);
    }
  }

  async function editDetails(article: Article): Promise<void> {
    const changes = await editMetadata(article);
    if (!changes) return;
    try {
      const before = {
        title: article.title,
        author: article.author,
        publisher: article.publisher,
        dateline: article.dateline,
        publishedAt: article.publishedAt,
        language: article.language,
        sourceUrl: article.sourceUrl,
      };
      await api.updateArticle({ id: article.id, ...changes });
      undo.push({
        label: 'Edit details',
        undo: async () => {
          await api.updateArticle({ id: article.id, ...before });
          await refresh(article.id);
        },
        redo: async () => {
          await api.updateArticle({ id: article.id, ...changes });
          await refresh(article.id);
        },
      });
      await refresh(article.id);
    } catch (error) {
      showError(error);
    }
  }

  async function deleteArticle(article: Article): Promise<void> {
    try {
      await api.deleteArticle({ id: article.id });
      const restore = async () => {
        await api.restoreArticle({ id: article.id });
        await refresh(article.id);
      };
      const remove = async () => {
        await api.deleteArticle({ id: article.id });
        await refresh(null);
      };
      undo.push({ label: 'Delete article', undo: restore, redo: remove });
      await refresh(null);
      toaster.show(`Deleted “${article.title}”.`, {
        action: {
          label: 'Undo',
          run: () =>
            undo
              .undo()
              .catch(showError)
              .then(() => undefined),
        },
      });
    } catch (error) {
      showError(error);
    }
  }

  // ---- importing ---------------------------------------------------------------------------

  async function importFiles(files: File[]): Promise<void> {
    if (files.length === 0) return;
    importButton.disabled = true;
    const navigationBefore = navigation;
    try {
      const outcomes = await importProgress.importFiles(files);
      const { message, failures } = summariseImport(outcomes);
      const revised = await resolveRevisions(api, outcomes, toaster);
      const first =
        outcomes.find((outcome) => outcome.status === 'imported')?.articleId ?? revised[0] ?? null;
      // Open the first new article, unless the analyst has opened something meanwhile.
      await refresh(
        navigation === navigationBefore
          ? (first ?? state.openArticle?.id ?? null)
          : (state.openArticle?.id ?? null),
      );
      // Newer copies alone were answered in their dialogs, each with its own notice.
      if (outcomes.some((outcome) => outcome.status !== 'revision' || !outcome.revision?.id))
        toaster.show(message, { kind: failures.length > 0 ? 'error' : 'info', details: failures });
    } finally {
      importButton.disabled = false;
    }
  }

  fileInput.addEventListener('change', () => {
    const files = [...(fileInput.files ?? [])];
    fileInput.value = '';
    void importFiles(files);
  });

  let dragDepth = 0;
  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragDepth += 1;
    dropOverlay.hidden = false;
  });
  window.addEventListener('dragover', (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  window.addEventListener('dragleave', () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) dropOverlay.hidden = true;
  });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    dragDepth = 0;
    dropOverlay.hidden = true;
    if (event.dataTransfer) void filesFromDrop(event.dataTransfer).then(importFiles, showError);
  });

  document.addEventListener('paste', (event) => {
    const target = event.target as HTMLElement | null;
    if (
      target &&
      (target.closest('input, textarea, [contenteditable="true"]') || target.closest('dialog'))
    )
      return;
    const html = event.clipboardData?.getData('text/html') ?? '';
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!html.trim() && !text.trim()) return;
    event.preventDefault();
    void (async () => {
      try {
        const outcome = await api.importPaste(html.trim() ? { html, text } : { text });
        if (outcome.status === 'failed')
          toaster.show(outcome.error ?? 'The pasted text could not be imported.', {
            kind: 'error',
          });
        else if (outcome.status === 'duplicate')
          toaster.show(`“${outcome.title}” is already in the notebook.`);
        else {
          toaster.show(`Imported “${outcome.title}” from the clipboard.`);
          await refresh(outcome.articleId ?? null);
        }
      } catch (error) {
        showError(error);
      }
    })();
  });

  // ---- search --------------------------------------------------------------------------------

  let searchSerial = 0;
  let activeResult = -1;

  function resultButtons(): HTMLButtonElement[] {
    return [...searchResults.querySelectorAll<HTMLButtonElement>('.search-result')];
  }

  function closeSearch(): void {
    searchResults.hidden = true;
    activeResult = -1;
    searchInput.setAttribute('aria-expanded', 'false');
  }

  function renderResults(query: string, hits: SearchHit[]): void {
    clear(searchResults);
    activeResult = -1;
    if (hits.length === 0) {
      searchResults.appendChild(
        h('p', { className: 'search-results__empty' }, `Nothing matches “${query}”.`),
      );
    }
    for (const hit of hits) {
      searchResults.appendChild(
        h(
          'button',
          {
            type: 'button',
            role: 'option',
            className: 'search-result',
            onclick: () => {
              closeSearch();
              void openArticle(hit.articleId);
            },
          },
          h('span', { className: 'search-result__title' }, hit.title),
          h(
            'span',
            { className: 'search-result__meta' },
            [hit.publisher, formatDate(hit.publishedAt)].filter(Boolean).join(' · '),
          ),
          h('span', { className: 'search-result__snippet' }, markedSnippet(hit.snippet)),
        ),
      );
    }
    searchResults.hidden = false;
    searchInput.setAttribute('aria-expanded', 'true');
  }

  searchInput.addEventListener('input', () => {
    const query = searchInput.value;
    const serial = ++searchSerial;
    if (!query.trim()) {
      closeSearch();
      return;
    }
    void api.searchArticles({ query, limit: 20, prefix: true }).then(
      (hits) => {
        if (serial === searchSerial) renderResults(query, hits);
      },
      (error: unknown) => {
        if (serial === searchSerial) showError(error);
      },
    );
  });

  searchInput.addEventListener('keydown', (event) => {
    const buttons = resultButtons();
    if (event.key === 'Escape') {
      closeSearch();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (buttons.length === 0) return;
      event.preventDefault();
      activeResult =
        (activeResult + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
      buttons.forEach((button, index) =>
        button.setAttribute('aria-selected', String(index === activeResult)),
      );
      buttons[activeResult]?.scrollIntoView({ block: 'nearest' });
    }
    if (event.key === 'Enter' && !searchResults.hidden) {
      (buttons[Math.max(activeResult, 0)] ?? null)?.click();
    }
  });

  document.addEventListener('click', (event) => {
    if (!(event.target as HTMLElement).closest('.toolbar__search-box')) closeSearch();
  });

  // ---- library controls and keys ---------------------------------------------------------------

  filterInput.addEventListener('input', () => {
    state.filter = filterInput.value;
    renderLibrary();
  });
  sortSelect.addEventListener('change', () => {
    state.sort = sortSelect.value as Sort;
    void refresh(state.openArticle?.id ?? null);
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === '?' && !target.closest('input, textarea, select, dialog')) {
      event.preventDefault();
      showShortcuts();
      return;
    }
    const mod = isMac ? event.metaKey : event.ctrlKey;
    if (!mod) return;
    const key = event.key.toLowerCase();
    if (key === 'k') {
      event.preventDefault();
      searchInput.focus();
      searchInput.select();
    } else if (key === 'o') {
      event.preventDefault();
      fileInput.click();
    } else if (key === 'z' || key === 'y') {
      if (
        target.closest('input, textarea, select') ||
        (target.isContentEditable && !target.closest('.reader__text'))
      )
        return;
      event.preventDefault();
      void undoOrRedo(key === 'y' || event.shiftKey ? 'redo' : 'undo');
    }
  });

  /**
   * Undo walks this session's history first; once that is empty, the open article's
   * annotation journal (kept in the notebook) goes further back, even after a reload.
   */
  async function undoOrRedo(direction: 'undo' | 'redo'): Promise<void> {
    try {
      const local = direction === 'undo' ? undo.canUndo() : undo.canRedo();
      if (local) {
        const entry = await (direction === 'undo' ? undo.undo() : undo.redo());
        if (entry) setStatus(`${direction === 'undo' ? 'Undid' : 'Redid'}: ${entry.label}`);
        return;
      }
      const article = state.openArticle;
      if (!article || !reader) return;
      const change = await (direction === 'undo'
        ? api.undoAnnotation({ articleId: article.id })
        : api.redoAnnotation({ articleId: article.id }));
      if (change) {
        reader.applyChange(change);
        setStatus(`${direction === 'undo' ? 'Undid' : 'Redid'}: ${change.label}`);
      } else {
        setStatus(`Nothing to ${direction}.`);
      }
    } catch (error) {
      showError(error);
    }
  }

  // ---- data -------------------------------------------------------------------------------------

  async function refresh(openId: number | null = state.openArticle?.id ?? null): Promise<void> {
    const navigationAtStart = navigation;
    try {
      [state.info, state.articles] = await Promise.all([
        api.getNotebookInfo(),
        api.listArticles({ sort: state.sort }),
      ]);
      notebookName.textContent = state.info.file;
      notebookName.title = state.info.file;
      setStatus(
        `${state.info.articleCount} ${state.info.articleCount === 1 ? 'article' : 'articles'}`,
      );
      document.title = `Dossier — ${state.info.file.split(/[\\/]/).pop() ?? 'notebook'}`;
      const stillThere = openId !== null && state.articles.some((article) => article.id === openId);
      if (!stillThere) state.openArticle = null;
      renderLibrary();
      void refreshSuggestionCounts().catch(showError);
      await renderPeopleAndTopics();
      await renderMemoList();
      if (memo || navigation !== navigationAtStart) return;
      if (state.articles.length === 0) renderEmptyNotebook();
      else if (stillThere) await openArticle(openId);
      else renderNoSelection();
    } catch (error) {
      showError(error);
    }
  }

  // Desktop app only: menu commands and imports that happen in the main process.
  window.dossierEvents?.on('notebook-changed', (change) => {
    if (change.reason === 'imported') {
      const { message, failures } = summariseImport(change.outcomes);
      toaster.show(message, { kind: failures.length > 0 ? 'error' : 'info', details: failures });
      const first =
        change.outcomes.find((outcome) => outcome.status === 'imported')?.articleId ?? null;
      void resolveRevisions(api, change.outcomes, toaster).then((revised) =>
        refresh(first ?? revised[0] ?? state.openArticle?.id ?? null),
      );
    } else {
      undo.clear();
      state.openArticle = null;
      toaster.show(`Opened ${change.file}.`);
      void refresh(null);
    }
  });
  window.dossierEvents?.on('import-progress', (progress) =>
    importProgress.showHostProgress(progress),
  );
  window.dossierEvents?.on('menu:keyboard-shortcuts', () => showShortcuts());
  window.dossierEvents?.on('menu:export-memo', () => void memoActions.exportCurrent());

  await refresh();
  root.removeAttribute('aria-busy');
}
