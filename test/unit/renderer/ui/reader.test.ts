// @vitest-environment happy-dom
import { TextSelection } from 'prosemirror-state';
import { afterEach, describe, expect, test } from 'vitest';
import type { Api } from '../../../../renderer/api';
import type { Highlight, Suggestion } from '../../../../main/ipc/contract';
import { textOffsetToPos } from '../../../../renderer/reader/text-positions';
import { createAppStore } from '../../../../renderer/ui/app-state';
import { openReader, type Reader } from '../../../../renderer/ui/reader';
import { createToaster } from '../../../../renderer/ui/toast';
import { createUndoHistory } from '../../../../renderer/ui/undo';
import { suggestionKey } from '../../../../renderer/ui/suggestions-panel';
import { ARTICLE_TEXT, article, highlight, suggestion } from './fixtures';
import { fakeApi, settle } from './fake-api';

let reader: Reader | null = null;
afterEach(() => {
  reader?.destroy();
  reader = null;
  document.body.replaceChildren();
});

function open(answers: Partial<Api>, highlights: Highlight[] = []) {
  const textHost = document.createElement('div');
  const panel = document.createElement('div');
  document.body.append(textHost, panel);
  const store = createAppStore();
  let changes = 0;
  const fake = fakeApi({
    listSuggestions: async () => [],
    suggestSpeakers: async () => [],
    listTagPage: async () => ({ items: [], total: 0, next: null }),
    ...answers,
  });
  const history = createUndoHistory(fake.api);
  reader = openReader({
    api: fake.api,
    article: article(),
    highlights,
    textHost,
    panel,
    toaster: createToaster(document.body),
    history,
    store,
    onAnnotationsChanged: () => (changes += 1),
  });
  const listed = () =>
    [
      ...panel.querySelectorAll<HTMLElement>('[aria-label="Annotations in reading order"] > li'),
    ].map((item) => Number(item.dataset['highlightId']));
  return { ...fake, reader, textHost, panel, store, history, listed, changes: () => changes };
}

function select(target: Reader, passage: string): void {
  const start = ARTICLE_TEXT.indexOf(passage);
  const { doc } = target.view.state;
  target.view.dispatch(
    target.view.state.tr.setSelection(
      TextSelection.create(
        doc,
        textOffsetToPos(doc, start),
        textOffsetToPos(doc, start + passage.length),
      ),
    ),
  );
}

const QUOTE = '“The dam will hold the spring floods,”';

