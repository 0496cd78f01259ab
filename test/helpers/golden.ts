// Golden files: compares a test's output with a reviewed file. Writing one is an explicit
// opt-in (UPDATE_GOLDEN=1), so a missing or deleted golden fails instead of passing silently.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export function updatingGoldens(): boolean {
  return process.env['UPDATE_GOLDEN'] === '1';
}

/** Fails unless `actual` equals the golden file; with UPDATE_GOLDEN=1, (re)writes it first. */
export function expectGolden(file: string, actual: string): void {
  const shown = path.relative(repoRoot, file);
  if (updatingGoldens()) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
  } else if (!existsSync(file)) {
    throw new Error(
      `golden file ${shown} is missing; write it with UPDATE_GOLDEN=1 npx vitest run <this test file>, then review it`,
    );
  }
  expect(actual, `output differs from golden file ${shown}`).toBe(readFileSync(file, 'utf8'));
}
