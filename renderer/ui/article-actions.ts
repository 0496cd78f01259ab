// What the analyst can do to an open article from its header: edit its details, correct its
// text (annotations are re-anchored by the notebook, and the toast says how many moved or
// were lost), read its earlier versions, and delete it. A deletion and a details edit each have
// their own Undo in their toast (a deleted article also waits in the Trash), never Ctrl+Z,
// which belongs to the open article's annotations. It calls the API and reports back through
// `refresh`; it draws nothing but dialogs and toasts.
import type { Api } from '../api';
import type { Article } from '../../main/ipc/contract';
import { editMetadata } from './metadata-dialog';
import { showArticleVersions } from './revision-dialog';
import { correctText } from './text-dialog';
import type { Toaster } from './toast';

export interface ArticleActionsOptions {
  api: Api;
  toaster: Toaster;
  /** Reloads the notebook's lists and opens `openId` (or nothing). */
  refresh(openId: number | null): Promise<void>;
  /** Opens the article afresh, its annotations re-read. */
  reopen(id: number): Promise<void>;
  showError(error: unknown): void;
}

export function createArticleActions(options: ArticleActionsOptions) {
  const { api, toaster, refresh, showError } = options;

  async function editDetails(article: Article): Promise<void> {
    const changes = await editMetadata(article);
    if (!changes) return;
    try {
      const before = {
        title: article.title,
        author: article.author,
        publisher: article.publisher,
        dateline: article.dateline,
        publishedAt: article.publishedAt,
        language: article.language,
        sourceUrl: article.sourceUrl,
      };
      await api.updateArticle({ id: article.id, ...changes });
      await refresh(article.id);
      toaster.show(`Saved the details of “${article.title}”.`, {
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await api.updateArticle({ id: article.id, ...before });
              await refresh(article.id);
            } catch (error) {
              showError(error);
            }
          },
        },
      });
    } catch (error) {
      showError(error);
    }
  }

  async function reviseText(article: Article): Promise<void> {
    const text = await correctText(article);
    if (text === null) return;
    try {
      const revision = await api.reviseArticleText({ id: article.id, text });
      const moved = revision.fuzzy > 0 ? ` (${revision.fuzzy} by approximate match)` : '';
      const orphans = revision.orphaned.length;
      toaster.show(
        `Text corrected. ${revision.placed} annotation${revision.placed === 1 ? '' : 's'} kept their place${moved}` +
          (orphans > 0
            ? `; ${orphans} could not be placed and are listed under “Could not be placed”.`
            : '.'),
        { kind: orphans > 0 ? 'error' : 'info' },
      );
      await options.reopen(article.id);
    } catch (error) {
      showError(error);
    }
  }

  async function remove(article: Article): Promise<void> {
    try {
      await api.deleteArticle({ id: article.id });
      await refresh(null);
      toaster.show(`Moved “${article.title}” to the Trash.`, {
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await api.restoreArticle({ id: article.id });
              await refresh(article.id);
            } catch (error) {
              showError(error);
            }
          },
        },
      });
    } catch (error) {
      showError(error);
    }
  }

  const showVersions = (article: Article) => showArticleVersions(api, article).catch(showError);

  return { editDetails, reviseText, showVersions, remove };
}

export type ArticleActionHandlers = ReturnType<typeof createArticleActions>;
