// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { AnnotationChange } from '../../../../main/ipc/contract';
import type { Reader } from '../../../../renderer/ui/reader';
import { createUndoHistory } from '../../../../renderer/ui/undo';
import { createUndoCommands } from '../../../../renderer/ui/undo-commands';
import { fakeApi } from './fake-api';

const change: AnnotationChange = {
  label: 'Edit annotation',
  removed: [3],
  upserted: [],
  canUndo: true,
  canRedo: true,
};

function commands(options: { articleOpen: boolean; journal?: AnnotationChange | null }) {
  const applied: AnnotationChange[] = [];
  const statuses: string[] = [];
  const history = createUndoHistory();
  const reader = {
    applyChange: (item: AnnotationChange) => applied.push(item),
  } as unknown as Reader;
  const fake = fakeApi({
    undoAnnotation: async () => options.journal ?? null,
    redoAnnotation: async () => options.journal ?? null,
  });
  const undoOrRedo = createUndoCommands({
    api: fake.api,
    history,
    open: () => (options.articleOpen ? { articleId: 7, reader } : null),
    setStatus: (text) => statuses.push(text),
    showError: (error) => {
      throw error;
    },
  });
  return { ...fake, history, undoOrRedo, applied, statuses };
}

describe('undo commands', () => {
  test('undo the session’s own history first', async () => {
    const { history, undoOrRedo, calls, statuses } = commands({ articleOpen: true });
    let undone = 0;
    history.push({
      label: 'Delete article',
      undo: async () => void (undone += 1),
      redo: async () => {},
    });
    await undoOrRedo('undo');
    expect(undone).toBe(1);
    expect(calls).toEqual([]);
    expect(statuses).toEqual(['Undid: Delete article']);
  });

  test('go back through the open article’s journal once the session’s history is empty', async () => {
    const { undoOrRedo, calls, applied, statuses } = commands({
      articleOpen: true,
      journal: change,
    });
    await undoOrRedo('redo');
    expect(calls).toEqual([{ method: 'redoAnnotation', args: { articleId: 7 } }]);
    expect(applied).toEqual([change]);
    expect(statuses).toEqual(['Redid: Edit annotation']);
  });

  test('say when the journal has nothing left', async () => {
    const { undoOrRedo, statuses } = commands({ articleOpen: true, journal: null });
    await undoOrRedo('undo');
    expect(statuses).toEqual(['Nothing to undo.']);
  });

  test('do nothing with no article open and no history', async () => {
    const { undoOrRedo, calls, statuses } = commands({ articleOpen: false });
    await undoOrRedo('undo');
    expect(calls).toEqual([]);
    expect(statuses).toEqual([]);
  });
});
