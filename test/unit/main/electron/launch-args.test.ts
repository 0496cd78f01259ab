import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { parseLaunchArgs } from '../../../../main/electron/launch-args';

const packaged = { workingDirectory: '/home/ana/Downloads', defaultApp: false };

describe('launch arguments', () => {
  test('takes files after the executable, resolved against the launching directory', () => {
    expect(
      parseLaunchArgs(['/opt/Dossier/dossier', 'article.html', '/tmp/notes.md'], packaged),
    ).toEqual({
      db: undefined,
      userDataDir: undefined,
      files: ['/home/ana/Downloads/article.html', '/tmp/notes.md'],
    });
  });

  test('ignores Chromium and Electron switches and macOS process serial numbers', () => {
    const argv = [
      '/opt/Dossier/dossier',
      '--no-sandbox',
      '--inspect=9229',
      '--original-process-start-time=13385',
      '-psn_0_12345',
      'report.pdf',
    ];
    expect(parseLaunchArgs(argv, packaged).files).toEqual(['/home/ana/Downloads/report.pdf']);
  });

  test('reads --db in both spellings and never imports its value', () => {
    expect(parseLaunchArgs(['dossier', '--db', 'other.sqlite', 'a.txt'], packaged)).toEqual({
      db: 'other.sqlite',
      userDataDir: undefined,
      files: ['/home/ana/Downloads/a.txt'],
    });
    expect(parseLaunchArgs(['dossier', '--db=/data/n.sqlite'], packaged)).toEqual({
      db: '/data/n.sqlite',
      userDataDir: undefined,
      files: [],
    });
  });

  test('reads --user-data-dir in both spellings and never imports its value', () => {
    expect(
      parseLaunchArgs(['dossier', '--user-data-dir', '/tmp/profile', 'a.txt'], packaged),
    ).toEqual({ db: undefined, userDataDir: '/tmp/profile', files: ['/home/ana/Downloads/a.txt'] });
    expect(parseLaunchArgs(['dossier', '--user-data-dir=/tmp/p2'], packaged).userDataDir).toBe(
      '/tmp/p2',
    );
  });

  test('keeps a file whose name contains =', () => {
    expect(parseLaunchArgs(['dossier', 'a=b.txt'], packaged).files).toEqual([
      '/home/ana/Downloads/a=b.txt',
    ]);
  });

  test('skips the app folder when started as `electron <folder>`', () => {
    const argv = ['/usr/lib/electron/electron', '--inspect', '/work/dossier', 'a.txt'];
    expect(
      parseLaunchArgs(argv, {
        workingDirectory: '/work',
        defaultApp: true,
        appPath: '/work/dossier',
      }).files,
    ).toEqual(['/work/a.txt']);
  });

  test('never imports the app folder itself, however it is spelt', () => {
    const argv = ['/opt/Dossier/dossier', '.', 'a.txt'];
    expect(
      parseLaunchArgs(argv, { ...packaged, workingDirectory: '/opt/app', appPath: '/opt/app' })
        .files,
    ).toEqual(['/opt/app/a.txt']);
  });

  test('treats everything after -- as a file, even names that start with a dash', () => {
    expect(parseLaunchArgs(['dossier', '--', '-draft.txt'], packaged).files).toEqual([
      '/home/ana/Downloads/-draft.txt',
    ]);
  });

  test('turns file: URLs into paths and ignores other URLs', () => {
    const argv = [
      'dossier',
      'file:///home/ana/My%20Article.html',
      'https://example.com/story',
      'mailto:someone@example.com',
    ];
    expect(parseLaunchArgs(argv, packaged).files).toEqual(['/home/ana/My Article.html']);
  });

  test('lists each file once', () => {
    expect(parseLaunchArgs(['dossier', 'a.txt', './a.txt', 'a.txt'], packaged).files).toEqual([
      '/home/ana/Downloads/a.txt',
    ]);
  });

  test('an empty command line has nothing to import', () => {
    expect(parseLaunchArgs([], packaged)).toEqual({
      db: undefined,
      userDataDir: undefined,
      files: [],
    });
    expect(parseLaunchArgs(['dossier', ''], packaged).files).toEqual([]);
  });

  test("reads a Windows second instance's argv with drive letters and backslashes", () => {
    const argv = [
      'C:\\Program Files\\Dossier\\Dossier.exe',
      '--allow-file-access-from-files',
      'D:\\news\\article.docx',
      'notes\\brief.md',
      'file:///C:/Users/ana/story.html',
    ];
    expect(
      parseLaunchArgs(argv, {
        workingDirectory: 'C:\\Users\\ana',
        defaultApp: false,
        path: path.win32,
      }).files,
    ).toEqual([
      'D:\\news\\article.docx',
      'C:\\Users\\ana\\notes\\brief.md',
      'C:\\Users\\ana\\story.html',
    ]);
  });
});
