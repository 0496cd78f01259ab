// The app's undo history: each entry knows how to undo and redo one change the analyst made
// (a deleted article, an annotation edit). Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z walk it.
export interface UndoEntry {
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export interface UndoState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** `changed` hears what can be undone and redone after every change to the history. */
export function createUndoHistory(limit = 200, changed: (state: UndoState) => void = () => {}) {
  const done: UndoEntry[] = [];
  const undone: UndoEntry[] = [];
  let busy = false;
  const report = () => changed({ canUndo: done.length > 0, canRedo: undone.length > 0 });

  async function step(
    from: UndoEntry[],
    to: UndoEntry[],
    run: (entry: UndoEntry) => Promise<void>,
  ) {
    const entry = from.pop();
    if (!entry || busy) return null;
    busy = true;
    try {
      await run(entry);
      to.push(entry);
      report();
      return entry;
    } catch (error) {
      from.push(entry);
      throw error;
    } finally {
      busy = false;
    }
  }

  return {
    push(entry: UndoEntry): void {
      done.push(entry);
      if (done.length > limit) done.shift();
      undone.length = 0;
      report();
    },
    undo: () => step(done, undone, (entry) => entry.undo()),
    redo: () => step(undone, done, (entry) => entry.redo()),
    /** Forgets everything, e.g. when another notebook is opened. */
    clear(): void {
      done.length = 0;
      undone.length = 0;
      report();
    },
    canUndo: () => done.length > 0,
    canRedo: () => undone.length > 0,
  };
}

export type UndoHistory = ReturnType<typeof createUndoHistory>;
