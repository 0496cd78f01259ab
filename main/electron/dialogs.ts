// The options of the native open and save dialogs, per platform. Pure data, so what each
// dialog offers (which files, which default name, overwrite confirmation) is unit-tested;
// commands.ts shows them through a port.
import nodePath from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';

/** What the importers read (main/importers/sniff.ts; a test keeps the two in step). */
export const IMPORTABLE_EXTENSIONS = [
  'txt',
  'text',
  'md',
  'markdown',
  'html',
  'htm',
  'xhtml',
  'pdf',
  'docx',
  'eml',
  'mhtml',
  'mht',
] as const;

export const NOTEBOOK_EXTENSIONS = ['sqlite', 'db'] as const;

export type ImportKind = 'files' | 'folder';

export function importDialogOptions(
  kind: ImportKind,
  platform: NodeJS.Platform,
): OpenDialogOptions {
  // macOS's open panel picks files and folders at once; Windows and Linux pickers can't, and
  // asking for both there shows a folder picker only, so they get two menu items instead.
  const properties: OpenDialogOptions['properties'] =
    platform === 'darwin'
      ? ['openFile', 'openDirectory', 'multiSelections']
      : kind === 'folder'
        ? ['openDirectory', 'multiSelections']
        : ['openFile', 'multiSelections'];
  return {
    title: kind === 'folder' ? 'Import folders' : 'Import articles',
    buttonLabel: 'Import',
    properties,
    filters: [
      { name: 'Articles', extensions: [...IMPORTABLE_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A dated copy's name, e.g. notebook-backup-2025-04-26.sqlite. */
export function backupFileName(notebookFile: string, now: Date): string {
  const extension = nodePath.extname(notebookFile) || '.sqlite';
  const stem = nodePath.basename(notebookFile, nodePath.extname(notebookFile));
  return `${stem}-backup-${localDate(now)}${extension}`;
}

export function backupDialogOptions(
  notebookFile: string,
  documentsFolder: string,
  now: Date,
): SaveDialogOptions {
  return {
    title: 'Back up notebook',
    buttonLabel: 'Back up',
    defaultPath: nodePath.join(documentsFolder, backupFileName(notebookFile, now)),
    filters: [{ name: 'Dossier notebook', extensions: [...NOTEBOOK_EXTENSIONS] }],
    // Linux's GTK dialog overwrites silently unless asked to confirm.
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function openNotebookDialogOptions(currentFile: string): OpenDialogOptions {
  return {
    title: 'Open notebook',
    buttonLabel: 'Open',
    defaultPath: nodePath.dirname(currentFile),
    properties: ['openFile'],
    filters: [
      { name: 'Dossier notebook', extensions: [...NOTEBOOK_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

/**
 * Whether writing to `target` would touch the notebook itself: its file or its WAL companions.
 * Windows and macOS file systems ignore case by default, so there the comparison does too.
 */
export function touchesNotebook(
  target: string,
  notebookFile: string,
  platform: NodeJS.Platform,
  path: nodePath.PlatformPath = nodePath,
): boolean {
  const fold = (file: string) =>
    platform === 'win32' || platform === 'darwin' ? file.toLowerCase() : file;
  const resolved = fold(path.resolve(target));
  const notebook = fold(path.resolve(notebookFile));
  return [notebook, `${notebook}-wal`, `${notebook}-shm`, `${notebook}-journal`].includes(resolved);
}
