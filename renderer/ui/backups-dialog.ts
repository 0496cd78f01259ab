// The Backups dialog: back up now, the notebook's backups (when, what kind, how big) each with
// Restore behind a confirmation that says what will happen, and Check notebook with its
// result and, when something is wrong, Repair. It talks only to the four maintenance methods
// of the API; what to do once a backup is restored (reload the app) is the caller's.
import type { Api } from '../api';
import type { BackupEntry, CheckReport, RestoreOutcome } from '../../main/ipc/contract';
import { clear, h } from './dom';

export type BackupsApi = Pick<
  Api,
  'backupNotebook' | 'listBackups' | 'restoreBackup' | 'checkNotebook'
>;

export interface BackupsDialogOptions {
  api: BackupsApi;
  /** Called once the dialog closes after a restore, so the app can show the restored notebook. */
  onRestored(outcome: RestoreOutcome): void;
}

const KIND_LABELS: Record<BackupEntry['kind'], string> = {
  manual: 'Made by you',
  daily: 'Daily',
  'before-migration': 'Before an upgrade',
};

export function formatBackupTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The folder a backup lies in, from its path (the renderer has no path module). */
function folderOf(entry: BackupEntry): string {
  return entry.file.slice(0, Math.max(0, entry.file.length - entry.name.length - 1));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function openBackupsDialog(options: BackupsDialogOptions): Promise<void> {
  const { api } = options;
  let restored: RestoreOutcome | null = null;
  let busy = false;

  const status = h('p', { className: 'dialog__lead', role: 'status', 'aria-live': 'polite' });
  const where = h('p', { className: 'dialog__lead' });
  const list = h('div', { className: 'backups__list' });
  const checkResult = h('div', { className: 'backups__check', 'aria-live': 'polite' });
  const backUpButton = h(
    'button',
    { type: 'button', className: 'button button--primary', onclick: () => void backUpNow() },
    'Back up now',
  );
  const checkButton = h(
    'button',
    { type: 'button', className: 'button', onclick: () => void check(false) },
    'Check notebook',
  );
  const closeButton = h('button', { type: 'submit', className: 'button' }, 'Close');

  const dialog = h(
    'dialog',
    {
      className: 'dialog dialog--wide',
      id: 'backups-dialog',
      'aria-labelledby': 'backups-title',
    },
    h(
      'form',
      { method: 'dialog', className: 'dialog__form' },
      h('h2', { className: 'dialog__title', id: 'backups-title' }, 'Backups'),
      where,
      h('div', { className: 'dialog__actions backups__actions' }, backUpButton, checkButton),
      status,
      checkResult,
      list,
      h('div', { className: 'dialog__actions' }, closeButton),
    ),
  );

  function setBusy(value: boolean): void {
    busy = value;
    for (const button of dialog.querySelectorAll('button')) {
      if (button !== closeButton) button.disabled = value;
    }
  }

  async function run(label: string, work: () => Promise<void>): Promise<void> {
    if (busy) return;
    setBusy(true);
    status.textContent = label;
    try {
      await work();
    } catch (error) {
      status.textContent = message(error);
      status.classList.add('status-bar__text--error');
    } finally {
      setBusy(false);
    }
  }

  function say(text: string): void {
    status.classList.remove('status-bar__text--error');
    status.textContent = text;
  }

  async function renderList(): Promise<void> {
    const backups = await api.listBackups();
    where.textContent =
      backups.length > 0
        ? `Dossier backs this notebook up every day it is open and before every upgrade, keeping the last 7 of those; backups you make here are kept until you delete them. They are in ${folderOf(backups[0]!)}.`
        : 'No backups yet. Dossier backs this notebook up every day it is open and before every upgrade, in a “backups” folder beside the notebook file.';
    clear(list);
    if (backups.length === 0) return;
    list.appendChild(
      h(
        'table',
        { className: 'shortcuts backups__table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Made'),
            h('th', { scope: 'col' }, 'Kind'),
            h('th', { scope: 'col' }, 'Size'),
            h('th', { scope: 'col' }, 'Restore'),
          ),
        ),
        h(
          'tbody',
          {},
          backups.map((backup) => {
            const when = formatBackupTime(backup.createdAt);
            return h(
              'tr',
              { 'data-backup': backup.name },
              h('td', {}, when),
              h('td', {}, KIND_LABELS[backup.kind]),
              h('td', {}, formatSize(backup.size)),
              h(
                'td',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    className: 'button button--small',
                    'aria-label': `Restore the backup made ${when}`,
                    onclick: () => confirmRestore(backup, when),
                  },
                  'Restore…',
                ),
              ),
            );
          }),
        ),
      ),
    );
  }

  function confirmRestore(backup: BackupEntry, when: string): void {
    const cancel = h(
      'button',
      { type: 'button', className: 'button', onclick: () => void renderList() },
      'Cancel',
    );
    clear(list);
    list.appendChild(
      h(
        'div',
        { className: 'backups__confirm', role: 'group', 'aria-labelledby': 'restore-question' },
        h('p', { id: 'restore-question' }, h('strong', {}, `Restore the backup made ${when}?`)),
        h(
          'p',
          { className: 'dialog__lead' },
          'Everything in the notebook — articles, highlights, speakers, tags and memos — is replaced by what this backup holds; work done since it was made leaves the notebook. ' +
            'Nothing is lost: the notebook as it is now is first kept as a file of its own beside it, and the app reloads to show the restored notebook.',
        ),
        h(
          'div',
          { className: 'dialog__actions' },
          cancel,
          h(
            'button',
            {
              type: 'button',
              className: 'button button--danger',
              onclick: () => void restore(backup),
            },
            'Restore this backup',
          ),
        ),
      ),
    );
    cancel.focus();
  }

  async function backUpNow(): Promise<void> {
    await run('Backing up…', async () => {
      const made = await api.backupNotebook();
      await renderList();
      say(`Backed up (${formatSize(made.size)}) as ${made.name}.`);
    });
  }

  async function restore(backup: BackupEntry): Promise<void> {
    await run('Restoring…', async () => {
      restored = await api.restoreBackup({ name: backup.name });
      clear(list);
      say(
        `Restored the backup made ${formatBackupTime(backup.createdAt)} (${restored.articleCount} articles). The notebook as it was is kept in ${restored.keptAside}. Close to see it.`,
      );
      closeButton.focus();
    });
  }

  function renderCheck(report: CheckReport): void {
    clear(checkResult);
    if (report.found.length === 0) {
      checkResult.appendChild(
        h(
          'p',
          {},
          'No problems found: integrity, links between records and the search index are in order.',
        ),
      );
      return;
    }
    const findings = (items: CheckReport['found']) =>
      h(
        'ul',
        {},
        items.map((finding) => h('li', {}, `${finding.check}: ${finding.message}`)),
      );
    checkResult.appendChild(
      h('p', {}, `${report.found.length} problem${report.found.length === 1 ? '' : 's'} found:`),
    );
    checkResult.appendChild(findings(report.found));
    if (!report.repairRequested) {
      checkResult.appendChild(
        h(
          'p',
          {},
          'Repair rebuilds the search index and the SQL indexes from the articles; it deletes nothing. ',
          h(
            'button',
            { type: 'button', className: 'button button--small', onclick: () => void check(true) },
            'Repair',
          ),
        ),
      );
      return;
    }
    checkResult.appendChild(h('p', {}, 'Repair:'));
    checkResult.appendChild(
      h(
        'ul',
        {},
        report.actions.map((action) => h('li', {}, action)),
      ),
    );
    if (report.remaining.length === 0) {
      checkResult.appendChild(h('p', {}, 'Nothing is wrong any more.'));
    } else {
      checkResult.appendChild(h('p', {}, 'Still wrong (restore a backup to recover):'));
      checkResult.appendChild(findings(report.remaining));
    }
  }

  async function check(repair: boolean): Promise<void> {
    await run(repair ? 'Repairing…' : 'Checking…', async () => {
      const report = await api.checkNotebook({ repair });
      renderCheck(report);
      say(report.ok ? 'Check finished.' : 'Check finished: problems remain.');
    });
  }

  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (restored) options.onRestored(restored);
      resolve();
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    void run('', renderList).then(() => {
      if (!status.classList.contains('status-bar__text--error')) say('');
    });
  });
}
