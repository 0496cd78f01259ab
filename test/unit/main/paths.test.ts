import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { appDataFolder, resolveNotebookPath } from '../../../main/paths';

describe('notebook location', () => {
  test('defaults to ~/.config/Dossier on Linux', () => {
    expect(resolveNotebookPath(undefined, {}, 'linux', '/home/ana')).toBe(
      '/home/ana/.config/Dossier/notebook.sqlite',
    );
  });

  test('honours XDG_CONFIG_HOME on Linux', () => {
    expect(appDataFolder('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Dossier');
  });

  test('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(appDataFolder('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Dossier',
    );
    expect(
      appDataFolder('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana'),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Dossier');
  });

  test('--db beats DOSSIER_DB, which beats the default', () => {
    expect(resolveNotebookPath('/a.sqlite', { DOSSIER_DB: '/b.sqlite' }, 'linux', '/h')).toBe(
      '/a.sqlite',
    );
    expect(resolveNotebookPath(undefined, { DOSSIER_DB: '/b.sqlite' }, 'linux', '/h')).toBe(
      '/b.sqlite',
    );
    expect(resolveNotebookPath('rel.sqlite', {}, 'linux', '/h')).toBe(path.resolve('rel.sqlite'));
  });
});
