// The middle pane and the Annotations panel: which of an article's reader, a memo, a list of
// quotations or a speaker or tag manager fills them, and closing what was there first (a memo
// with unsaved changes is saved). Navigations are counted, so a slow load never replaces what
// the analyst opened since. It keeps the open article and memo in the app store; the lists in
// the sidebar and the notebook's refresh are the shell's.
import type { Api } from '../api';
import type { Article, Highlight } from '../../main/ipc/contract';
import type { ArticleActionHandlers } from './article-actions';
import { showArticle, showEmptyNotebook, showNoSelection, showPanelNote } from './article-pane';
import type { AppStore } from './app-state';
import { renderSpeakerManager, renderTagManager } from './manage-view';
import { composeMemo } from './memo-compose';
import { openMemo, type MemoHandle } from './memo-view';
import { renderQuotations, type QuotationsScope } from './quotations-view';
import { renderCorroboration, revealPassage, type PassageTarget } from './corroboration-view';
import { openReader, type Reader } from './reader';
import { renderFigures, selectPassage, type FigureTarget } from './figures-view';
import type { Toaster } from './toast';
import type { UndoHistory } from './undo';

export interface WorkspaceOptions {
  api: Api;
  store: AppStore;
  history: UndoHistory;
  toaster: Toaster;
  pane: HTMLElement;
  panel: HTMLElement;
  /** The open article's header actions (built after the workspace, as they reopen through it). */
  articleActions(): ArticleActionHandlers;
  annotationsChanged(): void;
  peopleChanged(): Promise<void>;
  memosChanged(): Promise<void>;
  /** The open memo was deleted. */
  memoClosed(): void;
  /** The Import articles… button of the empty notebook. */
  pick(): void;
  showError(error: unknown): void;
}

export function createWorkspace(options: WorkspaceOptions) {
  const { api, store, toaster, pane, panel, showError } = options;
  const undo = options.history;
  let reader: Reader | null = null;
  let memo: MemoHandle | null = null;
  let navigation = 0;

  function closeMemo(): void {
    memo?.destroy();
    memo = null;
    store.set({ openMemoId: null });
  }

  function closeReader(): void {
    reader?.destroy();
    reader = null;
    if (memo) {
      if (memo.isDirty()) void memo.save();
      closeMemo();
      void options.memosChanged().catch(showError);
    }
  }

  function renderArticle(article: Article, highlights: readonly Highlight[]): void {
    closeReader();
    const textHost = showArticle(pane, article, {
      editDetails: () => void options.articleActions().editDetails(article),
      correctText: () => void options.articleActions().reviseText(article),
      versions: () => void options.articleActions().showVersions(article),
      remove: () => void options.articleActions().remove(article),
    });
    reader = openReader({
      api,
      article,
      highlights,
      textHost,
      panel: panel,
      toaster,
      history: undo,
      store,
      onAnnotationsChanged: options.annotationsChanged,
    });
  }

  /** Opens an article; `focusId` centres one highlight, `find` marks a search query's matches. */
  async function openArticle(id: number, focusId?: number, find?: string): Promise<void> {
    const mine = ++navigation;
    try {
      const [article, highlights] = await Promise.all([
        api.getArticle({ id }),
        api.listHighlights({ articleId: id }),
      ]);
      if (mine !== navigation) return;
      store.set({ openArticle: article });
      renderArticle(article, highlights);
      pane.scrollTop = 0;
      if (focusId !== undefined) reader?.focus(focusId);
      else if (find) reader?.find(find);
    } catch (error) {
      showError(error);
    }
  }

  async function showQuotations(scope: QuotationsScope): Promise<void> {
    closeReader();
    store.set({ openArticle: null });
    showPanelNote(panel, 'Choose a quotation to open it in its article.');
    const speakerId = scope.speakerId;
    try {
      await renderQuotations(
        pane,
        api,
        scope,
        (articleId, highlightId) => {
          void openArticle(articleId, highlightId);
        },
        speakerId === undefined ? undefined : () => void showCorroboration({ ...scope, speakerId }),
      );
    } catch (error) {
      showError(error);
    }
  }

  /** Opens a passage: a highlight, or a stretch only the quote finder found, selected. */
  async function openPassage(target: PassageTarget): Promise<void> {
    await openArticle(target.articleId, target.highlightId ?? undefined);
    if (target.highlightId === null && reader) revealPassage(reader.view, target.start, target.end);
  }

  async function showCorroboration(scope: QuotationsScope & { speakerId: number }): Promise<void> {
    navigation += 1;
    closeReader();
    store.set({ openArticle: null });
    showPanelNote(panel, 'Choose a source to open that outlet’s passage.');
    try {
      await renderCorroboration(pane, api, scope, (target) => void openPassage(target), showError);
      pane.scrollTop = 0;
    } catch (error) {
      showError(error);
    }
  }

  async function showFigures(): Promise<void> {
    const mine = ++navigation;
    closeReader();
    store.set({ openArticle: null });
    showPanelNote(panel, 'Choose a figure’s article to open it at that passage.');
    const openFigure = async (target: FigureTarget): Promise<void> => {
      await openArticle(target.articleId);
      if (!reader) return;
      selectPassage(reader.view, target.start, target.end);
      if (target.markAsFigure) await reader.mark('figure');
    };
    try {
      await renderFigures(
        pane,
        api,
        (target) => void openFigure(target),
        () => mine === navigation,
      );
      if (mine === navigation) pane.scrollTop = 0;
    } catch (error) {
      showError(error);
    }
  }

  async function showManager(which: 'speakers' | 'tags'): Promise<void> {
    closeReader();
    store.set({ openArticle: null });
    panel.replaceChildren();
    const handlers = {
      // The manager redraws its own rows; redrawing it all would drop other rows' edits.
      changed: () => options.peopleChanged(),
      error: showError,
      notice: (message: string) => toaster.show(message),
    };
    try {
      await (which === 'speakers'
        ? renderSpeakerManager(pane, api, handlers)
        : renderTagManager(pane, api, handlers));
    } catch (error) {
      showError(error);
    }
  }

  async function showMemo(id: number): Promise<void> {
    navigation += 1;
    if (memo?.isDirty()) await memo.save();
    closeReader();
    closeMemo();
    store.set({ openArticle: null });
    try {
      const saved = await api.getMemo({ id });
      memo = openMemo(
        {
          api,
          toaster,
          host: pane,
          panel: panel,
          changed: options.memosChanged,
          closed: () => {
            memo = null;
            store.set({ openMemoId: null });
            options.memoClosed();
          },
        },
        saved,
      );
      store.set({ openMemoId: saved.id });
      await options.memosChanged();
    } catch (error) {
      showError(error);
    }
  }

  async function newMemo(): Promise<void> {
    const composed = await composeMemo(api);
    if (!composed) return;
    try {
      const created = await api.createMemo({ scope: composed.scope, title: composed.title });
      await showMemo(created.id);
    } catch (error) {
      showError(error);
    }
  }

  return {
    openArticle,
    showQuotations,
    showCorroboration,
    showFigures,
    showManager,
    showMemo,
    newMemo,
    showEmptyNotebook(): void {
      closeReader();
      showEmptyNotebook(pane, panel, options.pick);
    },
    showNoSelection(): void {
      closeReader();
      showNoSelection(pane, panel);
    },
    /** Changes with every navigation: an answer to an older one must not open anything. */
    navigation: () => navigation,
    reader: () => reader,
    memo: () => memo,
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
