// Fresh temporary folders for tests, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
  while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-test-'));
  made.push(dir);
  return dir;
}

export function tempDbFile(): string {
  return path.join(tempDir(), 'notebook.sqlite');
}
