// @vitest-environment happy-dom
import { NodeSelection } from 'prosemirror-state';
import { undo } from 'prosemirror-history';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Api } from '../../../../renderer/api';
import type { SourceCheck } from '../../../../main/ipc/contract';
import { openMemo, type MemoHandle } from '../../../../renderer/ui/memo-view';
import { createToaster } from '../../../../renderer/ui/toast';
import { fakeApi, settle } from './fake-api';
import { paragraphNode, quotationNode, savedMemo } from './memo-fixtures';
import { memoSchema, quotationsIn } from '../../../../renderer/memo/schema';

let memo: MemoHandle | null = null;
afterEach(() => {
  memo?.destroy();
  memo = null;
  document.body.replaceChildren();
});

function open(answers: Partial<Api>) {
  const host = document.createElement('div');
  const panel = document.createElement('div');
  document.body.append(host, panel);
  const fake = fakeApi(answers);
  memo = openMemo(
    {
      api: fake.api,
      toaster: createToaster(document.body),
      host,
      panel,
      changed: async () => undefined,
      closed: () => undefined,
    },
    savedMemo(),
  );
  const button = (name: string) =>
    [...host.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent === name,
    )!;
  const flagged = () =>
    [...host.querySelectorAll<HTMLElement>('.memo-quotation--flagged')].map((element) => ({
      highlightId: element.dataset['highlightId'],
      title: element.title,
    }));
  return { ...fake, host, panel, memo, button, flagged };
}

const deleted: SourceCheck = {
  blockIndex: 3,
  highlightId: 12,
  exact: 'Work starts in May.',
  speaker: 'Oren Talvik',
  problems: [
    {
      highlightId: 12,
      shown: true,
      code: 'highlight-deleted',
      message: 'The highlight was deleted.',
    },
  ],
};

