// Undo and Redo as the keys and menu run them: the open article's annotation journal, one
// click's change per step, and the status bar says what was undone in words. With no article
// open (a memo keeps its own ProseMirror history) there is nothing here to undo, and it says so
// rather than reaching into another article.
import type { Reader } from './reader';
import type { UndoHistory } from './undo';

export interface UndoCommandsOptions {
  history: UndoHistory;
  /** The open article and its reader, if an article is open. */
  open(): { articleId: number; reader: Reader } | null;
  setStatus(text: string): void;
  showError(error: unknown): void;
}

export function createUndoCommands(options: UndoCommandsOptions) {
  const { history, setStatus } = options;

  return async function undoOrRedo(direction: 'undo' | 'redo'): Promise<void> {
    const open = options.open();
    if (!open) {
      setStatus(`Nothing to ${direction} here: undo acts on the open article’s annotations.`);
      return;
    }
    try {
      const change = await (direction === 'undo'
        ? history.undo(open.articleId)
        : history.redo(open.articleId));
      if (change) {
        open.reader.applyChange(change);
        setStatus(`${direction === 'undo' ? 'Undid' : 'Redid'}: ${change.label}`);
      } else {
        setStatus(`Nothing to ${direction} in this article.`);
      }
    } catch (error) {
      options.showError(error);
    }
  };
}