describe('reader', () => {
  test('shows the article text in a read-only, labelled text box', () => {
    const { textHost } = open({});
    const text = textHost.querySelector('.reader__text')!;
    expect(text.getAttribute('aria-label')).toBe('Text of Varn valley dam approved');
    expect(text.getAttribute('aria-readonly')).toBe('true');
    expect(text.textContent).toContain('The council met on Tuesday.');
  });

  test('keeps the selection in the store as text offsets', () => {
    const { store, reader: opened } = open({});
    select(opened, 'The council met');
    const start = ARTICLE_TEXT.indexOf('The council met');
    expect(store.get().selection).toEqual({ start, end: start + 'The council met'.length });
  });

  test('marks the selection as a quote on Q, without the spaces around it, and opens its editor', async () => {
    const created = highlight(9, QUOTE);
    const {
      calls,
      reader: opened,
      panel,
      listed,
    } = open({
      createHighlight: async () => created,
    });
    select(opened, `${QUOTE} `);
    opened.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'q', bubbles: true }));
    await settle();
    const start = ARTICLE_TEXT.indexOf(QUOTE);
    expect(calls.find((call) => call.method === 'createHighlight')?.args).toEqual({
      articleId: 7,
      kind: 'direct',
      start,
      end: start + QUOTE.length,
    });
    expect(listed()).toEqual([9]);
    expect(panel.querySelector('.annotation--editing')).not.toBeNull();
  });

  test('leaves a plain key alone when nothing is selected', async () => {
    const { calls, reader: opened } = open({});
    opened.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'q', bubbles: true }));
    await settle();
    expect(calls.some((call) => call.method === 'createHighlight')).toBe(false);
  });

  test('re-renders the panel when the store’s annotation filters change', () => {
    const { store, listed } = open({}, [
      highlight(1, QUOTE),
      highlight(2, 'The council met on Tuesday.', { kind: 'highlight' }),
    ]);
    expect(listed()).toEqual([2, 1]);
    store.set({ annotationFilters: { kind: 'highlight', speaker: '', tag: '' } });
    expect(listed()).toEqual([2]);
  });

  test('the deletion toast’s Undo replays this article’s journal', async () => {
    const kept = highlight(1, QUOTE);
    const { calls, listed, panel } = open(
      {
        deleteHighlight: async () => ({ id: 1 }),
        undoAnnotation: async () => ({
          label: 'Delete annotation',
          removed: [],
          upserted: [kept],
          canUndo: false,
          canRedo: true,
        }),
      },
      [kept],
    );
    panel.querySelector<HTMLButtonElement>('.annotation__summary')!.click();
    [...panel.querySelectorAll<HTMLButtonElement>('button')]
      .find((button) => button.textContent === 'Delete')!
      .click();
    await settle();
    expect(listed()).toEqual([]);
    [...document.querySelectorAll<HTMLButtonElement>('.toast button')]
      .find((button) => button.textContent === 'Undo')!
      .click();
    await settle();
    expect(calls.find((call) => call.method === 'undoAnnotation')?.args).toEqual({ articleId: 7 });
    expect(listed()).toEqual([1]);
  });

  test('accepts a suggestion as a quotation and drops it from the suggestions', async () => {
    const proposed: Suggestion = suggestion(QUOTE);
    const { panel, listed, calls } = open({
      listSuggestions: async () => [proposed],
      acceptSuggestion: async () =>
        highlight(5, QUOTE, { speakerId: 2, speakerName: 'Oren Talvik' }),
    });
    await settle();
    expect(panel.querySelector('.suggestions__toggle')!.textContent).toBe('1 suggestion to review');
    [...panel.querySelectorAll<HTMLButtonElement>('.suggestion-item button')]
      .find((button) => button.textContent === 'Accept')!
      .click();
    await settle();
    expect(calls.find((call) => call.method === 'acceptSuggestion')?.args).toEqual({
      articleId: 7,
      start: proposed.start,
      end: proposed.end,
      kind: 'direct',
    });
    expect(panel.querySelector('.suggestions')).toBeNull();
    expect(listed()).toEqual([5]);
  });

  test('rejects a suggestion and forgets it', async () => {
    const proposed = suggestion(QUOTE);
    const { panel, calls } = open({
      listSuggestions: async () => [proposed],
      rejectSuggestion: async () => ({ articleId: 7 }),
    });
    await settle();
    [...panel.querySelectorAll<HTMLButtonElement>('.suggestion-item button')]
      .find((button) => button.textContent === 'Reject')!
      .click();
    await settle();
    expect(calls.some((call) => call.method === 'rejectSuggestion')).toBe(true);
    expect(panel.querySelector('.suggestions')).toBeNull();
  });

  test('accepts every suggestion from a speaker as one undoable step', async () => {
    const first = suggestion(QUOTE);
    const second = suggestion('the valley engineer');
    const { panel, history, listed, calls } = open({
      listSuggestions: async () => [first, second],
      acceptSuggestionsFrom: async () => [highlight(5, QUOTE), highlight(6, 'the valley engineer')],
      undoAnnotation: async () => ({
        label: 'Accept 2 suggestions from Oren Talvik',
        removed: [5, 6],
        upserted: [],
        canUndo: true,
        canRedo: true,
      }),
    });
    await settle();
    [...panel.querySelectorAll<HTMLButtonElement>('button')]
      .find((button) => button.textContent === 'Accept all 2 from Oren Talvik')!
      .click();
    await settle();
    expect(listed()).toEqual([5, 6]);
    expect(document.body.textContent).toContain('Accepted 2 quotations from Oren Talvik.');
    await history.undo(7).then((change) => reader!.applyChange(change));
    expect(calls.filter((call) => call.method === 'undoAnnotation')).toHaveLength(1);
    expect(listed()).toEqual([]);
  });

  test('accepting all from a speaker leaves the unsure ones for review, with focus on the first', async () => {
    const unsure = suggestion('The council met on Tuesday.', {
      confidence: 0.5,
      acceptAllEligible: false,
    });
    const { panel } = open({
      listSuggestions: async () => [suggestion(QUOTE), unsure, suggestion('the valley engineer')],
      acceptSuggestionsFrom: async () => [highlight(5, QUOTE), highlight(6, 'the valley engineer')],
    });
    await settle();
    [...panel.querySelectorAll<HTMLButtonElement>('button')]
      .find((button) => button.textContent === 'Accept 2 of 3 from Oren Talvik')!
      .click();
    await settle();
    const left = [...panel.querySelectorAll<HTMLElement>('.suggestion-item')];
    expect(left.map((item) => item.dataset['suggestionKey'])).toEqual([suggestionKey(unsure)]);
    expect(document.activeElement).toBe(left[0]!.querySelector('button'));
  });

  test('ignores suggestions that arrive after it was closed', async () => {
    let answer: (suggestions: Suggestion[]) => void = () => undefined;
    const { panel, changes } = open({
      listSuggestions: () => new Promise((resolve) => (answer = resolve)),
    });
    const before = changes();
    reader!.destroy();
    reader = null;
    panel.replaceChildren();
    answer([suggestion(QUOTE)]);
    await settle();
    expect(panel.childElementCount).toBe(0);
    expect(changes()).toBe(before);
  });
});