describe('memo view', () => {
  test('flags the quotation whose source no longer checks out, and lists it', async () => {
    const { button, flagged, panel } = open({ checkMemoSources: async () => [deleted] });
    button('Check sources').click();
    await settle();
    expect(flagged()).toEqual([{ highlightId: '12', title: 'The highlight was deleted.' }]);
    expect(panel.querySelector('[aria-label="Source check"]')!.textContent).toContain(
      'Work starts in May.',
    );
  });

  test('keeps the flag on the same quotation after a paragraph is written above it', async () => {
    const {
      button,
      flagged,
      memo: opened,
    } = open({
      checkMemoSources: async () => [deleted],
    });
    button('Check sources').click();
    await settle();
    const { view } = opened;
    view.dispatch(view.state.tr.insert(0, paragraphNode('Read this first.')));
    view.dispatch(view.state.tr.insert(0, paragraphNode('And this.')));
    expect(flagged()).toEqual([{ highlightId: '12', title: 'The highlight was deleted.' }]);
  });

  test('saves an edited memo before checking its sources', async () => {
    const saved = savedMemo();
    const {
      button,
      calls,
      memo: opened,
      host,
    } = open({
      saveMemoDocument: async () => saved,
      checkMemoSources: async () => [],
    });
    const { view } = opened;
    view.dispatch(view.state.tr.insert(0, paragraphNode('New opening.')));
    expect(opened.isDirty()).toBe(true);
    expect(host.querySelector('.memo__status')!.textContent).toBe('Unsaved changes');
    button('Check sources').click();
    await settle();
    expect(calls.map((call) => call.method)).toEqual(['saveMemoDocument', 'checkMemoSources']);
    expect(opened.isDirty()).toBe(false);
    expect(host.querySelector('.memo__status')!.textContent).toBe('Saved');
  });

  test('enables the quotation tools only while a quotation is selected', () => {
    const { host, memo: opened } = open({});
    const tools = host.querySelector('[aria-label="Selected quotation"]')!;
    const enabled = () =>
      [...tools.querySelectorAll('button')]
        .filter((button) => !button.disabled)
        .map((b) => b.textContent);
    expect(enabled()).toEqual([]);
    const { view } = opened;
    let position = -1;
    view.state.doc.forEach((node, offset) => {
      if (node.attrs['highlightId'] === 12) position = offset;
    });
    view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, position)));
    expect(enabled()).toEqual(['Move up', 'Note…']);
  });

  test('saves itself two seconds after the last edit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { calls, memo: opened } = open({ saveMemoDocument: async () => savedMemo() });
      const { view } = opened;
      view.dispatch(view.state.tr.insert(0, paragraphNode('One.')));
      await vi.advanceTimersByTimeAsync(1500);
      view.dispatch(view.state.tr.insert(0, paragraphNode('Two.')));
      await vi.advanceTimersByTimeAsync(1500);
      expect(calls.map((call) => call.method)).toEqual([]);
      await vi.advanceTimersByTimeAsync(600);
      expect(calls.map((call) => call.method)).toEqual(['saveMemoDocument']);
      expect(opened.isDirty()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  test('exporting a memo with unresolved source problems asks first, naming them', async () => {
    const { calls, host } = open({ checkMemoSources: async () => [deleted] });
    const select = host.querySelector<HTMLSelectElement>('.memo__export')!;
    select.value = 'md';
    select.dispatchEvent(new Event('change'));
    await settle();
    const dialog = document.querySelector('dialog')!;
    expect(dialog.textContent).toContain('1 quotation has unresolved source problems');
    expect(dialog.textContent).toContain('Work starts in May.');
    [...dialog.querySelectorAll('button')]
      .find((button) => button.textContent === 'Cancel')!
      .click();
    await settle();
    expect(calls.map((call) => call.method)).toEqual(['checkMemoSources']);
  });

  test('Fix all updates every flagged citation as one undoable step', async () => {
    const moved: SourceCheck = {
      blockIndex: 1,
      highlightId: 11,
      exact: 'The dam will hold the spring floods.',
      speaker: 'Oren Talvik',
      problems: [
        {
          highlightId: 11,
          shown: true,
          code: 'citation-moved',
          message: 'The passage is now in paragraph 5, not paragraph 3.',
          current: {
            highlightId: 11,
            articleId: 7,
            exact: 'The dam will hold the spring floods.',
            start: 90,
            end: 126,
            paragraph: 5,
            title: 'Varn valley dam approved',
            author: null,
            publisher: 'The Tessaly Herald',
            publishedAt: '2033-04-02',
          },
        },
      ],
    };
    const { button, panel, memo: opened } = open({ checkMemoSources: async () => [moved] });
    button('Check sources').click();
    await settle();
    [...panel.querySelectorAll('button')].find((one) => one.textContent === 'Fix all…')!.click();
    await settle();
    const dialog = document.querySelector('dialog')!;
    expect(dialog.textContent).toContain('Update to paragraph 5');
    [...dialog.querySelectorAll('button')].find((one) => one.textContent === 'Fix all')!.click();
    await settle();
    const { view } = opened;
    expect(quotationsIn(view.state.doc).map((found) => found.attrs.paragraph)).toEqual([5, 3]);
    expect(panel.textContent).toContain('All sources check out');
    undo(view.state, view.dispatch);
    expect(quotationsIn(view.state.doc).map((found) => found.attrs.paragraph)).toEqual([3, 3]);
  });

  test('restoring a version shows it, and undo brings back the memo it replaced', async () => {
    const restoredDoc = memoSchema.nodes['doc']!.create(null, [
      quotationNode(11, 'The dam will hold the spring floods.'),
    ]);
    const version = {
      id: 5,
      memoId: 3,
      title: 'Dam briefing',
      savedAt: '2033-04-03T08:00:00Z',
      keptAt: '2033-04-04T08:00:00Z',
      size: 800,
      wordCount: 7,
      quotationCount: 1,
    };
    const { button, memo: opened } = open({
      listMemoVersions: async () => [version],
      restoreMemoVersion: async () => ({
        ...savedMemo(),
        document: restoredDoc.toJSON() as ReturnType<typeof savedMemo>['document'],
      }),
    });
    button('Versions').click();
    await settle();
    const dialog = document.querySelector('dialog')!;
    expect(dialog.textContent).toContain('7 words, 1 quotation');
    [...dialog.querySelectorAll('button')].find((one) => one.textContent === 'Restore')!.click();
    await settle();
    const { view } = opened;
    expect(quotationsIn(view.state.doc).map((found) => found.attrs.highlightId)).toEqual([11]);
    expect(opened.isDirty()).toBe(false);
    undo(view.state, view.dispatch);
    expect(quotationsIn(view.state.doc).map((found) => found.attrs.highlightId)).toEqual([11, 12]);
  });
});
