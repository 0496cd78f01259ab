// The reader: an article's text (article-text.ts) where the analyst selects a passage and marks
// it, and the Annotations panel beside it (annotations-panel.ts, with the quote finder's
// suggestions above, reader-suggestions.ts). It owns the open article's highlights and every
// API call that changes them; highlights live in the highlights plugin and change one at a
// time. The annotation filters and the selection live in the app store.
import { TextSelection } from 'prosemirror-state';
import type { Api } from '../api';
import type { AnnotationChange, Article, Highlight, HighlightKind } from '../../main/ipc/contract';
import { findMatches, matchRanges, setFindMatches } from '../reader/find-matches-plugin';
import {
  addHighlight,
  focusHighlight,
  removeHighlight,
  updateHighlight,
} from '../reader/highlights-plugin';
import { textOffsetToPos } from '../reader/text-positions';
import {
  createAnnotationEditor,
  KIND_LABELS,
  type AnnotationDraft,
  type AnnotationEdit,
} from './annotation-editor';
import { renderAnnotationsPanel, NO_FILTERS, type AnnotationFilters } from './annotations-panel';
import type { AppStore } from './app-state';
import { createArticleText, trimmedPassage } from './article-text';
import { createReaderSuggestions } from './reader-suggestions';
import { watch } from './store';
import type { Toaster } from './toast';
import type { UndoHistory } from './undo';

export interface ReaderOptions {
  api: Api;
  article: Article;
  highlights: readonly Highlight[];
  textHost: HTMLElement;
  panel: HTMLElement;
  toaster: Toaster;
  history: UndoHistory;
  /** Where the annotation filters and the selection live. */
  store: AppStore;
  onAnnotationsChanged: () => void;
}

