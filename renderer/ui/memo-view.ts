// A briefing memo open in the app: the editable memo (a ProseMirror document whose
// quotations are atoms: they can be moved, cut and annotated but their words not changed),
// saving, renaming, duplicating, deleting, exporting, and "Check sources", which flags the
// quotations whose source changed or vanished (the source flags plugin keeps each flag on its
// quotation while the analyst edits). Composing a new memo is memo-compose.ts.
import { EditorState, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { history, undo as historyUndo, redo as historyRedo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, setBlockType, toggleMark } from 'prosemirror-commands';
import type { Api } from '../api';
import type { MemoFormat, SavedMemo } from '../../main/ipc/contract';
import { memoDocFromJson, memoSchema } from '../memo/schema';
import { quotationGuard } from '../memo/quotation-guard';
import { setSourceFlags, sourceFlags } from '../memo/source-flags';
import { clear, h } from './dom';
import { createQuotationToolbar } from './memo-quotation-toolbar';
import { renderSourceChecks } from './source-checks-panel';
import type { Toaster } from './toast';

export interface MemoViewContext {
  api: Api;
  toaster: Toaster;
  host: HTMLElement;
  panel: HTMLElement;
  changed: () => Promise<void>;
  closed: () => void;
}

const FORMATS: { format: MemoFormat; label: string }[] = [
  { format: 'md', label: 'Markdown (.md)' },
  { format: 'html', label: 'Web page (.html)' },
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'pdf', label: 'PDF (.pdf)' },
];

