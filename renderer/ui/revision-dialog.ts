// Revisions in the app: when an import finds a newer copy of an article (outcome 'revision'),
// asks the analyst Update / Keep both / Skip in a modal dialog (real buttons, Update focused,
// Escape skips) and carries out the answer through the API, saying how the highlights
// re-anchored and naming those that could not be placed. Also the Versions dialog: an
// article's earlier texts, each readable (read-only). Knows the API and the DOM only.
import './revision-dialog.css';
import type { Api } from '../api';
import type { Article, ImportOutcome } from '../../main/ipc/contract';
import { clear, formatDate, h } from './dom';

export type RevisionChoice = 'update' | 'keep-both' | 'skip';

interface Notices {
  show(message: string, options?: { kind?: 'info' | 'error'; details?: string[] }): unknown;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Asks about one newer copy; resolves with the analyst's choice (Escape is Skip). */
export function askAboutRevision(outcome: ImportOutcome): Promise<RevisionChoice> {
  const title = outcome.title ?? outcome.path;
  const count = outcome.revision?.highlightCount ?? 0;
  const renamed = outcome.revision && outcome.revision.newTitle !== title;
  return new Promise((resolve) => {
    const button = (choice: RevisionChoice, label: string, primary = false) =>
      h(
        'button',
        {
          type: 'submit',
          value: choice,
          className: primary ? 'button button--primary' : 'button',
          ...(primary ? { autofocus: true } : {}),
        },
        label,
      );
    const form = h(
      'form',
      { method: 'dialog', className: 'dialog__form' },
      h(
        'h2',
        { className: 'dialog__title', id: 'revision-title' },
        `A newer version of “${title}”`,
      ),
      h(
        'p',
        { className: 'dialog__lead', id: 'revision-lead' },
        `Update it? ${count === 0 ? 'It has no highlights to re-anchor' : `Its ${plural(count, 'highlight', 'highlights')} will be re-anchored`}; the old text is kept.`,
      ),
      h(
        'p',
        { className: 'revision-dialog__changes' },
        `From ${outcome.path}${renamed ? `, titled “${outcome.revision!.newTitle}”` : ''}.`,
      ),
      h(
        'div',
        { className: 'dialog__actions' },
        button('skip', 'Skip'),
        button('keep-both', 'Keep both'),
        button('update', 'Update', true),
      ),
    );
    const dialog = h(
      'dialog',
      {
        className: 'dialog revision-dialog',
        'aria-labelledby': 'revision-title',
        'aria-describedby': 'revision-lead',
      },
      form,
    );
    dialog.addEventListener('close', () => {
      dialog.remove();
      const value = dialog.returnValue;
      resolve(value === 'update' || value === 'keep-both' ? value : 'skip');
    });
    document.body.appendChild(dialog);
    dialog.showModal();
  });
}

/**
 * Asks about each newer copy among an import's outcomes, one after another, and does what the
 * analyst chose. Returns the articles it updated or imported, to open the first.
 */
export async function resolveRevisions(
  api: Api,
  outcomes: readonly ImportOutcome[],
  notices: Notices,
): Promise<number[]> {
  const changed: number[] = [];
  for (const outcome of outcomes) {
    const revisionId = outcome.revision?.id;
    if (outcome.status !== 'revision' || !revisionId || outcome.articleId === undefined) continue;
    const choice = await askAboutRevision(outcome);
    try {
      if (choice === 'update') {
        const applied = await api.applyRevision({ revisionId, articleId: outcome.articleId });
        const orphans = applied.orphaned;
        notices.show(
          `Updated “${applied.article.title}”: ${plural(applied.placed, 'highlight', 'highlights')} re-anchored` +
            (orphans.length > 0
              ? `; ${plural(orphans.length, 'highlight', 'highlights')} could not be placed and ${orphans.length === 1 ? 'is' : 'are'} listed under “Could not be placed”.`
              : '. The old text is under Versions.'),
          {
            kind: orphans.length > 0 ? 'error' : 'info',
            details: orphans.map((highlight) => `“${highlight.exact}”`),
          },
        );
        changed.push(applied.article.id);
      } else if (choice === 'keep-both') {
        const kept = await api.keepRevisionAsNew({ revisionId });
        if (kept.articleId !== undefined && kept.status === 'imported')
          changed.push(kept.articleId);
        notices.show(
          kept.status === 'imported'
            ? `Imported “${kept.title}” as an article of its own.`
            : `“${kept.title}” is already in the notebook.`,
        );
      } else {
        await api.discardRevision({ revisionId });
      }
    } catch (error) {
      notices.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }
  return changed;
}

function paragraphs(text: string): HTMLElement[] {
  return text.split('\n\n').map((paragraph) => h('p', {}, paragraph));
}

/** The Versions dialog: the article's earlier texts, newest first, each readable. */
export async function showArticleVersions(api: Api, article: Article): Promise<void> {
  const versions = await api.listArticleVersions({ articleId: article.id });
  const viewer = h('section', { className: 'versions__viewer', 'aria-live': 'polite' });
  const list = h(
    'ol',
    { className: 'versions__list', 'aria-label': 'Earlier versions' },
    h(
      'li',
      { className: 'versions__item' },
      h(
        'span',
        { className: 'versions__label' },
        h('strong', {}, 'Current version'),
        h(
          'span',
          { className: 'versions__detail' },
          `${article.wordCount.toLocaleString()} words · since ${formatDate(article.updatedAt)}`,
        ),
      ),
    ),
    versions.map((version) =>
      h(
        'li',
        { className: 'versions__item' },
        h(
          'span',
          { className: 'versions__label' },
          h('strong', {}, version.title),
          h(
            'span',
            { className: 'versions__detail' },
            `${version.wordCount.toLocaleString()} words · replaced ${formatDate(version.replacedAt)}`,
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'button button--small',
            'aria-label': `Read the version replaced ${formatDate(version.replacedAt)}`,
            onclick: () => void read(version.id),
          },
          'Read',
        ),
      ),
    ),
  );

  async function read(id: number): Promise<void> {
    const version = await api.getArticleVersion({ id });
    clear(viewer);
    viewer.append(
      h('h3', {}, `${version.title} (replaced ${formatDate(version.replacedAt)})`),
      h(
        'div',
        {
          className: 'versions__text',
          tabIndex: 0,
          role: 'document',
          'aria-label': 'Earlier text (read-only)',
        },
        paragraphs(version.text),
      ),
    );
  }

  const dialog = h(
    'dialog',
    { className: 'dialog dialog--wide versions', 'aria-labelledby': 'versions-title' },
    h(
      'form',
      { method: 'dialog', className: 'dialog__form' },
      h(
        'h2',
        { className: 'dialog__title', id: 'versions-title' },
        `Versions of “${article.title}”`,
      ),
      versions.length === 0
        ? h(
            'p',
            { className: 'dialog__lead' },
            'No earlier versions: the text is as first imported (or corrected).',
          )
        : h(
            'p',
            { className: 'dialog__lead' },
            'Earlier texts, kept when a newer copy replaced them.',
          ),
      list,
      viewer,
      h(
        'div',
        { className: 'dialog__actions' },
        h(
          'button',
          { type: 'submit', className: 'button button--primary', value: 'close' },
          'Close',
        ),
      ),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.appendChild(dialog);
  dialog.showModal();
}
