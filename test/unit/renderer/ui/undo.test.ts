import { describe, expect, test } from 'vitest';
import { createUndoHistory, type UndoState } from '../../../../renderer/ui/undo';

function entry(log: string[], label: string) {
  return {
    label,
    undo: async () => void log.push(`undo ${label}`),
    redo: async () => void log.push(`redo ${label}`),
  };
}

describe('undo history', () => {
  test('undoes the newest change first and redoes it back', async () => {
    const log: string[] = [];
    const history = createUndoHistory();
    history.push(entry(log, 'first'));
    history.push(entry(log, 'second'));
    await history.undo();
    await history.undo();
    await history.redo();
    expect(log).toEqual(['undo second', 'undo first', 'redo first']);
  });

  test('reports what can be undone and redone after every change', async () => {
    const states: UndoState[] = [];
    const history = createUndoHistory(200, (state) => states.push(state));
    history.push(entry([], 'edit'));
    await history.undo();
    history.clear();
    expect(states).toEqual([
      { canUndo: true, canRedo: false },
      { canUndo: false, canRedo: true },
      { canUndo: false, canRedo: false },
    ]);
  });

  test('keeps an entry whose undo failed, so it can be tried again', async () => {
    const history = createUndoHistory();
    history.push({
      label: 'broken',
      undo: () => Promise.reject(new Error('offline')),
      redo: async () => undefined,
    });
    await expect(history.undo()).rejects.toThrow('offline');
    expect(history.canUndo()).toBe(true);
  });

  test('forgets the oldest entries beyond its limit', async () => {
    const log: string[] = [];
    const history = createUndoHistory(2);
    for (const label of ['a', 'b', 'c']) history.push(entry(log, label));
    while (await history.undo());
    expect(log).toEqual(['undo c', 'undo b']);
  });
});