export function openReader(options: ReaderOptions) {
  const { api, article, textHost, panel, toaster, history, store } = options;
  const byId = new Map<number, Highlight>(options.highlights.map((item) => [item.id, item]));
  let editingId: number | null = null;
  const drafts = new Map<number, AnnotationDraft>();
  /** Numbers the highlights shown before the server has stored them. */
  let pendingSerial = 0;
  /** Set once the reader is closed: answers that arrive later must not touch the page. */
  let destroyed = false;
  store.set({ annotationFilters: NO_FILTERS, selection: null });

  const showError = (error: unknown) =>
    toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });

  const text = createArticleText({
    host: textHost,
    article,
    highlights: options.highlights,
    mark: (kind) => void markSelection(kind),
    openHighlight: (id) => openEditor(id),
    openSuggestion: (key) => suggestions.reveal(key),
    select: (selection) => store.set({ selection }),
  });
  const { view } = text;
  const toReader = text.toReader;
  // First, so F3 and Enter reach it before the read-only plugin swallows Enter.
  view.updateState(view.state.reconfigure({ plugins: [findMatches(), ...view.state.plugins] }));
  const suggestions = createReaderSuggestions({
    api,
    article,
    view,
    panel,
    history,
    toaster,
    attempt,
    apply,
    undoLast: () => attempt(async () => applyChange(await history.undo(article.id))),
    render: () => renderPanel(),
    changed: () => options.onAnnotationsChanged(),
    isDestroyed: () => destroyed,
    showError,
  });

  /** Runs an API call that changes annotations; a failure is shown, never thrown. */
  async function attempt(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      showError(error);
    }
  }

  const markSelection = (kind: HighlightKind) =>
    attempt(async () => {
      const selected = text.selectedRange();
      const passage = selected && trimmedPassage(article.text, selected.start, selected.end);
      if (!passage) return;
      const { to } = view.state.selection;
      // Marking a quotation the finder already proposed accepts its proposal: the analyst
      // pressed Q to keep it, and its speaker and kind are what the card should start from.
      // H and F ask for another kind of mark than the finder's, so they make their own.
      const proposed =
        kind === 'highlight' || kind === 'figure'
          ? undefined
          : suggestions.matching(passage.start, passage.end);
      if (proposed) {
        view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, to)));
        openEditor(await suggestions.accept(proposed));
        return;
      }
      // Shown at once, before the server answers; the stored highlight replaces it, and a
      // write that fails takes it away again with the reason.
      pendingSerial += 1;
      const pending = `pending-${pendingSerial}`;
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, to)));
      addHighlight({
        id: pending,
        from: textOffsetToPos(view.state.doc, passage.start),
        to: textOffsetToPos(view.state.doc, passage.end),
        kind,
      })(view.state, view.dispatch);
      let created: Highlight;
      try {
        created = await api.createHighlight({ articleId: article.id, kind, ...passage });
      } catch (error) {
        if (destroyed) return;
        removeHighlight(pending)(view.state, view.dispatch);
        const reason = error instanceof Error ? error.message : String(error);
        toaster.show(`The ${KIND_LABELS[kind].toLowerCase()} was not saved: ${reason}`, {
          kind: 'error',
        });
        return;
      }
      if (destroyed) return;
      removeHighlight(pending)(view.state, view.dispatch);
      apply({ removed: [], upserted: [created] });
      history.recorded(article.id);
      if (kind !== 'highlight') openEditor(created.id);
    });

  function apply(change: Pick<AnnotationChange, 'removed' | 'upserted'>): void {
    if (destroyed) return;
    for (const id of change.removed) {
      byId.delete(id);
      removeHighlight(String(id))(view.state, view.dispatch);
    }
    for (const highlight of change.upserted) {
      const known = byId.has(highlight.id);
      byId.set(highlight.id, highlight);
      (known ? updateHighlight(toReader(highlight)) : addHighlight(toReader(highlight)))(
        view.state,
        view.dispatch,
      );
    }
    if (editingId !== null && !byId.has(editingId)) editingId = null;
    renderPanel();
    options.onAnnotationsChanged();
    if (change.removed.length > 0) void suggestions.load();
  }

  /** An undo, redo or revert from the journal; it may have been a verdict on a suggestion. */
  function applyChange(change: AnnotationChange | null): void {
    if (!change) return;
    apply(change);
    if (change.removed.length === 0) void suggestions.load();
  }

  // ---- the panel ---------------------------------------------------------------------------

  function openEditor(id: number): void {
    editingId = id;
    renderPanel();
    focusPassage(id);
    panel.querySelector<HTMLInputElement>('#annotation-speaker')?.focus();
  }

  function focusPassage(id: number): void {
    const highlight = byId.get(id);
    if (!highlight || highlight.orphaned) return;
    focusHighlight(String(id))(view.state, view.dispatch);
  }

  const save = (id: number, edit: AnnotationEdit) =>
    attempt(async () => {
      const updated = await api.updateHighlight({ id, ...edit });
      history.recorded(article.id);
      editingId = null;
      apply({ removed: [], upserted: [updated] });
    });

  const remove = (id: number) =>
    attempt(async () => {
      const kind = byId.get(id)?.kind ?? 'highlight';
      await api.deleteHighlight({ id });
      history.recorded(article.id);
      apply({ removed: [id], upserted: [] });
      toaster.show(`Deleted the ${KIND_LABELS[kind].toLowerCase()}.`, {
        action: {
          label: 'Undo',
          run: async () => {
            try {
              applyChange(await history.undo(article.id));
            } catch (error) {
              toaster.show(String(error), { kind: 'error' });
            }
          },
        },
      });
    });

  async function replaceAtSelection(id: number): Promise<void> {
    const selected = text.selectedRange();
    if (!selected) {
      toaster.show('Select the passage in the text first, then choose Re-place.', { kind: 'info' });
      return;
    }
    await attempt(async () => {
      const placed = await api.replaceHighlight({ id, ...selected });
      history.recorded(article.id);
      apply({ removed: [], upserted: [placed] });
    });
  }

  const panelHandlers = {
    open: openEditor,
    reveal: focusPassage,
    replaceAtSelection: (id: number) => void replaceAtSelection(id),
    remove: (id: number) => void remove(id),
    filter: (annotationFilters: AnnotationFilters) => store.set({ annotationFilters }),
    editor: (highlight: Highlight) =>
      createAnnotationEditor(api, drafts.get(highlight.id) ?? highlight, {
        save: async (edit) => {
          await save(highlight.id, edit);
          if (editingId !== highlight.id) drafts.delete(highlight.id);
        },
        remove: () => remove(highlight.id),
        // What was typed stays for the next time the card is opened, until Save.
        close: (draft) => {
          drafts.set(highlight.id, draft);
          editingId = null;
          renderPanel();
          view.focus();
        },
      }),
  };

  function renderPanel(): void {
    renderAnnotationsPanel(
      panel,
      {
        highlights: byId.values(),
        editingId,
        filters: store.get().annotationFilters,
        suggestions: suggestions.section(),
      },
      panelHandlers,
    );
  }

  const stopWatching = watch(store, (state) => state.annotationFilters, renderPanel);
  renderPanel();
  void suggestions.load();

  return {
    view,
    focus: focusPassage,
    /** Marks the current selection as a marking key would (the Figures view's "Mark as figure"). */
    mark: (kind: HighlightKind): Promise<void> => markSelection(kind),
    /** Marks every match of a search query, centres the first; F3/Enter go on, Shift+F3 back. */
    find(query: string): number {
      const { doc } = view.state;
      const ranges = matchRanges(article.text, query).map((range) => ({
        from: textOffsetToPos(doc, range.start),
        to: textOffsetToPos(doc, range.end),
      }));
      setFindMatches(ranges)(view.state, view.dispatch);
      if (ranges.length > 0) {
        view.focus();
        const count = ranges.length;
        toaster.show(
          `${count} match${count === 1 ? '' : 'es'} for “${query}”: F3 or Enter for the next, Shift+F3 back.`,
        );
      }
      return ranges.length;
    },
    applyChange,
    destroy(): void {
      destroyed = true;
      stopWatching();
      text.destroy();
      store.set({ selection: null });
    },
  };
}

export type Reader = ReturnType<typeof openReader>;
