// What the menu's commands do, and what happens to files handed over at launch: show a
// native dialog, call the notebook, tell the renderer. Every effect goes through a port
// (dialogs, import, backup, switching notebooks, renderer events), so each flow is tested
// with fakes; index.ts supplies the Electron and notebook ends. A command never throws:
// failures become a message box naming the file and the problem.
import nodePath from 'node:path';
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ImportOutcome } from '../ipc/contract';
import {
  backupDialogOptions,
  importDialogOptions,
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
  /** Opens `file` as the notebook, closing the current one; throws if it cannot be opened. */
  switchNotebook(file: string): Promise<void>;
  /** Brings the window forward (a second launch hands over files). */
  focusWindow(): void;
}

export interface Commands extends MenuCommands {
  importFiles(): Promise<ImportOutcome[] | null>;
  importFolder(): Promise<ImportOutcome[] | null>;
  backUpNotebook(): Promise<string | null>;
  openNotebook(): Promise<string | null>;
  /** Imports files given on a command line (first launch or a second instance). */
  importLaunchFiles(paths: string[]): Promise<ImportOutcome[]>;
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

    showKeyboardShortcuts() {
      ports.events.send('menu:keyboard-shortcuts', null);
    },
  };
}