function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function download(fileName: string, mimeType: string, data: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(data)], { type: mimeType }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens a saved memo for editing; returns a handle the shell uses to export or close it. */
export function openMemo(context: MemoViewContext, memo: SavedMemo) {
  const { api, toaster, host, panel } = context;
  let saved = memo;
  let dirty = false;

  const titleInput = h('input', {
    className: 'memo__title',
    value: memo.title,
    'aria-label': 'Memo title',
  });
  const status = h('span', { className: 'memo__status', 'aria-live': 'polite' }, 'Saved');
  const saveButton = h(
    'button',
    {
      type: 'button',
      className: 'button button--small button--primary',
      onclick: () => void save(),
    },
    'Save',
  );
  const exportSelect = h(
    'select',
    { 'aria-label': 'Export memo as', className: 'memo__export' },
    h('option', { value: '' }, 'Export…'),
    FORMATS.map(({ format, label }) => h('option', { value: format }, label)),
  );
  exportSelect.addEventListener('change', () => {
    const format = exportSelect.value as MemoFormat | '';
    exportSelect.value = '';
    if (format) void exportAs(format);
  });
  const editorHost = h('div', { className: 'memo__document' });
  clear(host);
  host.appendChild(
    h(
      'section',
      { className: 'memo', 'aria-label': 'Memo' },
      h(
        'header',
        { className: 'memo__toolbar' },
        titleInput,
        status,
        h('span', { className: 'toolbar__spacer' }),
        saveButton,
        h(
          'button',
          { type: 'button', className: 'button button--small', onclick: () => void checkSources() },
          'Check sources',
        ),
        exportSelect,
        h(
          'button',
          { type: 'button', className: 'button button--small', onclick: () => void duplicate() },
          'Duplicate',
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'button button--small button--danger',
            onclick: () => void remove(),
          },
          'Delete',
        ),
      ),
      h(
        'p',
        { className: 'reader__hint' },
        'Edit freely: add paragraphs, reorder or cut quotations (drag them, or select and cut). A quotation’s words cannot be changed, so every quote stays true to its source. Ctrl/Cmd+S saves.',
      ),
      editorHost,
    ),
  );

  const view = new EditorView(editorHost, {
    state: EditorState.create({
      doc: memoDocFromJson(memo.document),
      plugins: [
        history(),
        keymap({
          'Mod-z': historyUndo,
          'Shift-Mod-z': historyRedo,
          'Mod-y': historyRedo,
          'Mod-b': toggleMark(memoSchema.marks['strong']!),
          'Mod-i': toggleMark(memoSchema.marks['em']!),
          'Mod-Alt-1': setBlockType(memoSchema.nodes['heading']!, { level: 1 }),
          'Mod-Alt-2': setBlockType(memoSchema.nodes['heading']!, { level: 2 }),
          'Mod-Alt-0': setBlockType(memoSchema.nodes['paragraph']!),
          'Mod-s': () => {
            void save();
            return true;
          },
        }),
        keymap(baseKeymap),
        quotationGuard(),
        sourceFlags(),
      ],
    }),
    attributes: {
      class: 'memo__editor',
      'aria-label': 'Memo text',
      role: 'textbox',
      'aria-multiline': 'true',
    },
    dispatchTransaction(transaction: Transaction) {
      view.updateState(view.state.apply(transaction));
      quotationTools.update(view.state);
      if (transaction.docChanged) markDirty();
    },
  });
  const quotationTools = createQuotationToolbar(view);
  // Its own row under the header: the header's buttons already fill a line.
  editorHost.parentElement?.querySelector('.memo__toolbar')?.after(quotationTools.element);

  function markDirty(): void {
    dirty = true;
    status.textContent = 'Unsaved changes';
  }

  titleInput.addEventListener('input', markDirty);

  async function save(): Promise<void> {
    try {
      if (titleInput.value.trim() && titleInput.value.trim() !== saved.title) {
        saved = await api.renameMemo({ id: saved.id, title: titleInput.value.trim() });
      }
      saved = await api.saveMemoDocument({
        id: saved.id,
        document: view.state.doc.toJSON() as { type: 'doc'; content: unknown[] },
      });
      dirty = false;
      status.textContent = 'Saved';
      await context.changed();
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  async function exportAs(format: MemoFormat): Promise<void> {
    if (dirty) await save();
    try {
      const file = await api.exportMemo({ memoId: saved.id, format });
      download(file.fileName, file.mimeType, file.data);
      toaster.show(`Exported ${file.fileName}.`);
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  async function checkSources(): Promise<void> {
    if (dirty) await save();
    try {
      const checks = await api.checkMemoSources({ id: saved.id });
      setSourceFlags(
        checks.map((check) => ({
          highlightId: check.highlightId,
          message: check.problems.map((problem) => problem.message).join(' '),
        })),
      )(view.state, view.dispatch);
      renderSourceChecks(panel, checks);
      toaster.show(
        checks.length === 0
          ? 'Every quotation matches its source.'
          : `${checks.length} quotation${checks.length === 1 ? '' : 's'} no longer match${checks.length === 1 ? 'es' : ''} the source.`,
        { kind: checks.length === 0 ? 'info' : 'error' },
      );
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  async function duplicate(): Promise<void> {
    try {
      if (dirty) await save();
      const copy = await api.duplicateMemo({ id: saved.id });
      toaster.show(`Made “${copy.title}”.`);
      await context.changed();
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  async function remove(): Promise<void> {
    if (!window.confirm(`Delete the memo “${saved.title}”? Its quotations stay in the notebook.`))
      return;
    try {
      await api.deleteMemo({ id: saved.id });
      toaster.show(`Deleted the memo “${saved.title}”.`);
      destroy();
      context.closed();
      await context.changed();
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  function destroy(): void {
    view.destroy();
  }

  clear(panel);
  panel.appendChild(
    h(
      'p',
      { className: 'pane-empty' },
      'Use Check sources before you send a memo: it flags any quotation whose highlight was deleted or whose article text changed.',
    ),
  );

  return {
    id: saved.id,
    view,
    exportAs,
    focusExport: () => exportSelect.focus(),
    isDirty: () => dirty,
    save,
    destroy,
  };
}

export type MemoHandle = ReturnType<typeof openMemo>;
