// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { Api } from '../../../../renderer/api';
import { createAppStore } from '../../../../renderer/ui/app-state';
import { createToaster } from '../../../../renderer/ui/toast';
import { createUndoHistory } from '../../../../renderer/ui/undo';
import { createWorkspace } from '../../../../renderer/ui/workspace';
import { article, highlight } from './fixtures';
import { fakeApi, settle } from './fake-api';
import { savedMemo } from './memo-fixtures';

afterEach(() => document.body.replaceChildren());

function workspace(answers: Partial<Api> = {}) {
  const pane = document.createElement('main');
  const panel = document.createElement('div');
  document.body.append(pane, panel);
  const store = createAppStore();
  const heard: string[] = [];
  const fake = fakeApi({
    getArticle: async () => article(),
    listHighlights: async () => [highlight(1, 'The council met on Tuesday.')],
    listSuggestions: async () => [],
    getMemo: async () => savedMemo(),
    ...answers,
  });
  const component = createWorkspace({
    api: fake.api,
    store,
    history: createUndoHistory(fake.api),
    toaster: createToaster(document.body),
    pane,
    panel,
    articleActions: () => ({
      editDetails: async () => void heard.push('edit'),
      reviseText: async () => void heard.push('revise'),
      showVersions: async () => void heard.push('versions'),
      remove: async () => void heard.push('remove'),
    }),
    annotationsChanged: () => heard.push('annotations changed'),
    peopleChanged: async () => void heard.push('people changed'),
    memosChanged: async () => void heard.push('memos changed'),
    memoClosed: () => heard.push('memo closed'),
    pick: () => heard.push('pick'),
    showError: (error) => {
      throw error;
    },
  });
  return { ...fake, component, pane, panel, store, heard };
}

describe('workspace', () => {
  test('opens an article in the reader and keeps it in the store', async () => {
    const { component, pane, panel, store } = workspace();
    await component.openArticle(7);
    expect(store.get().openArticle?.id).toBe(7);
    expect(pane.querySelector('.reader__text')!.textContent).toContain('The dam will hold');
    expect(panel.querySelector('[data-highlight-id="1"]')).not.toBeNull();
    expect(component.reader()).not.toBeNull();
  });

  test('never lets a slow article replace what was opened after it', async () => {
    let answerSlow: () => void = () => undefined;
    const { component, store } = workspace({
      getArticle: (args) =>
        args!.id === 1
          ? new Promise(
              (resolve) => (answerSlow = () => resolve(article({ id: 1, title: 'Slow' }))),
            )
          : Promise.resolve(article({ id: 2, title: 'Fast' })),
    });
    const slow = component.openArticle(1);
    await component.openArticle(2);
    answerSlow();
    await slow;
    expect(store.get().openArticle?.title).toBe('Fast');
  });

  test('opens a memo in place of the reader and marks it open', async () => {
    const { component, pane, store, heard } = workspace();
    await component.openArticle(7);
    const reader = component.reader();
    await component.showMemo(3);
    expect(component.reader()).toBeNull();
    expect(reader!.view.isDestroyed).toBe(true);
    expect(store.get()).toMatchObject({ openArticle: null, openMemoId: 3 });
    expect(pane.querySelector('[aria-label="Memo text"]')).not.toBeNull();
    expect(heard).toContain('memos changed');
  });

  test('saves a memo with unsaved changes before something else opens', async () => {
    const { component, calls, store } = workspace({ saveMemoDocument: async () => savedMemo() });
    await component.showMemo(3);
    const { view } = component.memo()!;
    view.dispatch(view.state.tr.insertText('Draft. ', 1));
    component.showNoSelection();
    await settle();
    expect(calls.some((call) => call.method === 'saveMemoDocument')).toBe(true);
    expect(component.memo()).toBeNull();
    expect(store.get().openMemoId).toBeNull();
  });

  test('shows the empty notebook with an Import button that picks files', () => {
    const { component, pane, heard } = workspace();
    component.showEmptyNotebook();
    pane.querySelector<HTMLButtonElement>('.empty-state__actions button')!.click();
    expect(heard).toEqual(['pick']);
  });

  test('counts every navigation', async () => {
    const { component } = workspace();
    const before = component.navigation();
    await component.openArticle(7);
    await component.showMemo(3);
    expect(component.navigation()).toBe(before + 2);
  });
});
