// The reader's undo: Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z act on the open article's annotations
// only, by replaying that article's journal in the notebook (which survives a reload). There is
// no app-wide stack: an article's deletion or its edited details have their own Undo (toast,
// Trash), so undo in one article can never reach another article or the library. This keeps
// what the menu needs to know (can the open article undo or redo?) and nothing else.
import type { Api } from '../api';
import type { AnnotationChange } from '../../main/ipc/contract';

export interface UndoState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export type UndoApi = Pick<Api, 'undoAnnotation' | 'redoAnnotation' | 'getAnnotationHistory'>;

/** `changed` hears what the open article can undo and redo after every change to it. */
export function createUndoHistory(api: UndoApi, changed: (state: UndoState) => void = () => {}) {
  let shown: number | null = null;
  let busy = false;

  async function show(articleId: number | null): Promise<void> {
    shown = articleId;
    if (articleId === null) {
      changed({ canUndo: false, canRedo: false });
      return;
    }
    const state = await api.getAnnotationHistory({ articleId });
    if (shown === articleId) changed(state);
  }

  async function step(
    articleId: number,
    direction: 'undo' | 'redo',
  ): Promise<AnnotationChange | null> {
    // One step at a time: a second Ctrl+Z while the first is on its way would replay twice
    // against a reader that has not yet drawn the first.
    if (busy) return null;
    busy = true;
    try {
      const change = await (direction === 'undo'
        ? api.undoAnnotation({ articleId })
        : api.redoAnnotation({ articleId }));
      if (change && shown === articleId)
        changed({ canUndo: change.canUndo, canRedo: change.canRedo });
      return change;
    } finally {
      busy = false;
    }
  }

  return {
    /** The article now open (or none): asks the notebook what can be undone there. */
    show,
    /** The notebook journalled a change to this article's annotations. */
    recorded(articleId: number): void {
      if (shown === articleId) void show(articleId).catch(() => undefined);
    },
    undo: (articleId: number) => step(articleId, 'undo'),
    redo: (articleId: number) => step(articleId, 'redo'),
  };
}

export type UndoHistory = ReturnType<typeof createUndoHistory>;
