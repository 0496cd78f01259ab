import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtCommandLine, newestSource } from '../../../../main/bin/fresh-build.mjs';
import { tempDir } from '../../../helpers/temp';

/** A project folder with sources and (optionally) a build, each file at a given age in seconds. */
function project(files: Record<string, number>): URL {
  const root = tempDir();
  const epoch = Date.now() / 1000;
  for (const [name, age] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, epoch - age, epoch - age);
  }
  return pathToFileURL(`${root}/`);
}

describe('builtCommandLine', () => {
  it('runs the build when it is newer than every source file', () => {
    const root = project({
      'package.json': 300,
      'main/cli/index.ts': 200,
      'db/open.ts': 200,
      'out/main/cli.js': 100,
    });
    expect(builtCommandLine(root)?.pathname).toMatch(/out\/main\/cli\.js$/);
  });

  it('falls back to the sources when a file in a nested source folder is newer than the build', () => {
    const root = project({
      'package.json': 300,
      'main/cli/index.ts': 200,
      'main/services/deep/edited.ts': 50,
      'out/main/cli.js': 100,
    });
    expect(builtCommandLine(root)).toBeNull();
  });

  it('falls back to the sources when package.json changed after the build', () => {
    const root = project({ 'package.json': 10, 'main/cli/index.ts': 200, 'out/main/cli.js': 100 });
    expect(builtCommandLine(root)).toBeNull();
  });

  it('falls back to the sources when there is no build', () => {
    expect(builtCommandLine(project({ 'package.json': 300, 'main/cli/index.ts': 200 }))).toBeNull();
  });

  it('ignores files that are not sources, such as notes or data', () => {
    const root = project({
      'package.json': 300,
      'main/cli/index.ts': 200,
      'main/notes.txt': 10,
      'out/main/cli.js': 100,
    });
    expect(builtCommandLine(root)).not.toBeNull();
  });
});

describe('newestSource', () => {
  it('is 0 for a folder that does not exist', () => {
    expect(newestSource('/nonexistent/dossier/folder')).toBe(0);
  });
});
