// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { ImportOutcome } from '../../../../main/ipc/contract';
import { createImportDrop } from '../../../../renderer/ui/import-drop';
import { createToaster } from '../../../../renderer/ui/toast';
import { fakeApi, settle } from './fake-api';

afterEach(() => document.body.replaceChildren());

function drop(
  outcome: ImportOutcome = {
    path: 'clipboard',
    status: 'imported',
    articleId: 4,
    title: 'Dam news',
  },
) {
  const imported: File[][] = [];
  const pasted: (number | null)[] = [];
  const fake = fakeApi({ importPaste: async () => outcome });
  const component = createImportDrop({
    api: fake.api,
    toaster: createToaster(document.body),
    importFiles: async (files) => void imported.push(files),
    pasted: async (articleId) => void pasted.push(articleId),
    showError: (error) => {
      throw error;
    },
  });
  document.body.append(component.fileInput, component.overlay);
  const paste = (target: EventTarget, text: string, html = '') => {
    const event = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, 'clipboardData', {
      value: { getData: (type: string) => (type === 'text/html' ? html : text) },
    });
    target.dispatchEvent(event);
    return event;
  };
  const drag = (type: string, types: string[] = ['Files']) => {
    const event = new Event(type, { bubbles: true, cancelable: true }) as DragEvent;
    Object.defineProperty(event, 'dataTransfer', { value: { types, items: [] } });
    window.dispatchEvent(event);
    return event;
  };
  return { ...fake, component, imported, pasted, paste, drag };
}

const toasts = () =>
  [...document.querySelectorAll('.toast__message')].map((item) => item.textContent);

describe('import drop', () => {
  test('keeps a hidden picker that accepts the importable formats', () => {
    const { component } = drop();
    expect(component.fileInput.type).toBe('file');
    expect(component.fileInput.multiple).toBe(true);
    expect(component.fileInput.accept).toContain('.docx');
    expect(component.fileInput.hidden).toBe(true);
  });

  test('shows the overlay while files are dragged over the window, not for other drags', () => {
    const { component, drag } = drop();
    drag('dragenter', ['text/plain']);
    expect(component.overlay.hidden).toBe(true);
    expect(drag('dragenter').defaultPrevented).toBe(true);
    drag('dragenter');
    drag('dragleave');
    expect(component.overlay.hidden).toBe(false);
    drag('dragleave');
    expect(component.overlay.hidden).toBe(true);
  });

  test('imports a pasted article and opens it', async () => {
    const { paste, calls, pasted } = drop();
    const event = paste(document.body, 'The dam will hold.');
    await settle();
    expect(event.defaultPrevented).toBe(true);
    expect(calls[0]).toEqual({ method: 'importPaste', args: { text: 'The dam will hold.' } });
    expect(pasted).toEqual([4]);
    expect(toasts()).toEqual(['Imported “Dam news” from the clipboard.']);
  });

  test('sends pasted HTML along with its text', async () => {
    const { paste, calls } = drop();
    paste(document.body, 'Dam', '<p>Dam</p>');
    await settle();
    expect(calls[0]!.args).toEqual({ html: '<p>Dam</p>', text: 'Dam' });
  });

  test('says a pasted article is already in the notebook, and opens nothing', async () => {
    const { paste, pasted } = drop({ path: 'clipboard', status: 'duplicate', title: 'Dam news' });
    paste(document.body, 'The dam will hold.');
    await settle();
    expect(pasted).toEqual([]);
    expect(toasts()).toEqual(['“Dam news” is already in the notebook.']);
  });

  test('leaves a paste into a field, or an empty one, alone', async () => {
    const { paste, calls } = drop();
    const field = document.createElement('textarea');
    document.body.append(field);
    expect(paste(field, 'typed words').defaultPrevented).toBe(false);
    expect(paste(document.body, '   ').defaultPrevented).toBe(false);
    await settle();
    expect(calls).toEqual([]);
  });
});
