// External programs some tests read output back with. A test that needs one is skipped where
// it is missing, and test/helpers/vitest-global-setup.ts says so once per run.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

function runs(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const hasPdftotext = runs('pdftotext', ['-v']);

/** The text of a PDF as pdftotext reads it (UTF-8, reading order), page breaks as form feeds. */
export function pdftotext(bytes: Uint8Array, folder: string): string {
  const file = path.join(folder, 'read-back.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}
