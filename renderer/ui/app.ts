// The application shell: lays out the toolbar, library sidebar, article pane, Annotations
// panel and status bar, keeps what they show in the app store, and wires the components to
// one another: what opens when, the undo history, the keyboard commands and the desktop
// menu's events. The components render; the shell decides.
import type { Api } from '../api';
import { createArticleActions } from './article-actions';
import { openBackupsDialog } from './backups-dialog';
import { openExportDialog } from './export-dialog';
import { createAppStore } from './app-state';
import { h } from './dom';
import { createImportDrop } from './import-drop';
import { createImportProgress, summariseImport } from './import-progress';
import { resolveRevisions } from './revision-dialog';
import { createKeyboardCommands, isMacPlatform } from './keyboard-commands';
import { createLibrarySidebar } from './library-sidebar';
import { createSearchBox } from './search-box';
import { createShellLayout } from './shell-layout';
import { showShortcuts } from './shortcuts-dialog';
import { createToaster } from './toast';
import { createUndoHistory } from './undo';
import { createUndoCommands } from './undo-commands';
import { openHistoryPanel } from './history-panel';
import { openTrashDialog } from './trash-dialog';
import { watch } from './store';
import { readPlace, rememberPlace } from './place-memory';
import { createWorkspace } from './workspace';

const mac = isMacPlatform(navigator.platform);

