// @vitest-environment happy-dom
// Editing a suggestion before accepting it, and Q on a suggested passage (renderer/ui/reader.ts
// with reader-suggestions.ts): nothing is stored, and no speaker made, before the analyst saves.
import { TextSelection } from 'prosemirror-state';
import { afterEach, describe, expect, test } from 'vitest';
import type { Api } from '../../../../renderer/api';
import { textOffsetToPos } from '../../../../renderer/reader/text-positions';
import { createAppStore } from '../../../../renderer/ui/app-state';
import { openReader, type Reader } from '../../../../renderer/ui/reader';
import { createToaster } from '../../../../renderer/ui/toast';
import { createUndoHistory } from '../../../../renderer/ui/undo';
import { ARTICLE_TEXT, article, highlight, suggestion } from './fixtures';
import { fakeApi, settle } from './fake-api';

let reader: Reader | null = null;
afterEach(() => {
  reader?.destroy();
  reader = null;
  document.body.replaceChildren();
});

const QUOTE = '“The dam will hold the spring floods,”';
const proposed = suggestion(QUOTE, { kind: 'indirect' });

function open(answers: Partial<Api> = {}) {
  const textHost = document.createElement('div');
  const panel = document.createElement('div');
  document.body.append(textHost, panel);
  const fake = fakeApi({
    listSuggestions: async () => [proposed],
    suggestSpeakers: async () => [],
    listTagPage: async () => ({ items: [], total: 0, next: null }),
    ...answers,
  });
  reader = openReader({
    api: fake.api,
    article: article(),
    highlights: [],
    textHost,
    panel,
    toaster: createToaster(document.body),
    history: createUndoHistory(fake.api),
    store: createAppStore(),
    onAnnotationsChanged: () => undefined,
  });
  const button = (label: string) =>
    [...panel.querySelectorAll<HTMLButtonElement>('button')].find(
      (item) => item.textContent === label,
    );
  return { ...fake, panel, button, opened: reader };
}

describe('editing a suggestion', () => {
  test('Edit opens the editor with the suggested speaker and accepts nothing', async () => {
    const { panel, button, calls } = open();
    await settle();
    button('Edit')!.click();
    await settle();
    expect(panel.querySelector<HTMLInputElement>('#annotation-speaker')!.value).toBe('Oren Talvik');
    expect(calls.map((call) => call.method)).not.toContain('acceptSuggestion');
    expect(calls.map((call) => call.method)).not.toContain('createSpeaker');
  });

  test('Close leaves the suggestion pending, and Edit again shows what was typed', async () => {
    const { panel, button, calls } = open();
    await settle();
    button('Edit')!.click();
    panel.querySelector<HTMLTextAreaElement>('#annotation-note')!.value = 'Ask the engineer';
    button('Close')!.click();
    await settle();
    expect(panel.querySelector('#annotation-note')).toBeNull();
    expect(panel.querySelector('[data-suggestion-key]')).not.toBeNull();
    button('Edit')!.click();
    expect(panel.querySelector<HTMLTextAreaElement>('#annotation-note')!.value).toBe(
      'Ask the engineer',
    );
    expect(calls.map((call) => call.method)).not.toContain('acceptSuggestion');
  });

  test('Accept in the editor creates the typed speaker and accepts with the description', async () => {
    const created = highlight(12, QUOTE, { kind: 'indirect', speakerId: 40 });
    const { panel, button, calls } = open({
      createSpeaker: async () => ({
        id: 40,
        name: 'Oren Talvik',
        aliases: [],
        role: null,
        country: null,
        quoteCount: 0,
        createdAt: '2026-01-05T09:00:00Z',
        updatedAt: '2026-01-05T09:00:00Z',
      }),
      acceptSuggestion: async () => created,
    });
    await settle();
    button('Edit')!.click();
    panel.querySelector<HTMLTextAreaElement>('#annotation-note')!.value = 'Ask the engineer';
    panel.querySelector<HTMLFormElement>('.annotation-editor')!.requestSubmit();
    await settle();
    const methods = calls.map((call) => call.method);
    expect(methods.indexOf('createSpeaker')).toBeLessThan(methods.indexOf('acceptSuggestion'));
    expect(calls.find((call) => call.method === 'acceptSuggestion')?.args).toEqual({
      articleId: 7,
      start: proposed.start,
      end: proposed.end,
      kind: 'indirect',
      edit: { kind: 'indirect', speakerId: 40, tagIds: [], note: 'Ask the engineer' },
    });
  });
});

describe('Q on a suggested passage', () => {
  test('accepts the suggestion with its speaker and kind instead of a bare quotation', async () => {
    const created = highlight(12, QUOTE, { kind: 'indirect', speakerId: 40 });
    const { opened, calls } = open({ acceptSuggestion: async () => created });
    await settle();
    const start = ARTICLE_TEXT.indexOf(QUOTE);
    const { doc } = opened.view.state;
    opened.view.dispatch(
      opened.view.state.tr.setSelection(
        TextSelection.create(
          doc,
          textOffsetToPos(doc, start),
          textOffsetToPos(doc, start + QUOTE.length),
        ),
      ),
    );
    opened.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'q', bubbles: true }));
    await settle();
    expect(calls.map((call) => call.method)).not.toContain('createHighlight');
    expect(calls.find((call) => call.method === 'acceptSuggestion')?.args).toMatchObject({
      kind: 'indirect',
      start,
    });
  });

  test('F on a suggested passage marks a figure and leaves the suggestion pending', async () => {
    const start = ARTICLE_TEXT.indexOf(QUOTE);
    const created = highlight(13, QUOTE, { kind: 'figure' });
    const { opened, calls } = open({ createHighlight: async () => created });
    await settle();
    const { doc } = opened.view.state;
    opened.view.dispatch(
      opened.view.state.tr.setSelection(
        TextSelection.create(
          doc,
          textOffsetToPos(doc, start),
          textOffsetToPos(doc, start + QUOTE.length),
        ),
      ),
    );
    opened.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', bubbles: true }));
    await settle();
    expect(calls.map((call) => call.method)).not.toContain('acceptSuggestion');
    expect(calls.find((call) => call.method === 'createHighlight')?.args).toMatchObject({
      kind: 'figure',
      start,
    });
  });
});
