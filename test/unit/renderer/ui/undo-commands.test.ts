// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { AnnotationChange } from '../../../../main/ipc/contract';
import type { Reader } from '../../../../renderer/ui/reader';
import { createUndoHistory } from '../../../../renderer/ui/undo';
import { createUndoCommands } from '../../../../renderer/ui/undo-commands';
import { fakeApi } from './fake-api';

const change: AnnotationChange = {
  label: 'tag ‘ports’ on quotation “We will dredge”',
  removed: [3],
  upserted: [],
  canUndo: true,
  canRedo: true,
};

function commands(options: { articleOpen: boolean; journal?: AnnotationChange | null }) {
  const applied: AnnotationChange[] = [];
  const statuses: string[] = [];
  const reader = {
    applyChange: (item: AnnotationChange) => applied.push(item),
  } as unknown as Reader;
  const fake = fakeApi({
    undoAnnotation: async () => options.journal ?? null,
    redoAnnotation: async () => options.journal ?? null,
  });
  const undoOrRedo = createUndoCommands({
    history: createUndoHistory(fake.api),
    open: () => (options.articleOpen ? { articleId: 7, reader } : null),
    setStatus: (text) => statuses.push(text),
    showError: (error) => {
      throw error;
    },
  });
  return { ...fake, undoOrRedo, applied, statuses };
}

describe('undo commands', () => {
  test('undo replays the open article’s journal and says what was undone', async () => {
    const { undoOrRedo, calls, applied, statuses } = commands({
      articleOpen: true,
      journal: change,
    });
    await undoOrRedo('undo');
    expect(calls).toEqual([{ method: 'undoAnnotation', args: { articleId: 7 } }]);
    expect(applied).toEqual([change]);
    expect(statuses).toEqual(['Undid: tag ‘ports’ on quotation “We will dredge”']);
  });

  test('redo goes forward in the open article’s journal', async () => {
    const { undoOrRedo, calls, statuses } = commands({ articleOpen: true, journal: change });
    await undoOrRedo('redo');
    expect(calls).toEqual([{ method: 'redoAnnotation', args: { articleId: 7 } }]);
    expect(statuses[0]).toMatch(/^Redid: /);
  });

  test('say when the article’s journal has nothing left', async () => {
    const { undoOrRedo, statuses } = commands({ articleOpen: true, journal: null });
    await undoOrRedo('undo');
    expect(statuses).toEqual(['Nothing to undo in this article.']);
  });

  test('with no article open, ask the notebook nothing and say why', async () => {
    const { undoOrRedo, calls, statuses } = commands({ articleOpen: false });
    await undoOrRedo('undo');
    expect(calls).toEqual([]);
    expect(statuses[0]).toMatch(/^Nothing to undo here/);
  });
});
