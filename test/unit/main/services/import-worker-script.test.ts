// Which import worker the source hosts start: the built one only while it is newer than
// every source file, so an edit made after the last build never runs in its old form.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseWorkerScript } from '../../../../main/import-worker-script';
import { tempDir } from '../../../helpers/temp';

function layout() {
  const root = tempDir();
  const sources = path.join(root, 'services');
  mkdirSync(sources);
  const source = path.join(sources, 'worker.mjs');
  writeFileSync(source, '');
  writeFileSync(path.join(sources, 'parse.ts'), '');
  const built = path.join(root, 'worker.js');
  const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);
  const choose = () =>
    chooseWorkerScript(pathToFileURL(built), pathToFileURL(source), [pathToFileURL(`${sources}/`)])
      .pathname;
  return { sources, source, built, at, choose };
}

describe('chooseWorkerScript', () => {
  it('runs the sources when nothing is built', () => {
    const { source, choose } = layout();
    expect(choose()).toBe(pathToFileURL(source).pathname);
  });

  it('runs the built worker while it is newer than every source file', () => {
    const { sources, built, at, choose } = layout();
    writeFileSync(built, '');
    at(path.join(sources, 'parse.ts'), 1_000);
    at(path.join(sources, 'worker.mjs'), 1_000);
    at(built, 2_000);
    expect(choose()).toBe(pathToFileURL(built).pathname);
  });

  it('runs the sources once any of them is edited after the build', () => {
    const { sources, source, built, at, choose } = layout();
    writeFileSync(built, '');
    at(path.join(sources, 'worker.mjs'), 1_000);
    at(built, 2_000);
    at(path.join(sources, 'parse.ts'), 3_000);
    expect(choose()).toBe(pathToFileURL(source).pathname);
  });
});
