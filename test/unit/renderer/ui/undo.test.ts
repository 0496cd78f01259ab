import { describe, expect, test } from 'vitest';
import type { AnnotationChange } from '../../../../main/ipc/contract';
import { createUndoHistory, type UndoState } from '../../../../renderer/ui/undo';
import { fakeApi } from './fake-api';

const change = (articleId: number): AnnotationChange => ({
  label: `change in ${articleId}`,
  removed: [],
  upserted: [],
  canUndo: false,
  canRedo: true,
});

describe('reader undo history', () => {
  test('undo asks the notebook for the given article’s journal and no other', async () => {
    const fake = fakeApi({ undoAnnotation: async (args) => change(args!.articleId) });
    const history = createUndoHistory(fake.api);
    expect((await history.undo(4))?.label).toBe('change in 4');
    expect(fake.calls).toEqual([{ method: 'undoAnnotation', args: { articleId: 4 } }]);
  });

  test('reports what the open article can undo when it is shown', async () => {
    const states: UndoState[] = [];
    const fake = fakeApi({
      getAnnotationHistory: async () => ({ canUndo: true, canRedo: false }),
    });
    const history = createUndoHistory(fake.api, (state) => states.push(state));
    await history.show(4);
    await history.show(null);
    expect(states).toEqual([
      { canUndo: true, canRedo: false },
      { canUndo: false, canRedo: false },
    ]);
  });

  test('a step on an article that is no longer shown does not change what the menu shows', async () => {
    const states: UndoState[] = [];
    const fake = fakeApi({
      getAnnotationHistory: async () => ({ canUndo: true, canRedo: false }),
      redoAnnotation: async (args) => change(args!.articleId),
    });
    const history = createUndoHistory(fake.api, (state) => states.push(state));
    await history.show(4);
    await history.redo(9);
    expect(states).toEqual([{ canUndo: true, canRedo: false }]);
  });

  test('a second step pressed while the first is on its way is not replayed', async () => {
    let finish: (value: AnnotationChange) => void = () => undefined;
    const fake = fakeApi({
      undoAnnotation: () => new Promise((resolve) => (finish = resolve)),
    });
    const history = createUndoHistory(fake.api);
    const first = history.undo(4);
    expect(await history.undo(4)).toBeNull();
    finish(change(4));
    expect((await first)?.label).toBe('change in 4');
    expect(fake.calls).toHaveLength(1);
  });
});
