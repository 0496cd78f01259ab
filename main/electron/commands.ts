// What the menu's commands do, and what happens to files handed over at launch: show a
// native dialog, call the notebook, tell the renderer. Every effect goes through a port
// (dialogs, import, backup, switching notebooks, renderer events), so each flow is tested
// with fakes; index.ts supplies the Electron and notebook ends. A command never throws:
// failures become a message box naming the file and the problem.
import nodePath from 'node:path';
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { CheckReport, ImportOutcome, RestoreOutcome } from '../ipc/contract';
import {
  backupDialogOptions,
  importDialogOptions,
  NOTEBOOK_EXTENSIONS,
  openNotebookDialogOptions,
  touchesNotebook,
  type ImportKind,
} from './dialogs';
import type { MenuCommands } from './menu';
import type { RendererEvents } from './renderer-events';

export interface Dialogs {
  /** The chosen paths, or null when cancelled. */
  open(options: OpenDialogOptions): Promise<string[] | null>;
  /** The chosen path, or null when cancelled. */
  save(options: SaveDialogOptions): Promise<string | null>;
  message(options: MessageBoxOptions): Promise<void>;
  /** Asks with the options' buttons; resolves to the index of the one chosen. */
  ask(options: MessageBoxOptions): Promise<number>;
}

export interface CommandPorts {
  platform: NodeJS.Platform;
  dialogs: Dialogs;
  events: RendererEvents;
  /** The notebook file open right now. */
  notebookFile(): string;
  documentsFolder(): string;
  now(): Date;
  importPaths(paths: string[]): Promise<ImportOutcome[]>;
  /** Copies the open notebook to `target` (better-sqlite3's online backup). */
  backUp(target: string): Promise<void>;
  /** Where the app keeps the notebook's automatic and manual backups. */
  backupsFolder(): string;
  /** Replaces the open notebook's contents with a backup, keeping the old ones aside. */
  restore(file: string): Promise<RestoreOutcome>;
  /** Integrity, foreign-key and search-index checks; `repair` rebuilds the indexes. */
  check(repair: boolean): Promise<CheckReport>;
  /** Opens `file` as the notebook, closing the current one; throws if it cannot be opened. */
  switchNotebook(file: string): Promise<void>;
  /** Brings the window forward (a second launch hands over files). */
  focusWindow(): void;
}

export interface Commands extends MenuCommands {
  importFiles(): Promise<ImportOutcome[] | null>;
  importFolder(): Promise<ImportOutcome[] | null>;
  backUpNotebook(): Promise<string | null>;
  restoreFromBackup(): Promise<RestoreOutcome | null>;
  checkNotebook(): Promise<CheckReport | null>;
  openNotebook(): Promise<string | null>;
  /** Imports files given on a command line (first launch or a second instance). */
  importLaunchFiles(paths: string[]): Promise<ImportOutcome[]>;
}

