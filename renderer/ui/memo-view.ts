// A briefing memo open in the app: the editable memo (a ProseMirror document whose
// quotations are atoms: they can be moved, cut and annotated but their words not changed),
// with undo and redo of every edit, saving (by hand, two seconds after the last edit, and on
// leaving), its History of versions, renaming, duplicating, deleting, exporting (with a warning
// naming any quotation whose source no longer checks out), and "Check sources", which flags
// those quotations and offers their fixes as undoable edits. Composing a new memo is
// memo-compose.ts; the History dialog is memo-history-dialog.ts.
import { EditorState, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { history, undo as historyUndo, redo as historyRedo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, setBlockType, toggleMark } from 'prosemirror-commands';
import type { Api } from '../api';
import type {
  MemoFormat,
  MemoVersionSummary,
  SavedMemo,
  SourceCheck,
} from '../../main/ipc/contract';
import { memoDocFromJson, memoSchema } from '../memo/schema';
import { quotationGuard, sanctionQuotations } from '../memo/quotation-guard';
import { setSourceFlags, sourceFlags } from '../memo/source-flags';
import { applySourceFixes, type SourceFix } from '../memo/source-fixes';
import { confirmDialog } from './confirm-dialog';
import { clear, h } from './dom';
import { MEMO_OPTIONS, composeMemo } from './memo-compose';
import { formatVersionTime, openMemoHistory } from './memo-history-dialog';
import { createQuotationToolbar } from './memo-quotation-toolbar';
import { describeFix, renderSourceChecks } from './source-checks-panel';
import type { Toaster } from './toast';

/** How long after the last edit the memo saves itself. */
export const AUTOSAVE_MS = 2000;

const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

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
  // Counts edits, so a save that finishes after further typing leaves the memo unsaved.
  let edits = 0;
  let saving: Promise<void> = Promise.resolve();
  let autosave: ReturnType<typeof setTimeout> | null = null;
  let applyingSaved = false;
  let destroyed = false;
  let checks: SourceCheck[] = [];

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
          { type: 'button', className: 'button button--small', onclick: () => void showHistory() },
          'Versions',
        ),
        h(
          'button',
          { type: 'button', className: 'button button--small', onclick: () => void editOptions() },
          'Options…',
        ),
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
        'Quotations can be moved, cut and annotated, never reworded; typing over a selected one writes after it. Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z redoes. The memo saves itself; Versions keeps earlier ones.',
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
      if (transaction.docChanged && !applyingSaved) markDirty();
    },
  });
  const quotationTools = createQuotationToolbar(view);
  // Its own row under the header: the header's buttons already fill a line.
  editorHost.parentElement?.querySelector('.memo__toolbar')?.after(quotationTools.element);

  function markDirty(): void {
    dirty = true;
    edits += 1;
    status.textContent = 'Unsaved changes';
    if (autosave) clearTimeout(autosave);
    autosave = setTimeout(() => {
      autosave = null;
      if (dirty && !destroyed) void save();
    }, AUTOSAVE_MS);
  }

  titleInput.addEventListener('input', markDirty);

  async function saveNow(): Promise<void> {
    if (autosave) clearTimeout(autosave);
    autosave = null;
    const editsSaved = edits;
    const document = view.state.doc.toJSON() as { type: 'doc'; content: unknown[] };
    try {
      status.textContent = 'Saving…';
      if (titleInput.value.trim() && titleInput.value.trim() !== saved.title) {
        saved = await api.renameMemo({ id: saved.id, title: titleInput.value.trim() });
      }
      saved = await api.saveMemoDocument({ id: saved.id, document });
      if (edits === editsSaved) {
        dirty = false;
        status.textContent = 'Saved';
      } else status.textContent = 'Unsaved changes';
      await context.changed();
    } catch (error) {
      status.textContent = 'Not saved';
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  /** Saves what the editor holds, one save at a time (an autosave never overtakes another). */
  function save(): Promise<void> {
    saving = saving.then(saveNow);
    return saving;
  }

  /** Shows a document the notebook holds (a restored version) as one undoable step. */
  function showSaved(document: SavedMemo['document']): void {
    const doc = memoDocFromJson(document);
    applyingSaved = true;
    try {
      view.dispatch(
        sanctionQuotations(view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content)),
      );
    } finally {
      applyingSaved = false;
    }
  }

  async function restoreVersion(version: MemoVersionSummary): Promise<void> {
    try {
      if (dirty) await save();
      saved = await api.restoreMemoVersion({ id: version.id });
      showSaved(saved.document);
      setSourceFlags([])(view.state, view.dispatch);
      checks = [];
      dirty = false;
      status.textContent = 'Saved';
      toaster.show(
        `Restored the version of ${formatVersionTime(version.savedAt)}. Ctrl+Z, or Versions, brings back what it replaced.`,
      );
      view.focus();
      await context.changed();
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  async function showHistory(): Promise<void> {
    try {
      if (dirty) await save();
      await openMemoHistory({
        api,
        memoId: saved.id,
        current: () => view.state.doc.toJSON() as SavedMemo['document'],
        restore: restoreVersion,
      });
    } catch (error) {
      toaster.show(error instanceof Error ? error.message : String(error), { kind: 'error' });
    }
  }

  /** Whether to export despite unresolved source problems (asked only when there are some). */
  async function exportDespiteFlags(): Promise<boolean> {
    const unresolved = await api.checkMemoSources({ id: saved.id });
    if (unresolved.length === 0) return true;
    return confirmDialog({
      title: `${unresolved.length} quotation${unresolved.length === 1 ? ' has' : 's have'} unresolved source problems`,
      body: [
        h(
          'p',
          { className: 'dialog__lead' },
          'The export will cite them as the memo has them. Check sources offers a fix for each.',
        ),
        h(
          'ul',
          { className: 'confirm-dialog__list' },
          unresolved.map((check) =>
            h(
              'li',
              {},
              h('q', {}, shorten(check.exact)),
              ` — ${check.problems.map((problem) => problem.message).join(' ')}`,
            ),
          ),
        ),
      ],
      confirmLabel: 'Export anyway',
      wide: true,
    });
  }

  async function exportAs(format: MemoFormat): Promise<void> {
    if (dirty) await save();
    try {
      if (!(await exportDespiteFlags())) return;
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
      checks = await api.checkMemoSources({ id: saved.id });
      setSourceFlags(
        checks.map((check) => ({
          highlightId: check.highlightId,
          message: check.problems.map((problem) => problem.message).join(' '),
        })),
      )(view.state, view.dispatch);
      showChecks();
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

  function showChecks(): void {
    renderSourceChecks(panel, checks, { fix: (fixes, scope) => void fix(fixes, scope) });
  }

  /** Asks first where a fix changes quoted words, or for Fix all; then fixes as one undo step. */
  async function fix(fixes: readonly SourceFix[], scope: 'one' | 'all'): Promise<void> {
    const needsConfirm = scope === 'all' || fixes.some((one) => one.kind === 'replace-text');
    if (needsConfirm) {
      const confirmed = await confirmDialog({
        title:
          scope === 'all'
            ? `Fix ${fixes.length} source problem${fixes.length === 1 ? '' : 's'}`
            : 'Use the source’s current text',
        body: [
          h(
            'p',
            { className: 'dialog__lead' },
            'Each change is made in the memo as one step: Ctrl/Cmd+Z undoes it.',
          ),
          h('ul', { className: 'confirm-dialog__list' }, fixes.map(describeFix)),
        ],
        confirmLabel: scope === 'all' ? 'Fix all' : 'Replace the words',
        wide: true,
      });
      if (!confirmed) return;
    }
    if (!applySourceFixes(fixes)(view.state, view.dispatch)) return;
    const fixed = new Set(fixes.map((one) => `${one.quotation}:${one.citation}`));
    const removed = new Set(
      fixes
        .filter((one) => one.kind === 'remove' && one.quotation === one.citation)
        .map((one) => one.quotation),
    );
    checks = checks
      .filter((check) => !removed.has(check.highlightId))
      .map((check) => ({
        ...check,
        problems: check.problems.filter(
          (problem) => !fixed.has(`${check.highlightId}:${problem.highlightId}`),
        ),
      }))
      .filter((check) => check.problems.length > 0);
    showChecks();
    toaster.show(
      `Fixed ${fixes.length} source problem${fixes.length === 1 ? '' : 's'}. Ctrl/Cmd+Z in the memo undoes it.`,
    );
    view.focus();
  }

  /** The memo's stored options, shown and edited in the New memo dialog; may rebuild it. */
  async function editOptions(): Promise<void> {
    const composed = await composeMemo(api, { ...saved.scope, title: saved.title }, MEMO_OPTIONS);
    if (!composed) return;
    try {
      if (dirty) await save();
      if (composed.title !== saved.title) {
        saved = await api.renameMemo({ id: saved.id, title: composed.title });
        titleInput.value = saved.title;
      }
      saved = await api.updateMemoOptions({
        id: saved.id,
        scope: composed.scope,
        ...(composed.recompile ? { recompile: true } : {}),
      });
      if (composed.recompile) {
        showSaved(saved.document);
        setSourceFlags([])(view.state, view.dispatch);
        checks = [];
        dirty = false;
        status.textContent = 'Saved';
      }
      toaster.show(
        composed.recompile
          ? 'Rebuilt the memo with its new options. Ctrl/Cmd+Z, or Versions, brings back what it replaced.'
          : 'Saved the memo’s options; its title block shows them in every export.',
      );
      await context.changed();
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
    const confirmed = await confirmDialog({
      title: `Delete the memo “${saved.title}”?`,
      body: 'Its quotations stay in the notebook.',
      confirmLabel: 'Delete memo',
      danger: true,
    });
    if (!confirmed) return;
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

  // Leaving the page (closing the window, reloading) saves what the autosave has not yet.
  const saveOnLeave = () => {
    if (dirty && !destroyed) void save();
  };
  const saveWhenHidden = () => {
    if (document.visibilityState === 'hidden') saveOnLeave();
  };
  window.addEventListener('pagehide', saveOnLeave);
  document.addEventListener('visibilitychange', saveWhenHidden);

  function destroy(): void {
    destroyed = true;
    if (autosave) clearTimeout(autosave);
    window.removeEventListener('pagehide', saveOnLeave);
    document.removeEventListener('visibilitychange', saveWhenHidden);
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
