// The "suggestions to review" section of the Annotations panel: the quote finder's pending
// proposals for the open article, grouped by proposed speaker (terms apart), each with Accept,
// Edit and Reject, and an offer to accept at once those of a speaker the finder is sure enough
// of to accept unseen, when there are at least two (saying how many); the suggestion being
// edited (not yet accepted) shows the editor card it is given under it. It renders what it is
// given and reports the analyst's choices; asking the API and updating the text are the
// reader's.
import type { Suggestion } from '../../main/ipc/contract';
import { KIND_LABELS } from './annotation-editor';
import { h } from './dom';

export interface SuggestionsPanelHandlers {
  toggle(): void;
  /** Selects the suggested passage in the text. */
  show(suggestion: Suggestion): void;
  accept(suggestion: Suggestion): void;
  /** Opens the editor on the suggestion without accepting it; its Save accepts. */
  edit(suggestion: Suggestion): void;
  reject(suggestion: Suggestion): void;
  acceptAllFrom(speaker: string): void;
}

const TERMS = 'Terms';
const UNKNOWN_SPEAKER = 'Speaker unknown';

/** Identifies a suggestion across reloads: the finder proposes a passage once per kind. */
export function suggestionKey(suggestion: Suggestion): string {
  return `${suggestion.start}:${suggestion.end}:${suggestion.kind}`;
}

/** The tooltip of a suggestion's underline in the text. */
export function suggestionLabel(suggestion: Suggestion): string {
  const speaker = suggestion.speaker
    ? `: ${suggestion.speaker}${suggestion.speakerIsGroup ? ' (group)' : ''}`
    : '';
  const sure = Math.round(suggestion.confidence * 100);
  return `Suggested ${KIND_LABELS[suggestion.kind].toLowerCase()}${speaker} (${sure}%)`;
}

function groupsOf(suggestions: readonly Suggestion[]): Map<string, Suggestion[]> {
  const groups = new Map<string, Suggestion[]>();
  for (const suggestion of suggestions) {
    const label = suggestion.kind === 'term' ? TERMS : (suggestion.speaker ?? UNKNOWN_SPEAKER);
    groups.set(label, [...(groups.get(label) ?? []), suggestion]);
  }
  return groups;
}

/**
 * The button that accepts a speaker's eligible suggestions at once, or null when fewer than two
 * are eligible: one is as quick to accept by hand, and the rest need reading first.
 */
function acceptAllButton(
  speaker: string,
  items: readonly Suggestion[],
  handlers: SuggestionsPanelHandlers,
): HTMLElement | null {
  const sure = items.filter((suggestion) => suggestion.acceptAllEligible).length;
  if (sure < 2) return null;
  const left = items.length - sure;
  return h(
    'button',
    {
      type: 'button',
      className: 'button button--small',
      title:
        left === 0
          ? `Accepts all ${sure} suggestions from ${speaker}`
          : `Accepts the ${sure} suggestions the finder is surest of; the other ${left} stay for review`,
      onclick: () => handlers.acceptAllFrom(speaker),
    },
    left === 0
      ? `Accept all ${sure} from ${speaker}`
      : `Accept ${sure} of ${items.length} from ${speaker}`,
  );
}

function renderItem(
  suggestion: Suggestion,
  handlers: SuggestionsPanelHandlers,
  editor: HTMLElement | null,
): HTMLElement {
  const action = (label: string, className: string, run: () => void) =>
    h(
      'button',
      { type: 'button', className: `button button--small${className}`, onclick: run },
      label,
    );
  return h(
    'li',
    { className: 'suggestion-item', 'data-suggestion-key': suggestionKey(suggestion) },
    h(
      'button',
      {
        type: 'button',
        className: 'suggestion-item__text',
        title: 'Show in the text',
        onclick: () => handlers.show(suggestion),
      },
      h(
        'span',
        { className: `kind-badge kind-badge--${suggestion.kind}` },
        KIND_LABELS[suggestion.kind],
      ),
      ' ',
      suggestion.exact.length > 160 ? `${suggestion.exact.slice(0, 159)}…` : suggestion.exact,
    ),
    h(
      'span',
      { className: 'suggestion-item__meta' },
      [
        suggestion.cue ? `“${suggestion.cue}”` : null,
        `${Math.round(suggestion.confidence * 100)}% sure`,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    h(
      'span',
      { className: 'suggestion-item__actions' },
      action('Accept', ' button--primary', () => handlers.accept(suggestion)),
      editor ? null : action('Edit', '', () => handlers.edit(suggestion)),
      action('Reject', ' button--quiet', () => handlers.reject(suggestion)),
    ),
    editor,
  );
}

/** The section, or null when nothing is pending. */
export function renderSuggestionsPanel(
  suggestions: readonly Suggestion[],
  open: boolean,
  handlers: SuggestionsPanelHandlers,
  editing: { readonly key: string; readonly element: HTMLElement } | null = null,
): HTMLElement | null {
  if (suggestions.length === 0) return null;
  const count = suggestions.length;
  return h(
    'section',
    { className: 'suggestions', 'aria-label': 'Suggestions' },
    h(
      'button',
      {
        type: 'button',
        className: 'suggestions__toggle',
        'aria-expanded': String(open),
        onclick: () => handlers.toggle(),
      },
      `${count} suggestion${count === 1 ? '' : 's'} to review`,
    ),
    open
      ? [...groupsOf(suggestions).entries()].map(([label, items]) =>
          h(
            'div',
            { className: 'suggestions__group' },
            h(
              'div',
              { className: 'suggestions__speaker' },
              h(
                'span',
                {},
                `${label} (${items.length})`,
                items[0]?.speakerIsGroup
                  ? h(
                      'span',
                      {
                        className: 'group-badge',
                        title: 'A group, not a person: accepting creates it as a group speaker',
                      },
                      'group',
                    )
                  : null,
              ),
              label !== TERMS && label !== UNKNOWN_SPEAKER
                ? acceptAllButton(label, items, handlers)
                : null,
            ),
            h(
              'ul',
              { className: 'suggestions__list' },
              items.map((suggestion) =>
                renderItem(
                  suggestion,
                  handlers,
                  editing?.key === suggestionKey(suggestion) ? editing.element : null,
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
