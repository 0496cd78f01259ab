// Undo and Redo as the keys and menu run them. They walk this session's history first (a
// deleted article, edited details, annotation changes); once that is empty, the open
// article's annotation journal, kept in the notebook, goes further back, even after a
// reload. The status bar says what was undone.
import type { Api } from '../api';
import type { Reader } from './reader';
import type { UndoHistory } from './undo';

export interface UndoCommandsOptions {
  api: Api;
  history: UndoHistory;
  /** The open article and its reader, if an article is open. */
  open(): { articleId: number; reader: Reader } | null;
  setStatus(text: string): void;
  showError(error: unknown): void;
}

export function createUndoCommands(options: UndoCommandsOptions) {
  const { api, history, setStatus } = options;

  return async function undoOrRedo(direction: 'undo' | 'redo'): Promise<void> {
    const done = direction === 'undo' ? 'Undid' : 'Redid';
    try {
      if (direction === 'undo' ? history.canUndo() : history.canRedo()) {
        const entry = await (direction === 'undo' ? history.undo() : history.redo());
        if (entry) setStatus(`${done}: ${entry.label}`);
        return;
      }
      const open = options.open();
      if (!open) return;
      const change = await (direction === 'undo'
        ? api.undoAnnotation({ articleId: open.articleId })
        : api.redoAnnotation({ articleId: open.articleId }));
      if (change) {
        open.reader.applyChange(change);
        setStatus(`${done}: ${change.label}`);
      } else {
        setStatus(`Nothing to ${direction}.`);
      }
    } catch (error) {
      options.showError(error);
    }
  };
}
