// The quote finder's pending suggestions for the reader's article: loading them into the
// text's dotted underlines and the panel's "to review" section, showing one in the text, and
// accepting or rejecting them through the API (each one step of the article's undo). Edit
// opens the annotation editor on a suggestion without accepting it: Save accepts it as
// described, Close leaves it pending (what was typed is kept for the next Edit). Q on a
// suggested passage accepts the suggestion, keeping its speaker and kind (`matching`). The reader hands in
// how to store a new annotation and redraw its panel; this knows nothing of highlights.
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Api } from '../api';
import type { AnnotationChange, Article, Suggestion } from '../../main/ipc/contract';
import { textOffsetToPos } from '../reader/text-positions';
import { removeSuggestion, setSuggestions } from '../reader/suggestions-plugin';
import { renderSuggestionsPanel, suggestionKey, suggestionLabel } from './suggestions-panel';
import {
  createAnnotationEditor,
  type AnnotationDraft,
  type AnnotationEdit,
} from './annotation-editor';
import type { Toaster } from './toast';
import type { UndoHistory } from './undo';

export interface ReaderSuggestionsOptions {
  api: Api;
  article: Article;
  view: EditorView;
  panel: HTMLElement;
  history: UndoHistory;
  toaster: Toaster;
  /** Runs an API call; a failure is shown, never thrown. */
  attempt(run: () => Promise<void>): Promise<void>;
  apply(change: Pick<AnnotationChange, 'removed' | 'upserted'>): void;
  /** Undoes the article's latest change (the toast's Undo after a rejection). */
  undoLast(): Promise<void>;
  /** Redraws the Annotations panel, this section included. */
  render(): void;
  /** The article's annotations or suggestions changed (for the library's badges). */
  changed(): void;
  /** The reader was closed: a late answer must not touch the page. */
  isDestroyed(): boolean;
  showError(error: unknown): void;
}