/** Restore starts in the backups folder, where the app's own backups are. */
function restoreDialogOptions(backupsFolder: string): OpenDialogOptions {
  return {
    title: 'Restore from backup',
    buttonLabel: 'Restore…',
    defaultPath: backupsFolder,
    properties: ['openFile'],
    filters: [
      { name: 'Dossier notebook', extensions: [...NOTEBOOK_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

function describeFindings(report: Pick<CheckReport, 'found'>): string {
  return report.found.map((finding) => `${finding.check}: ${finding.message}`).join('\n');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createCommands(ports: CommandPorts): Commands {
  /** Runs a command to the end; an unexpected failure becomes a message box, never a throw. */
  async function guarded<T>(failure: string, fallback: T, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      await ports.dialogs
        .message({ type: 'error', message: failure, detail: describe(error) })
        .catch(() => undefined);
      return fallback;
    }
  }

  async function importAndAnnounce(paths: string[]): Promise<ImportOutcome[]> {
    const outcomes = await ports.importPaths(paths);
    ports.events.send('notebook-changed', { reason: 'imported', outcomes });
    return outcomes;
  }

  function importWithDialog(kind: ImportKind): Promise<ImportOutcome[] | null> {
    return guarded(
      'The import did not finish. Articles imported before the problem are in the notebook.',
      null,
      async () => {
        const paths = await ports.dialogs.open(importDialogOptions(kind, ports.platform));
        if (!paths || paths.length === 0) return null;
        return importAndAnnounce(paths);
      },
    );
  }

  return {
    importFiles: () => importWithDialog('files'),
    importFolder: () => importWithDialog('folder'),

    importLaunchFiles(paths) {
      return guarded('Dossier could not import the files it was given.', [], async () => {
        ports.focusWindow();
        return paths.length === 0 ? [] : importAndAnnounce(paths);
      });
    },

    backUpNotebook() {
      return guarded('The notebook could not be backed up. It is unchanged.', null, async () => {
        const notebookFile = ports.notebookFile();
        const target = await ports.dialogs.save(
          backupDialogOptions(notebookFile, ports.documentsFolder(), ports.now()),
        );
        if (!target) return null;
        if (touchesNotebook(target, notebookFile, ports.platform)) {
          await ports.dialogs.message({
            type: 'warning',
            message: 'Choose another file for the backup.',
            detail: `${target} is the notebook itself (or part of it); a backup must be a separate file.`,
          });
          return null;
        }
        try {
          await ports.backUp(target);
        } catch (error) {
          throw new Error(`${nodePath.basename(target)}: ${describe(error)}`, { cause: error });
        }
        await ports.dialogs.message({
          type: 'info',
          message: 'Notebook backed up.',
          detail: `A copy of ${nodePath.basename(notebookFile)} is in ${target}.`,
        });
        return target;
      });
    },

    restoreFromBackup() {
      return guarded('The backup was not restored. The notebook is unchanged.', null, async () => {
        const notebookFile = ports.notebookFile();
        const chosen = await ports.dialogs.open(restoreDialogOptions(ports.backupsFolder()));
        const file = chosen?.[0];
        if (!file || touchesNotebook(file, notebookFile, ports.platform)) return null;
        const answer = await ports.dialogs.ask({
          type: 'warning',
          message: `Replace the notebook with ${nodePath.basename(file)}?`,
          detail: `Everything in ${nodePath.basename(notebookFile)} is replaced by the backup. The notebook as it is now is first kept beside it as a file of its own, so nothing is lost.`,
          buttons: ['Restore', 'Cancel'],
          defaultId: 1,
          cancelId: 1,
        });
        if (answer !== 0) return null;
        const outcome = await ports.restore(file);
        ports.events.send('notebook-changed', { reason: 'opened', file: notebookFile });
        await ports.dialogs.message({
          type: 'info',
          message: 'Backup restored.',
          detail: `${nodePath.basename(notebookFile)} now holds ${outcome.articleCount} articles from ${nodePath.basename(file)}. The notebook as it was is in ${outcome.keptAside}.`,
        });
        return outcome;
      });
    },

    checkNotebook() {
      return guarded('The notebook could not be checked.', null, async () => {
        const report = await ports.check(false);
        if (report.ok) {
          await ports.dialogs.message({
            type: 'info',
            message: 'No problems found.',
            detail: 'Integrity, links between records and the search index are all in order.',
          });
          return report;
        }
        const answer = await ports.dialogs.ask({
          type: 'warning',
          message: `${report.found.length} problem${report.found.length === 1 ? '' : 's'} found in the notebook.`,
          detail: `${describeFindings(report)}\n\nRepair rebuilds the search index and SQL indexes from the articles; it deletes nothing.`,
          buttons: ['Repair', 'Not now'],
          defaultId: 0,
          cancelId: 1,
        });
        if (answer !== 0) return report;
        const repaired = await ports.check(true);
        ports.events.send('notebook-changed', { reason: 'opened', file: ports.notebookFile() });
        await ports.dialogs.message(
          repaired.ok
            ? {
                type: 'info',
                message: 'Notebook repaired.',
                detail: repaired.actions.join('\n'),
              }
            : {
                type: 'error',
                message: 'Some problems remain.',
                detail: `${describeFindings({ found: repaired.remaining })}\n\nRestore a backup (File > Restore from backup…) to recover.`,
              },
        );
        return repaired;
      });
    },

    openNotebook() {
      return guarded('The notebook could not be switched.', null, async () => {
        const currentFile = ports.notebookFile();
        const chosen = await ports.dialogs.open(openNotebookDialogOptions(currentFile));
        const file = chosen?.[0];
        if (!file || touchesNotebook(file, currentFile, ports.platform)) return null;
        try {
          await ports.switchNotebook(file);
        } catch (error) {
          await ports.dialogs.message({
            type: 'error',
            message: `${nodePath.basename(file)} could not be opened as a notebook.`,
            detail: `${describe(error)}\n${nodePath.basename(currentFile)} is still open.`,
          });
          return null;
        }
        ports.events.send('notebook-changed', { reason: 'opened', file });
        return file;
      });
    },

    exportMemo() {
      // The renderer owns the memo flow (choosing tags, format, file); the menu only asks.
      ports.events.send('menu:export-memo', null);
    },

    exportNotebook() {
      // The renderer's Export dialog fetches the files and saves them as downloads.
      ports.events.send('menu:export-notebook', null);
    },

    showKeyboardShortcuts() {
      ports.events.send('menu:keyboard-shortcuts', null);
    },
  };
}
