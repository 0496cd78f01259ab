// The window's frame: the toolbar (brand, search, Import…, New memo…, Backups…, Export…,
// Figures), the library sidebar, the article pane, the Annotations panel and the status bar,
// in that order, so landmarks and tab order read as the analyst sees them. It places the
// components it is handed and owns only the status bar's text.
import type { NotebookInfo } from '../../main/ipc/contract';
import { h } from './dom';

export interface ShellParts {
  search: HTMLElement;
  importButton: HTMLElement;
  newMemo(): void;
  openBackups(): void;
  /** The Export dialog: files other tools read. */
  openExport(): void;
  /** The Figures view: the articles' numeric claims side by side. */
  openFigures(): void;
  fileInput: HTMLElement;
  sidebar: HTMLElement;
}

export function createShellLayout(parts: ShellParts) {
  const status = h('p', { className: 'status-bar__text', 'aria-live': 'polite' });
  const notebookName = h('span', { className: 'status-bar__notebook' });
  const articlePane = h('main', { className: 'article-pane', 'aria-label': 'Article' });
  const annotationsBody = h('div', { className: 'annotations__body' });
  const element = h(
    'div',
    { className: 'shell' },
    h(
      'header',
      { className: 'toolbar' },
      h(
        'div',
        { className: 'toolbar__brand' },
        h('img', { src: './icon.svg', alt: '', width: 22, height: 22 }),
        'Dossier',
      ),
      parts.search,
      parts.importButton,
      h(
        'button',
        { className: 'button', type: 'button', onclick: () => parts.newMemo() },
        'New memo…',
      ),
      h(
        'button',
        { className: 'button', type: 'button', onclick: () => parts.openBackups() },
        'Backups…',
      ),
      h(
        'button',
        { className: 'button', type: 'button', onclick: () => parts.openExport() },
        'Export…',
      ),
      h(
        'button',
        { className: 'button', type: 'button', onclick: () => parts.openFigures() },
        'Figures',
      ),
      parts.fileInput,
    ),
    parts.sidebar,
    articlePane,
    h(
      'aside',
      { className: 'annotations', role: 'region', 'aria-label': 'Annotations' },
      h(
        'div',
        { className: 'pane-header' },
        h('h2', { className: 'pane-header__title' }, 'Annotations'),
      ),
      annotationsBody,
    ),
    h('footer', { className: 'status-bar' }, notebookName, status),
  );

  function setStatus(text: string): void {
    status.textContent = text;
  }

  return {
    element,
    articlePane,
    annotationsBody,
    setStatus,
    /** Names the open notebook in the status bar and the window title. */
    showNotebook(info: NotebookInfo): void {
      notebookName.textContent = info.file;
      notebookName.title = info.file;
      setStatus(`${info.articleCount} ${info.articleCount === 1 ? 'article' : 'articles'}`);
      document.title = `Dossier — ${info.file.split(/[\\/]/).pop() ?? 'notebook'}`;
    },
  };
}

export type ShellLayout = ReturnType<typeof createShellLayout>;
