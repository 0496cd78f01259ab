// @vitest-environment happy-dom
import { NodeSelection } from 'prosemirror-state';
import { afterEach, describe, expect, test } from 'vitest';
import type { Api } from '../../../../renderer/api';
import type { SourceCheck } from '../../../../main/ipc/contract';
import { openMemo, type MemoHandle } from '../../../../renderer/ui/memo-view';
import { createToaster } from '../../../../renderer/ui/toast';
import { fakeApi, settle } from './fake-api';
import { paragraphNode, savedMemo } from './memo-fixtures';

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
});
