// The middle pane's article states: the empty notebook's first steps, "Choose an article", and
// an open article's header (title, byline, actions) above the host the reader draws its text
// in, with what the Annotations panel says in each case. It lays out; the reader and the
// shell's actions do the work.
import type { Article } from '../../main/ipc/contract';
import { clear, formatDate, h } from './dom';

export interface ArticleActions {
  editDetails(): void;
  correctText(): void;
  versions(): void;
  remove(): void;
}

/** What the Annotations panel says when no reader fills it. */
export function showPanelNote(panel: HTMLElement, text: string): void {
  clear(panel);
  panel.appendChild(h('p', { className: 'pane-empty' }, text));
}

export function showEmptyNotebook(pane: HTMLElement, panel: HTMLElement, pick: () => void): void {
  clear(pane);
  pane.appendChild(
    h(
      'section',
      { className: 'empty-state', 'aria-labelledby': 'empty-title' },
      h('h1', { id: 'empty-title', className: 'empty-state__title' }, 'Your notebook is empty'),
      h(
        'p',
        { className: 'empty-state__lead' },
        'Start by bringing in the articles you follow this week.',
      ),
      h(
        'ol',
        { className: 'empty-state__steps' },
        h(
          'li',
          {},
          h('strong', {}, 'Import articles. '),
          'Choose ',
          h('em', {}, 'Import…'),
          ', drop text, Markdown, HTML, PDF or Word files (or whole folders) on this window, paste an article, or run ',
          h('code', {}, 'dossier import FOLDER'),
          ' in a terminal.',
        ),
        h(
          'li',
          {},
          h('strong', {}, 'Read and highlight. '),
          'Select a passage, mark it as a quotation and name who said it.',
        ),
        h(
          'li',
          {},
          h('strong', {}, 'Tag and compile. '),
          'Tag quotations by topic and compile them into a briefing memo with exact citations.',
        ),
      ),
      h(
        'div',
        { className: 'empty-state__actions' },
        h(
          'button',
          { type: 'button', className: 'button button--primary', onclick: pick },
          'Import articles…',
        ),
      ),
    ),
  );
  showPanelNote(panel, 'Highlights and quotations of the open article appear here.');
}

export function showNoSelection(pane: HTMLElement, panel: HTMLElement): void {
  clear(pane);
  pane.appendChild(
    h(
      'section',
      { className: 'empty-state' },
      h('h1', { className: 'empty-state__title' }, 'Choose an article'),
      h(
        'p',
        { className: 'empty-state__lead' },
        'Pick an article from the library, or search for a phrase.',
      ),
    ),
  );
  showPanelNote(panel, 'Open an article to see its annotations.');
}

/** Lays out an open article and returns the element the reader's text goes in. */
export function showArticle(pane: HTMLElement, article: Article, actions: ArticleActions) {
  clear(pane);
  const meta = [
    article.author ? `By ${article.author}` : null,
    article.dateline,
    article.publisher,
    formatDate(article.publishedAt),
    `${article.wordCount.toLocaleString()} words`,
  ].filter(Boolean);
  const action = (label: string, run: () => void, danger = false) =>
    h(
      'button',
      {
        type: 'button',
        className: `button button--small${danger ? ' button--danger' : ''}`,
        onclick: run,
      },
      label,
    );
  const textHost = h('div', { className: 'reader__body' });
  pane.appendChild(
    h(
      'article',
      { className: 'reader', 'aria-labelledby': 'reader-title' },
      h(
        'header',
        { className: 'reader__header' },
        h('h1', { id: 'reader-title', className: 'reader__title' }, article.title),
        h('p', { className: 'reader__meta' }, meta.join(' · ')),
        h(
          'div',
          { className: 'reader__actions' },
          action('Edit details', actions.editDetails),
          action('Correct text…', actions.correctText),
          action('Versions', actions.versions),
          action('Delete', actions.remove, true),
        ),
        h(
          'p',
          { className: 'reader__hint' },
          'Select a passage, then press Q (quote), I (indirect), T (term), F (figure) or H (highlight).',
        ),
      ),
      textHost,
    ),
  );
  return textHost;
}