export async function startApp(root: HTMLElement, api: Api): Promise<void> {
  const store = createAppStore();
  const undo = createUndoHistory(api, (state) => store.set({ undo: state }));

  root.replaceChildren();
  const toaster = createToaster(root);
  const importProgress = createImportProgress(api, root);
  const showError = (error: unknown) =>
    toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });

  const search = createSearchBox({
    api,
    mac,
    open: (id, query) => void workspace.openArticle(id, undefined, query),
    showError,
  });
  const drop = createImportDrop({
    api,
    toaster,
    importFiles,
    pasted: (articleId) => refresh(articleId),
    showError,
  });
  const importButton = h(
    'button',
    {
      className: 'button button--primary',
      type: 'button',
      title: `Import files (${mac ? '⌘' : 'Ctrl+'}O)`,
      onclick: () => drop.pick(),
    },
    'Import…',
  );
  const sidebar = createLibrarySidebar({
    store,
    api,
    showError,
    // Choosing the article already open leaves it as it is: re-rendering it would drop the
    // analyst's selection and scroll position for nothing.
    openArticle: (id) => {
      if (store.get().openArticle?.id !== id || workspace.memo()) void workspace.openArticle(id);
    },
    showQuotations: (scope) => void workspace.showQuotations(scope),
    manage: (which) => void workspace.showManager(which),
    openMemo: (id) => void workspace.showMemo(id),
    newMemo: () => void workspace.newMemo(),
    openHistory: () => void showHistory(),
    openTrash: () => void showTrash(),
  });

  const shell = createShellLayout({
    search: search.element,
    importButton,
    newMemo: () => void workspace.newMemo(),
    // A restore replaces everything the app shows; reloading shows it afresh.
    openBackups: () => void openBackupsDialog({ api, onRestored: () => location.reload() }),
    openExport: () => commands.run('export-notebook'),
    openFigures: () => void workspace.showFigures(),
    fileInput: drop.fileInput,
    sidebar: sidebar.element,
  });
  const { articlePane, annotationsBody, setStatus } = shell;
  root.prepend(shell.element, drop.overlay);

  const workspace = createWorkspace({
    api,
    store,
    history: undo,
    toaster,
    pane: articlePane,
    panel: annotationsBody,
    articleActions: () => articleActions,
    // Only the open article's row changes; the rest of the library stays as it is.
    annotationsChanged: () => {
      const open = store.get().openArticle?.id;
      if (open !== undefined) void sidebar.refreshArticles([open]);
      // The speakers and tags shown, by id (and a first page only if some came or went).
      void sidebar.refreshPeopleAndTopics().catch(showError);
    },
    peopleChanged: () => sidebar.reloadPeopleAndTopics(),
    memosChanged: () => sidebar.reloadMemos(),
    memoClosed: () => void refresh(null),
    pick: () => drop.pick(),
    showError,
  });
  const articleActions = createArticleActions({
    api,
    toaster,
    refresh: (openId) => refresh(openId),
    reopen: (id) => workspace.openArticle(id),
    showError,
  });

  // ---- the notebook's lists ---------------------------------------------------------------

  // The speaker, tag and memo sections ask for their own pages (library-sidebar.ts).

  // ---- importing ---------------------------------------------------------------------------

  async function importFiles(files: File[]): Promise<void> {
    if (files.length === 0) return;
    importButton.disabled = true;
    const navigationBefore = workspace.navigation();
    try {
      const outcomes = await importProgress.importFiles(files);
      const { message, failures } = summariseImport(outcomes);
      const revised = await resolveRevisions(api, outcomes, toaster);
      const first =
        outcomes.find((outcome) => outcome.status === 'imported')?.articleId ?? revised[0] ?? null;
      const open = store.get().openArticle?.id ?? null;
      // Open the first new article, unless the analyst has opened something meanwhile: then
      // leave it as it is (a selection in it survives), unless this import revised it.
      if (workspace.navigation() === navigationBefore) await refresh(first ?? open);
      else await refresh(open, { reopen: open !== null && revised.includes(open) });
      // Newer copies alone were answered in their dialogs, each with its own notice.
      if (outcomes.some((outcome) => outcome.status !== 'revision' || !outcome.revision?.id))
        toaster.show(message, { kind: failures.length > 0 ? 'error' : 'info', details: failures });
    } finally {
      importButton.disabled = false;
    }
  }

  // ---- history and trash -------------------------------------------------------------------

  // What Undo can do follows the open article, and only it.
  watch(
    store,
    (state) => state.openArticle?.id ?? null,
    (id) => void undo.show(id).catch(() => undefined),
  );

  function showHistory(): Promise<void> {
    return openHistoryPanel({
      api,
      reverted: (change) => {
        if (store.get().openArticle?.id === change.articleId && !workspace.memo()) {
          workspace.reader()?.applyChange(change);
          undo.recorded(change.articleId);
        } else void sidebar.refreshArticles([change.articleId]);
        void sidebar.refreshPeopleAndTopics().catch(showError);
      },
      openArticle: (id) => void workspace.openArticle(id),
    });
  }

  function showTrash(): Promise<void> {
    return openTrashDialog({ api, restored: (id) => void refresh(id) });
  }

  // ---- keys -------------------------------------------------------------------------

  const undoOrRedo = createUndoCommands({
    history: undo,
    open: () => {
      const article = store.get().openArticle;
      const reader = workspace.reader();
      return article && reader ? { articleId: article.id, reader } : null;
    },
    setStatus,
    showError,
  });

  const commands = createKeyboardCommands(
    {
      search: () => search.focus(),
      'import-files': () => drop.pick(),
      undo: () => void undoOrRedo('undo'),
      redo: () => void undoOrRedo('redo'),
      'show-shortcuts': () => showShortcuts(commands.sheet()),
      'export-memo': () => {
        const memo = workspace.memo();
        if (memo) memo.focusExport();
        else void workspace.newMemo();
      },
      'export-notebook': () => void openExport().catch(showError),
    },
    mac,
  );
  document.addEventListener('keydown', (event) => commands.handleKey(event));

  async function openExport(): Promise<void> {
    const memo = workspace.memo();
    const title = memo ? (await api.getMemo({ id: memo.id })).title : '';
    await openExportDialog({
      api,
      memo: memo && { id: memo.id, title, save: () => memo.save() },
      // Imported annotations may sit on the open article: show them, and the new names.
      onImported: () => void refresh(),
    });
  }

  // ---- data -------------------------------------------------------------------------------------

  async function refresh(
    openId: number | null = store.get().openArticle?.id ?? null,
    { reopen = true }: { reopen?: boolean } = {},
  ) {
    const navigationAtStart = workspace.navigation();
    try {
      const [info, , open] = await Promise.all([
        api.getNotebookInfo(),
        sidebar.reload(),
        openId === null ? [] : api.getArticleSummaries({ ids: [openId] }),
      ]);
      shell.showNotebook(info);
      const stillThere = openId !== null && open.length > 0;
      store.set((state) => ({ info, openArticle: stillThere ? state.openArticle : null }));
      await Promise.all([sidebar.reloadPeopleAndTopics(), sidebar.reloadMemos()]);
      if (workspace.memo() || workspace.navigation() !== navigationAtStart) return;
      if (info.articleCount === 0) workspace.showEmptyNotebook();
      else if (stillThere) {
        // Kept open as it is when asked: re-rendering would drop the analyst's selection.
        if (reopen || store.get().openArticle?.id !== openId) await workspace.openArticle(openId);
      } else workspace.showNoSelection();
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
        refresh(first ?? revised[0] ?? store.get().openArticle?.id ?? null),
      );
    } else if (change.reason === 'articles-changed') {
      void sidebar.refreshArticles(change.articleIds);
    } else {
      store.set({ openArticle: null });
      toaster.show(`Opened ${change.file}.`);
      void refresh(null);
    }
  });
  window.dossierEvents?.on('import-progress', (progress) =>
    importProgress.showHostProgress(progress),
  );
  window.dossierEvents?.on('menu:keyboard-shortcuts', () => commands.run('show-shortcuts'));
  window.dossierEvents?.on('menu:export-memo', () => commands.run('export-memo'));
  window.dossierEvents?.on('menu:export-notebook', () => commands.run('export-notebook'));

  // Back to where the analyst was before the reload: the sort first, so the library is drawn
  // once in it, then the article and how far down it was read.
  const place = readPlace(localStorage);
  if (place.sort) store.set({ sort: place.sort });
  await refresh(place.articleId);
  if (place.articleId !== null && store.get().openArticle?.id === place.articleId)
    articlePane.scrollTop = place.scrollTop;
  rememberPlace(store, articlePane, localStorage);
  root.removeAttribute('aria-busy');
}
