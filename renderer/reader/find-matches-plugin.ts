// Find matches plugin: every place the search query matched in the open article, marked, one of
// them current. F3 or Enter moves to the next match and Shift+F3 (or Shift+Enter) back, the
// current one centred in view. State changes only in `apply`, from meta actions; ranges are
// document positions mapped through transactions. Which ranges match is `matchRanges` (pure);
// scrolling is the only DOM work, in the view.
import { Plugin, PluginKey, type Command, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';

export interface FindMatchesState {
  readonly ranges: readonly { readonly from: number; readonly to: number }[];
  readonly current: number;
  readonly decorations: DecorationSet;
}

type FindAction =
  | { readonly type: 'set'; readonly ranges: FindMatchesState['ranges'] }
  | { readonly type: 'step'; readonly by: 1 | -1 };

export const findMatchesKey = new PluginKey<FindMatchesState>('find-matches');

function draw(state: EditorState, value: Omit<FindMatchesState, 'decorations'>): DecorationSet {
  return DecorationSet.create(
    state.doc,
    value.ranges.map((range, index) =>
      Decoration.inline(range.from, range.to, {
        class: index === value.current ? 'find-match find-match--current' : 'find-match',
      }),
    ),
  );
}

/**
 * Where the words and "phrases" of a search query occur in a text, as offsets, in order. Field
 * filters (publisher:…), exclusions (-word) and the words OR/AND/NOT are not looked for; a word
 * matches at a word start, so "port" finds "ports" and "Port", as the search's prefix does.
 */
export function matchRanges(text: string, query: string): { start: number; end: number }[] {
  const needles: string[] = [];
  for (const match of query.matchAll(/"([^"]+)"|(\S+)/g)) {
    const phrase = match[1];
    const word = match[2];
    if (phrase) needles.push(phrase.trim());
    else if (word && !word.startsWith('-') && !word.includes(':') && !/^(OR|AND|NOT)$/.test(word))
      needles.push(word.replace(/[*()]/g, ''));
  }
  const escaped = needles
    .filter((needle) => needle.length > 0)
    .map((needle) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  if (escaped.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'giu');
  return [...text.matchAll(pattern)]
    .filter((match) => match[0].length > 0)
    .slice(0, 2000)
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export function setFindMatches(ranges: FindMatchesState['ranges']): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.setMeta(findMatchesKey, { type: 'set', ranges } satisfies FindAction));
    return true;
  };
}

export function stepFindMatch(by: 1 | -1): Command {
  return (state, dispatch) => {
    const current = findMatchesKey.getState(state);
    if (!current || current.ranges.length === 0) return false;
    dispatch?.(state.tr.setMeta(findMatchesKey, { type: 'step', by } satisfies FindAction));
    return true;
  };
}

function centreCurrent(view: EditorView): void {
  view.dom.querySelector('.find-match--current')?.scrollIntoView({ block: 'center' });
}

export function findMatches(
  reported: (current: number, total: number) => void = () => undefined,
): Plugin<FindMatchesState> {
  return new Plugin<FindMatchesState>({
    key: findMatchesKey,
    state: {
      init: () => ({ ranges: [], current: 0, decorations: DecorationSet.empty }),
      apply(transaction, value, _old, state) {
        const action = transaction.getMeta(findMatchesKey) as FindAction | undefined;
        if (action?.type === 'set') {
          const next = { ranges: action.ranges, current: 0 };
          return { ...next, decorations: draw(state, next) };
        }
        if (action?.type === 'step') {
          const total = value.ranges.length;
          const next = {
            ranges: value.ranges,
            current: (value.current + action.by + total) % total,
          };
          return { ...next, decorations: draw(state, next) };
        }
        if (!transaction.docChanged) return value;
        const ranges = value.ranges.map((range) => ({
          from: transaction.mapping.map(range.from),
          to: transaction.mapping.map(range.to),
        }));
        return {
          ranges,
          current: value.current,
          decorations: value.decorations.map(transaction.mapping, transaction.doc),
        };
      },
    },
    props: {
      decorations: (state) => findMatchesKey.getState(state)?.decorations ?? null,
      handleKeyDown(view, event) {
        const forward = event.key === 'F3' || event.key === 'Enter';
        if (!forward || event.ctrlKey || event.metaKey || event.altKey) return false;
        return stepFindMatch(event.shiftKey ? -1 : 1)(view.state, view.dispatch);
      },
    },
    view: () => ({
      update(view, previous) {
        const now = findMatchesKey.getState(view.state);
        const before = findMatchesKey.getState(previous);
        if (!now || now === before || now.ranges.length === 0) return;
        if (before && now.current === before.current && now.ranges === before.ranges) return;
        centreCurrent(view);
        reported(now.current, now.ranges.length);
      },
    }),
  });
}
