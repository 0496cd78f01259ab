// Suggestions plugin: the quote finder's proposals drawn as a quiet dotted underline with the
// proposed speaker in the tooltip, distinct from the analyst's own highlights. State changes
// only in `apply`, from meta actions; the set is mapped through transactions.
import { Plugin, PluginKey, type Command } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { QuoteKind } from '../../main/domain/vocabulary';

export interface ReaderSuggestion {
  readonly key: string;
  readonly from: number;
  readonly to: number;
  readonly kind: QuoteKind;
  readonly label: string;
}

export type SuggestionsAction =
  | { readonly type: 'set'; readonly suggestions: readonly ReaderSuggestion[] }
  | { readonly type: 'remove'; readonly key: string };

export interface SuggestionsState {
  readonly decorations: DecorationSet;
}

export const suggestionsKey = new PluginKey<SuggestionsState>('suggestions');

function decorationFor(suggestion: ReaderSuggestion): Decoration {
  return Decoration.inline(
    suggestion.from,
    suggestion.to,
    {
      class: `suggestion suggestion--${suggestion.kind}`,
      'data-suggestion-key': suggestion.key,
      title: suggestion.label,
    },
    { key: suggestion.key },
  );
}

export function suggestions(): Plugin<SuggestionsState> {
  return new Plugin<SuggestionsState>({
    key: suggestionsKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty }),
      apply(transaction, value, _old, state) {
        const action = transaction.getMeta(suggestionsKey) as SuggestionsAction | undefined;
        let decorations = value.decorations.map(transaction.mapping, transaction.doc);
        if (action?.type === 'set') {
          decorations = DecorationSet.create(
            state.doc,
            action.suggestions.filter((item) => item.from < item.to).map(decorationFor),
          );
        } else if (action?.type === 'remove') {
          decorations = decorations.remove(
            decorations.find(
              undefined,
              undefined,
              (spec) => (spec as { key?: string }).key === action.key,
            ),
          );
        }
        return decorations === value.decorations ? value : { decorations };
      },
    },
    props: {
      decorations: (state) => suggestionsKey.getState(state)?.decorations,
    },
  });
}

export function setSuggestions(list: readonly ReaderSuggestion[]): Command {
  return (state, dispatch) => {
    if (!suggestionsKey.getState(state)) return false;
    dispatch?.(
      state.tr.setMeta(suggestionsKey, {
        type: 'set',
        suggestions: list,
      } satisfies SuggestionsAction),
    );
    return true;
  };
}

export function removeSuggestion(key: string): Command {
  return (state, dispatch) => {
    if (!suggestionsKey.getState(state)) return false;
    dispatch?.(
      state.tr.setMeta(suggestionsKey, { type: 'remove', key } satisfies SuggestionsAction),
    );
    return true;
  };
}
