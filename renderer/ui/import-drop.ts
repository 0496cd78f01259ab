// Ways articles come in through the window: the hidden file picker behind Import… and Mod+O,
// files or folders dragged onto the window (with an overlay while they hover), and an article
// pasted anywhere outside a field. Picked and dropped files go to `importFiles`; a paste is
// imported here and reported. What an import does to the page is the caller's.
import type { Api } from '../api';
import { h } from './dom';
import { ACCEPTED_TYPES, filesFromDrop } from './import';
import type { Toaster } from './toast';

export interface ImportDropOptions {
  api: Api;
  toaster: Toaster;
  importFiles(files: File[]): Promise<void>;
  /** A pasted article was stored; open it. */
  pasted(articleId: number | null): Promise<void>;
  showError(error: unknown): void;
}

export interface ImportDrop {
  /** The hidden file input; it lives in the toolbar so its picker opens from a click there. */
  readonly fileInput: HTMLInputElement;
  readonly overlay: HTMLElement;
  pick(): void;
}

const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');

export function createImportDrop(options: ImportDropOptions): ImportDrop {
  const { api, toaster } = options;
  const fileInput = h('input', {
    type: 'file',
    multiple: true,
    accept: ACCEPTED_TYPES,
    hidden: true,
    'aria-hidden': 'true',
    tabindex: -1,
  });
  const overlay = h(
    'div',
    { className: 'drop-overlay', hidden: true },
    h('div', { className: 'drop-overlay__card' }, 'Drop files or folders to import them'),
  );

  fileInput.addEventListener('change', () => {
    const files = [...(fileInput.files ?? [])];
    fileInput.value = '';
    void options.importFiles(files);
  });

  // Entering a child fires dragenter before the parent's dragleave, so depth is counted.
  let dragDepth = 0;
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragDepth += 1;
    overlay.hidden = false;
  });
  window.addEventListener('dragover', (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  window.addEventListener('dragleave', () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) overlay.hidden = true;
  });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    dragDepth = 0;
    overlay.hidden = true;
    if (event.dataTransfer)
      void filesFromDrop(event.dataTransfer).then(options.importFiles, options.showError);
  });

  async function importPaste(html: string, text: string): Promise<void> {
    try {
      const outcome = await api.importPaste(html.trim() ? { html, text } : { text });
      if (outcome.status === 'failed')
        toaster.show(outcome.error ?? 'The pasted text could not be imported.', { kind: 'error' });
      else if (outcome.status === 'duplicate')
        toaster.show(`“${outcome.title}” is already in the notebook.`);
      else {
        toaster.show(`Imported “${outcome.title}” from the clipboard.`);
        await options.pasted(outcome.articleId ?? null);
      }
    } catch (error) {
      options.showError(error);
    }
  }

  document.addEventListener('paste', (event) => {
    const target = event.target as HTMLElement | null;
    // The article's text is focusable but read-only: a paste there imports, like anywhere else.
    if (
      target?.closest('input, textarea, [contenteditable="true"], dialog') &&
      !target.closest('.reader__text')
    )
      return;
    const html = event.clipboardData?.getData('text/html') ?? '';
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!html.trim() && !text.trim()) return;
    event.preventDefault();
    void importPaste(html, text);
  });

  return { fileInput, overlay, pick: () => fileInput.click() };
}