export function createReaderSuggestions(options: ReaderSuggestionsOptions) {
  const { api, article, view, panel, history, toaster } = options;
  let pendingSuggestions: readonly Suggestion[] = [];
  let suggestionsOpen = true;
  let editing: { key: string; element: HTMLElement } | null = null;
  const drafts = new Map<string, AnnotationDraft>();

  async function loadSuggestions(): Promise<void> {
    let loaded: readonly Suggestion[];
    try {
      loaded = await api.listSuggestions({ articleId: article.id });
    } catch (error) {
      if (!options.isDestroyed()) options.showError(error);
      return;
    }
    // The analyst may have opened another article meanwhile: this reader's panel is gone, and
    // writing into the shared panel would show this article's count under the other one.
    if (options.isDestroyed()) return;
    pendingSuggestions = loaded;
    setSuggestions(
      pendingSuggestions.map((suggestion) => ({
        key: suggestionKey(suggestion),
        from: textOffsetToPos(view.state.doc, suggestion.start),
        to: textOffsetToPos(view.state.doc, suggestion.end),
        kind: suggestion.kind,
        label: suggestionLabel(suggestion),
      })),
    )(view.state, view.dispatch);
    options.render();
    options.changed();
  }

  function dropSuggestions(dropped: (suggestion: Suggestion) => boolean): void {
    for (const suggestion of pendingSuggestions.filter(dropped))
      removeSuggestion(suggestionKey(suggestion))(view.state, view.dispatch);
    pendingSuggestions = pendingSuggestions.filter((suggestion) => !dropped(suggestion));
  }

  const isSame = (suggestion: Suggestion) => (other: Suggestion) =>
    suggestionKey(other) === suggestionKey(suggestion);

  const passageOf = (suggestion: Suggestion) => ({
    articleId: article.id,
    start: suggestion.start,
    end: suggestion.end,
    kind: suggestion.kind,
  });

  const handlers = {
    toggle: () => {
      suggestionsOpen = !suggestionsOpen;
      options.render();
    },
    show: (suggestion: Suggestion) => {
      const { doc: current } = view.state;
      view.dispatch(
        view.state.tr
          .setSelection(
            TextSelection.create(
              current,
              textOffsetToPos(current, suggestion.start),
              textOffsetToPos(current, suggestion.end),
            ),
          )
          .scrollIntoView(),
      );
      view.focus();
    },
    accept: (suggestion: Suggestion) =>
      void options.attempt(async () => void (await accept(suggestion))),
    edit: (suggestion: Suggestion) => {
      const key = suggestionKey(suggestion);
      const shown: AnnotationDraft = drafts.get(key) ?? {
        exact: suggestion.exact,
        kind: suggestion.kind,
        speakerId: suggestion.speakerId,
        speakerName: suggestion.speaker,
        note: '',
        tags: [],
      };
      editing = {
        key,
        element: createAnnotationEditor(api, shown, {
          saveLabel: 'Accept',
          save: (edit) =>
            options.attempt(async () => {
              await accept(suggestion, edit);
              drafts.delete(key);
            }),
          close: (draft) => {
            drafts.set(key, draft);
            editing = null;
            options.render();
          },
        }),
      };
      options.render();
      panel.querySelector<HTMLInputElement>('#annotation-speaker')?.focus();
    },
    reject: (suggestion: Suggestion) =>
      void options.attempt(async () => {
        await api.rejectSuggestion(passageOf(suggestion));
        dropSuggestions(isSame(suggestion));
        history.recorded(article.id);
        options.render();
        options.changed();
        toaster.show('Rejected the suggestion.', {
          action: { label: 'Undo', run: () => options.undoLast() },
        });
      }),
    acceptAllFrom: (speaker: string) =>
      void options.attempt(async () => {
        const created = await api.acceptSuggestionsFrom({ articleId: article.id, speaker });
        // Only the ones the finder was sure of were taken; the rest stay pending for review.
        const taken = new Set(created.map((highlight) => `${highlight.start}:${highlight.end}`));
        dropSuggestions((suggestion) => taken.has(`${suggestion.start}:${suggestion.end}`));
        const count = created.length;
        history.recorded(article.id);
        options.apply({ removed: [], upserted: created });
        keepFocusAfterAcceptingFrom(speaker);
        toaster.show(`Accepted ${count} quotation${count === 1 ? '' : 's'} from ${speaker}.`);
      }),
  };

  /**
   * The clicked button is gone after the redraw: a keyboard user goes on from the speaker's first
   * suggestion left for review, else from the section's toggle, else from the text.
   */
  function keepFocusAfterAcceptingFrom(speaker: string): void {
    const left = pendingSuggestions.find((suggestion) => suggestion.speaker === speaker);
    const target = left
      ? panel.querySelector<HTMLElement>(`[data-suggestion-key="${suggestionKey(left)}"] button`)
      : panel.querySelector<HTMLElement>('.suggestions__toggle');
    if (target) target.focus();
    else view.focus();
  }

  async function accept(suggestion: Suggestion, edit?: AnnotationEdit): Promise<number> {
    const created = await api.acceptSuggestion({ ...passageOf(suggestion), edit });
    if (editing?.key === suggestionKey(suggestion)) editing = null;
    dropSuggestions(isSame(suggestion));
    history.recorded(article.id);
    options.apply({ removed: [], upserted: [created] });
    return created.id;
  }

  /** The pending suggestion that is, give or take a quotation mark or a word, this passage. */
  function matching(start: number, end: number): Suggestion | undefined {
    return pendingSuggestions.find((suggestion) => {
      const overlap = Math.min(end, suggestion.end) - Math.max(start, suggestion.start);
      return overlap >= 0.8 * Math.max(end - start, suggestion.end - suggestion.start);
    });
  }

  function revealSuggestion(key: string): void {
    suggestionsOpen = true;
    options.render();
    const item = panel.querySelector<HTMLElement>(`[data-suggestion-key="${key}"]`);
    item?.scrollIntoView({ block: 'nearest' });
    item?.classList.add('suggestion-item--flash');
    item?.querySelector<HTMLButtonElement>('button')?.focus();
    setTimeout(() => item?.classList.remove('suggestion-item--flash'), 1200);
  }

  return {
    load: loadSuggestions,
    reveal: revealSuggestion,
    matching,
    /** Accepts a suggestion as proposed (Q on its passage); resolves with the new highlight's id. */
    accept,
    /** The panel's section, or null when nothing is pending. */
    section: () => renderSuggestionsPanel(pendingSuggestions, suggestionsOpen, handlers, editing),
  };
}

export type ReaderSuggestions = ReturnType<typeof createReaderSuggestions>;
