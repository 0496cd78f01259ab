// The memo's History: the versions its saves kept (when, how big), each of which can be
// compared with the memo as it is now (a line and word diff) or restored. It lists and
// compares; restoring is handed back to the memo view, which owns the editor and saving.
import type { MemoDocNode } from '../../main/domain/memo';
import type { MemoVersionSummary } from '../../main/ipc/contract';
import type { Api } from '../api';
import { memoDiff, type DiffLine } from '../memo/memo-diff';
import { clear, h } from './dom';

export interface MemoHistoryOptions {
  readonly api: Api;
  readonly memoId: number;
  /** The document the editor holds now, to compare a version with. */
  current(): MemoDocNode;
  /** Restores a version; resolves once the editor shows it. */
  restore(version: MemoVersionSummary): Promise<void>;
}

export function formatVersionTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

function renderDiff(lines: readonly DiffLine[]): HTMLElement {
  const changed = lines.filter((line) => line.kind !== 'same').length;
  return h(
    'div',
    { className: 'memo-history__diff', 'aria-label': 'Comparison' },
    h(
      'p',
      { className: 'dialog__lead' },
      changed === 0
        ? 'This version reads the same as the memo now.'
        : 'Struck-through words are only in the version; underlined words are only in the memo now.',
    ),
    h(
      'ol',
      { className: 'memo-history__lines' },
      lines.map((line) =>
        line.kind === 'changed'
          ? h(
              'li',
              { className: 'memo-history__line memo-history__line--changed' },
              line.parts.map((part) =>
                part.kind === 'same'
                  ? part.text
                  : h(part.kind === 'removed' ? 'del' : 'ins', {}, part.text),
              ),
            )
          : h(
              'li',
              { className: `memo-history__line memo-history__line--${line.kind}` },
              line.kind === 'same'
                ? line.text
                : h(line.kind === 'removed' ? 'del' : 'ins', {}, line.text),
            ),
      ),
    ),
  );
}

export async function openMemoHistory(options: MemoHistoryOptions): Promise<void> {
  const { api } = options;
  const versions = await api.listMemoVersions({ memoId: options.memoId });
  const comparison = h('div', { className: 'memo-history__comparison' });
  const close = h(
    'button',
    { type: 'button', className: 'button', onclick: () => dialog.close() },
    'Close',
  );

  async function compare(version: MemoVersionSummary): Promise<void> {
    const full = await api.getMemoVersion({ id: version.id });
    clear(comparison);
    comparison.append(
      h(
        'h3',
        { className: 'annotations__subtitle' },
        `The version of ${formatVersionTime(version.savedAt)} against the memo now`,
      ),
      renderDiff(memoDiff(full.document, options.current())),
    );
  }

  const rows = versions.map((version) =>
    h(
      'tr',
      {},
      h('td', {}, formatVersionTime(version.savedAt)),
      h('td', {}, formatSize(version.size)),
      h(
        'td',
        {},
        `${version.wordCount} word${version.wordCount === 1 ? '' : 's'}, ${version.quotationCount} quotation${version.quotationCount === 1 ? '' : 's'}`,
      ),
      h(
        'td',
        { className: 'memo-history__actions' },
        h(
          'button',
          {
            type: 'button',
            className: 'button button--small',
            onclick: () => void compare(version),
          },
          'Compare',
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'button button--small button--primary',
            onclick: () => {
              dialog.close();
              void options.restore(version);
            },
          },
          'Restore',
        ),
      ),
    ),
  );

  const dialog = h(
    'dialog',
    { className: 'dialog dialog--wide memo-history', 'aria-labelledby': 'memo-history-title' },
    h(
      'div',
      { className: 'dialog__form' },
      h('h2', { className: 'dialog__title', id: 'memo-history-title' }, 'Memo history'),
      h(
        'p',
        { className: 'dialog__lead' },
        versions.length === 0
          ? 'No earlier versions yet: saving keeps the memo as it was before (one version every five minutes while you edit).'
          : 'Each save keeps the memo as it was before (one version every five minutes while you edit). Restoring keeps the memo as it is now as a version too.',
      ),
      versions.length > 0
        ? h(
            'table',
            { className: 'memo-history__versions' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', {}, 'Saved'),
                h('th', {}, 'Size'),
                h('th', {}, 'Contents'),
                h('th', {}, ''),
              ),
            ),
            h('tbody', {}, rows),
          )
        : null,
      comparison,
      h('div', { className: 'dialog__actions' }, close),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.appendChild(dialog);
  dialog.showModal();
}
