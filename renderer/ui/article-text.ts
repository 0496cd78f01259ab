// The article's text as the reader shows it: a read-only ProseMirror view with the
// highlights and suggestions plugins, the selection toolbar floating over a selection, the
// marking keys of the keyboard commands, and clicks on a highlight or a suggestion. It turns
// the analyst's gestures into callbacks and knows nothing of the API or the panel.
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Article, Highlight, HighlightKind } from '../../main/ipc/contract';
import { articleDoc } from '../reader/schema';
import { posToTextOffset, textOffsetToPos } from '../reader/text-positions';
import {
  highlights as highlightsPlugin,
  highlightsAt,
  type ReaderHighlight,
} from '../reader/highlights-plugin';
import { readOnly } from '../reader/read-only';
import { suggestions as suggestionsPlugin, suggestionsKey } from '../reader/suggestions-plugin';
import type { TextSelectionRange } from './app-state';
import { isMacPlatform, markKindFor } from './keyboard-commands';
import { createSelectionToolbar } from './selection-toolbar';

export interface ArticleTextOptions {
  host: HTMLElement;
  article: Article;
  highlights: readonly Highlight[];
  /** The analyst asked to mark the selection (a toolbar button or a marking key). */
  mark(kind: HighlightKind): void;
  openHighlight(id: number): void;
  openSuggestion(key: string): void;
  /** The selection changed, in text offsets; null when it is empty. */
  select(range: TextSelectionRange | null): void;
}

const mac = isMacPlatform(typeof navigator === 'undefined' ? '' : navigator.platform);

/** How the highlights plugin draws a stored highlight; an orphaned one is kept, not drawn. */
export function toReaderHighlight(doc: EditorState['doc'], highlight: Highlight): ReaderHighlight {
  return {
    id: String(highlight.id),
    from: highlight.orphaned ? 1 : textOffsetToPos(doc, highlight.start),
    to: highlight.orphaned ? 1 : textOffsetToPos(doc, highlight.end),
    kind: highlight.kind,
    speakerId: highlight.speakerId === null ? null : String(highlight.speakerId),
    speakerColourIndex: highlight.speakerId === null ? null : highlight.speakerId % 8,
    orphaned: highlight.orphaned,
    label: highlight.speakerName,
  };
}

/** The passage between two text offsets without the whitespace at its ends, or null if blank. */
export function trimmedPassage(
  text: string,
  start: number,
  end: number,
): TextSelectionRange | null {
  const passage = text.slice(start, end);
  const trimmedStart = start + (passage.length - passage.trimStart().length);
  const trimmedEnd = end - (passage.length - passage.trimEnd().length);
  return trimmedEnd > trimmedStart ? { start: trimmedStart, end: trimmedEnd } : null;
}

export function createArticleText(options: ArticleTextOptions) {
  const { host, article } = options;
  const doc = articleDoc(article.text);
  const toolbar = createSelectionToolbar((kind) => options.mark(kind));
  const view: EditorView = new EditorView(host, {
    state: EditorState.create({
      doc,
      plugins: [
        readOnly(),
        suggestionsPlugin(),
        highlightsPlugin({
          highlights: options.highlights.map((highlight) => toReaderHighlight(doc, highlight)),
        }),
      ],
    }),
    attributes: {
      class: 'reader__text',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': `Text of ${article.title}`,
      'aria-readonly': 'true',
      spellcheck: 'false',
    },
    handleKeyDown: (_view, event) => {
      const kind = markKindFor(event, mac);
      if (kind && !view.state.selection.empty) {
        options.mark(kind);
        return true;
      }
      return false;
    },
    handleClickOn: (_view, pos, _node, _nodePos, event) => {
      if (!view.state.selection.empty || event.detail > 1) return false;
      const ids = highlightsAt(view.state, pos);
      if (ids.length > 0) {
        options.openHighlight(Number(ids[0]));
        return false;
      }
      const suggested = suggestionsKey.getState(view.state)?.decorations.find(pos, pos)[0];
      const key = (suggested?.spec as { key?: string } | undefined)?.key;
      if (key) options.openSuggestion(key);
      return false;
    },
    dispatchTransaction(transaction) {
      view.updateState(view.state.apply(transaction));
      if (transaction.selectionSet) options.select(selectedRange());
      toolbar.place(view, host);
    },
  });
  host.appendChild(toolbar.element);
  view.dom.addEventListener('blur', () => setTimeout(() => toolbar.place(view, host), 0));
  view.dom.addEventListener('focus', () => toolbar.place(view, host));

  /** The selection in text offsets, null when empty. */
  function selectedRange(): TextSelectionRange | null {
    const { from, to, empty } = view.state.selection;
    return empty
      ? null
      : { start: posToTextOffset(view.state.doc, from), end: posToTextOffset(view.state.doc, to) };
  }

  return {
    view,
    selectedRange,
    toReader: (highlight: Highlight) => toReaderHighlight(view.state.doc, highlight),
    destroy(): void {
      view.destroy();
      toolbar.element.remove();
    },
  };
}

export type ArticleText = ReturnType<typeof createArticleText>;
