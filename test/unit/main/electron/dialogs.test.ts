import { describe, expect, test } from 'vitest';
import path from 'node:path';
import {
  IMPORTABLE_EXTENSIONS,
  backupDialogOptions,
  backupFileName,
  importDialogOptions,
  openNotebookDialogOptions,
  touchesNotebook,
} from '../../../../main/electron/dialogs';
import { formatFromExtension } from '../../../../main/importers/sniff';

describe('import dialog', () => {
  test('offers only extensions the importers read (and All files)', () => {
    for (const extension of IMPORTABLE_EXTENSIONS) {
      expect(formatFromExtension(`article.${extension}`), extension).not.toBeNull();
    }
    const options = importDialogOptions('files', 'linux');
    expect(options.filters).toEqual([
      { name: 'Articles', extensions: [...IMPORTABLE_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  test('macOS picks files and folders in one panel', () => {
    expect(importDialogOptions('files', 'darwin').properties).toEqual([
      'openFile',
      'openDirectory',
      'multiSelections',
    ]);
  });

  test('Windows and Linux pick files or folders, never both at once', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(importDialogOptions('files', platform).properties).toEqual([
        'openFile',
        'multiSelections',
      ]);
      expect(importDialogOptions('folder', platform).properties).toEqual([
        'openDirectory',
        'multiSelections',
      ]);
    }
  });
});

describe('backup dialog', () => {
  const now = new Date(2025, 3, 26, 15, 30);

  test('suggests a dated copy in the documents folder', () => {
    expect(backupFileName('/data/notebook.sqlite', now)).toBe('notebook-backup-2025-04-26.sqlite');
    expect(backupFileName('/data/research', now)).toBe('research-backup-2025-04-26.sqlite');
    expect(backupDialogOptions('/data/notebook.sqlite', '/home/ana/Documents', now)).toMatchObject({
      defaultPath: path.join('/home/ana/Documents', 'notebook-backup-2025-04-26.sqlite'),
      buttonLabel: 'Back up',
    });
  });

  test('asks before overwriting, also on Linux', () => {
    expect(backupDialogOptions('/n.sqlite', '/docs', now).properties).toContain(
      'showOverwriteConfirmation',
    );
  });
});

describe('open notebook dialog', () => {
  test("opens one notebook file, starting in the current notebook's folder", () => {
    expect(openNotebookDialogOptions('/data/notebook.sqlite')).toMatchObject({
      defaultPath: '/data',
      properties: ['openFile'],
      filters: [
        { name: 'Dossier notebook', extensions: ['sqlite', 'db'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });
});

describe('touchesNotebook', () => {
  test('matches the notebook and its WAL companions, however the path is spelt', () => {
    for (const target of [
      '/data/notebook.sqlite',
      '/data/../data/notebook.sqlite',
      '/data/notebook.sqlite-wal',
      '/data/notebook.sqlite-shm',
      '/data/notebook.sqlite-journal',
    ]) {
      expect(touchesNotebook(target, '/data/notebook.sqlite', 'linux'), target).toBe(true);
    }
    expect(touchesNotebook('/data/notebook-backup.sqlite', '/data/notebook.sqlite', 'linux')).toBe(
      false,
    );
  });

  test('ignores case where the file system does', () => {
    expect(touchesNotebook('/Data/NOTEBOOK.sqlite', '/data/notebook.sqlite', 'darwin')).toBe(true);
    expect(touchesNotebook('/Data/NOTEBOOK.sqlite', '/data/notebook.sqlite', 'linux')).toBe(false);
    expect(
      touchesNotebook(
        'c:\\users\\ana\\NOTEBOOK.SQLITE',
        'C:\\Users\\ana\\notebook.sqlite',
        'win32',
        path.win32,
      ),
    ).toBe(true);
  });
});
