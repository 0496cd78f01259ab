// The History dialog: the notebook's recent annotation changes, newest first, each with its
// article and when it was made, and Revert on any one of them (only what that change altered is
// put back, as a new change its article's Ctrl+Z can undo). It talks to two API methods; what to
// do with a reverted change (apply it to the open reader, or open its article) is the caller's.
import type { Api } from '../api';
import type { AnnotationHistoryEntry, AnnotationRevert } from '../../main/ipc/contract';
import { clear, h } from './dom';

export type HistoryApi = Pick<Api, 'listAnnotationChanges' | 'revertAnnotationChange'>;

export interface HistoryPanelOptions {
  api: HistoryApi;
  /** A change was reverted: show it where its article is open. */
  reverted(change: AnnotationRevert): void;
  openArticle(id: number): void;
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function openHistoryPanel(options: HistoryPanelOptions): Promise<void> {
  const { api } = options;
  const status = h('p', { className: 'dialog__lead', role: 'status', 'aria-live': 'polite' });
  const list = h('ol', { className: 'history-panel__list', 'aria-label': 'Recent changes' });
  const closeButton = h('button', { type: 'submit', className: 'button' }, 'Close');
  const dialog = h(
    'dialog',
    { className: 'dialog dialog--wide', id: 'history-panel', 'aria-labelledby': 'history-title' },
    h(
      'form',
      { method: 'dialog', className: 'dialog__form' },
      h('h2', { className: 'dialog__title', id: 'history-title' }, 'Annotation history'),
      h(
        'p',
        { className: 'dialog__lead' },
        'Every change to annotations in the notebook, newest first. Revert takes back one change, whatever came after it; Ctrl/Cmd+Z in its article undoes the revert.',
      ),
      status,
      list,
      h('div', { className: 'dialog__actions' }, closeButton),
    ),
  );

  function row(entry: AnnotationHistoryEntry): HTMLLIElement {
    const revert = h(
      'button',
      {
        type: 'button',
        className: 'button button--small',
        disabled: entry.undone,
        title: entry.undone ? 'Undone already: redo it in its article' : undefined,
        onclick: () => void revertEntry(entry, revert),
      },
      'Revert',
    );
    return h(
      'li',
      {
        className: `history-panel__entry${entry.undone ? ' history-panel__entry--undone' : ''}`,
        'data-change-id': entry.id,
      },
      h(
        'div',
        { className: 'history-panel__text' },
        h('span', { className: 'history-panel__label' }, entry.label),
        h(
          'span',
          { className: 'history-panel__meta' },
          h(
            'button',
            {
              type: 'button',
              className: 'link-button',
              onclick: () => {
                dialog.close();
                options.openArticle(entry.articleId);
              },
            },
            entry.articleTitle,
          ),
          ` · ${formatTime(entry.createdAt)}${entry.undone ? ' · undone' : ''}`,
        ),
      ),
      revert,
    );
  }

  async function load(): Promise<void> {
    try {
      const entries = await api.listAnnotationChanges({ limit: 200 });
      clear(list);
      if (entries.length === 0) status.textContent = 'No annotation changes yet.';
      for (const entry of entries) list.append(row(entry));
    } catch (error) {
      status.textContent = message(error);
    }
  }

  async function revertEntry(entry: AnnotationHistoryEntry, button: HTMLButtonElement) {
    button.disabled = true;
    try {
      const change = await api.revertAnnotationChange({ id: entry.id });
      options.reverted(change);
      status.textContent = `Reverted: ${entry.label} (in “${entry.articleTitle}”).`;
      await load();
    } catch (error) {
      status.textContent = message(error);
      button.disabled = false;
    }
  }

  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve();
    });
    document.body.append(dialog);
    dialog.showModal();
    closeButton.focus();
    void load();
  });
}
