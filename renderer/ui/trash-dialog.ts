// The Trash: articles the analyst deleted, newest first, each with how many annotations it
// keeps and Restore (the article comes back with them). Deleting an article is undone here or by
// its toast's Undo, never by Ctrl+Z in another article. What to show once one is restored is the
// caller's.
import type { Api } from '../api';
import type { DeletedArticle } from '../../main/ipc/contract';
import { clear, h } from './dom';

export type TrashApi = Pick<Api, 'listDeletedArticles' | 'restoreArticle'>;

export interface TrashDialogOptions {
  api: TrashApi;
  restored(id: number): void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function openTrashDialog(options: TrashDialogOptions): Promise<void> {
  const { api } = options;
  const status = h('p', { className: 'dialog__lead', role: 'status', 'aria-live': 'polite' });
  const list = h('ul', { className: 'history-panel__list', 'aria-label': 'Deleted articles' });
  const closeButton = h('button', { type: 'submit', className: 'button' }, 'Close');
  const dialog = h(
    'dialog',
    { className: 'dialog dialog--wide', id: 'trash-dialog', 'aria-labelledby': 'trash-title' },
    h(
      'form',
      { method: 'dialog', className: 'dialog__form' },
      h('h2', { className: 'dialog__title', id: 'trash-title' }, 'Trash'),
      status,
      list,
      h('div', { className: 'dialog__actions' }, closeButton),
    ),
  );

  function row(article: DeletedArticle): HTMLLIElement {
    const annotations = `${article.annotationCount} annotation${article.annotationCount === 1 ? '' : 's'}`;
    const restore = h(
      'button',
      {
        type: 'button',
        className: 'button button--small',
        'aria-label': `Restore “${article.title}”`,
        onclick: async () => {
          restore.disabled = true;
          try {
            await api.restoreArticle({ id: article.id });
            options.restored(article.id);
            status.textContent = `Restored “${article.title}” with its ${annotations}.`;
            await load();
          } catch (error) {
            status.textContent = message(error);
            restore.disabled = false;
          }
        },
      },
      'Restore',
    );
    return h(
      'li',
      { className: 'history-panel__entry' },
      h(
        'div',
        { className: 'history-panel__text' },
        h('span', { className: 'history-panel__label' }, article.title),
        h(
          'span',
          { className: 'history-panel__meta' },
          [
            article.publisher,
            annotations,
            `deleted ${new Date(article.deletedAt).toLocaleString()}`,
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      ),
      restore,
    );
  }

  async function load(): Promise<void> {
    try {
      const deleted = await api.listDeletedArticles();
      clear(list);
      if (deleted.length === 0) status.textContent ||= 'The Trash is empty.';
      for (const article of deleted) list.append(row(article));
    } catch (error) {
      status.textContent = message(error);
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
