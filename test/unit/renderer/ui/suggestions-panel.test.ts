// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { Suggestion } from '../../../../main/ipc/contract';
import {
  renderSuggestionsPanel,
  suggestionKey,
  suggestionLabel,
  type SuggestionsPanelHandlers,
} from '../../../../renderer/ui/suggestions-panel';
import { suggestion } from './fixtures';

function recording() {
  const events: string[] = [];
  const name = (item: Suggestion) => item.exact.slice(0, 12);
  const handlers: SuggestionsPanelHandlers = {
    toggle: () => events.push('toggle'),
    show: (item) => events.push(`show ${name(item)}`),
    accept: (item) => events.push(`accept ${name(item)}`),
    edit: (item) => events.push(`edit ${name(item)}`),
    reject: (item) => events.push(`reject ${name(item)}`),
    acceptAllFrom: (speaker) => events.push(`all ${speaker}`),
  };
  return { events, handlers };
}

const dam = suggestion('“The dam will hold the spring floods,”');
const share = suggestion('the town would pay its share', {
  kind: 'indirect',
  speaker: 'Mira Quell',
});
const engineer = suggestion('the valley engineer', {
  speaker: 'Oren Talvik',
  cue: null,
  confidence: 0.42,
  acceptAllEligible: false,
});
const term = suggestion('spring floods', { kind: 'term', speaker: null });

describe('suggestions panel', () => {
  test('shows nothing when no suggestion is pending', () => {
    expect(renderSuggestionsPanel([], true, recording().handlers)).toBeNull();
  });

  test('groups suggestions by speaker with terms apart, and counts them', () => {
    const section = renderSuggestionsPanel(
      [dam, share, engineer, term],
      true,
      recording().handlers,
    )!;
    expect(section.querySelector('.suggestions__toggle')!.textContent).toBe(
      '4 suggestions to review',
    );
    expect(
      [...section.querySelectorAll('.suggestions__speaker > span')].map((span) => span.textContent),
    ).toEqual(['Oren Talvik (2)', 'Mira Quell (1)', 'Terms (1)']);
  });

  const offers = (section: HTMLElement) =>
    [...section.querySelectorAll<HTMLButtonElement>('.suggestions__speaker button')].map(
      (button) => button.textContent,
    );
  const floods = suggestion('spring floods', { confidence: 0.95 });

  test('offers to accept at once only a speaker’s suggestions sure enough to take unseen', () => {
    const { events, handlers } = recording();
    const section = renderSuggestionsPanel([dam, floods, engineer, share, term], true, handlers)!;
    expect(offers(section)).toEqual(['Accept 2 of 3 from Oren Talvik']);
    section.querySelector<HTMLButtonElement>('.suggestions__speaker button')!.click();
    expect(events).toEqual(['all Oren Talvik']);
  });

  test('says "all" and the count when every one of the speaker’s suggestions is eligible', () => {
    const section = renderSuggestionsPanel([dam, floods, share], true, recording().handlers)!;
    expect(offers(section)).toEqual(['Accept all 2 from Oren Talvik']);
  });

  test('offers no accept-all when fewer than two of a speaker’s suggestions are eligible', () => {
    const section = renderSuggestionsPanel([dam, engineer, share], true, recording().handlers)!;
    expect(section.querySelector('.suggestions__speaker > span')!.textContent).toBe(
      'Oren Talvik (2)',
    );
    expect(offers(section)).toEqual([]);
  });

  test('the accept-all offer is a native button, reachable from the keyboard', () => {
    const section = renderSuggestionsPanel([dam, floods], true, recording().handlers)!;
    const offer = section.querySelector<HTMLButtonElement>('.suggestions__speaker button')!;
    expect(offer.type).toBe('button');
    expect(offer.tabIndex).toBe(0);
    expect(offer.title).toBe('Accepts all 2 suggestions from Oren Talvik');
  });

  test('reports Accept, Edit, Reject and Show for the suggestion they sit on', () => {
    const { events, handlers } = recording();
    const section = renderSuggestionsPanel([dam, share], true, handlers)!;
    const item = section.querySelector<HTMLElement>(
      `[data-suggestion-key="${suggestionKey(share)}"]`,
    )!;
    for (const button of item.querySelectorAll('button')) button.click();
    expect(events).toEqual([
      'show the town wou',
      'accept the town wou',
      'edit the town wou',
      'reject the town wou',
    ]);
    expect(item.querySelector('.suggestion-item__meta')!.textContent).toBe('“said” · 90% sure');
  });

  test('folds to its toggle, which reports the click', () => {
    const { events, handlers } = recording();
    const section = renderSuggestionsPanel([dam], false, handlers)!;
    const toggle = section.querySelector<HTMLButtonElement>('.suggestions__toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toBe('1 suggestion to review');
    expect(section.querySelector('.suggestion-item')).toBeNull();
    toggle.click();
    expect(events).toEqual(['toggle']);
  });

  test('labels the underline with kind, speaker and confidence', () => {
    expect(suggestionLabel(share)).toBe('Suggested indirect quote: Mira Quell (90%)');
    expect(suggestionLabel(term)).toBe('Suggested term (90%)');
  });

  test('the suggestion being edited shows its editor card and no second Edit', () => {
    const card = document.createElement('form');
    const section = renderSuggestionsPanel([dam, share], true, recording().handlers, {
      key: suggestionKey(share),
      element: card,
    })!;
    const item = section.querySelector(`[data-suggestion-key="${suggestionKey(share)}"]`)!;
    expect(item.contains(card)).toBe(true);
    expect([...item.querySelectorAll('button')].map((button) => button.textContent)).not.toContain(
      'Edit',
    );
  });

  test('marks a collective speaker’s suggestions as a group', () => {
    const crews = suggestion('the town would pay its share', {
      speaker: 'The ministers',
      speakerIsGroup: true,
    });
    const section = renderSuggestionsPanel([crews], true, recording().handlers)!;
    expect(section.querySelector('.suggestions__speaker .group-badge')?.textContent).toBe('group');
    expect(suggestionLabel(crews)).toContain('The ministers (group)');
  });
});
