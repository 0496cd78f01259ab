// Child processes for the multi-process tests: the real `dossier` command and the helper
// scripts beside this file, run through tsx as the CLI runs in a checkout.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
export const dossierBin = path.join(root, 'main/bin/dossier.mjs');

export interface Running {
  child: ChildProcessWithoutNullStreams;
  /** Every complete stdout line so far, parsed as JSON where it is JSON. */
  lines: unknown[];
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when a line satisfying `test` arrives (or the process ends). */
  waitFor(test: (line: unknown) => boolean): Promise<void>;
}

function track(child: ChildProcessWithoutNullStreams): Running {
  const lines: unknown[] = [];
  const waiters: Array<{ test: (line: unknown) => boolean; resolve: () => void }> = [];
  let buffered = '';
  let errors = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\n')) >= 0) {
      const text = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      let line: unknown = text;
      try {
        line = JSON.parse(text);
      } catch {
        // not JSON: kept as text
      }
      lines.push(line);
      for (const waiter of waiters.filter((candidate) => candidate.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      waiters.splice(0).forEach((waiter) => waiter.resolve());
      resolve({ code, signal });
    }),
  );
  return {
    child,
    lines,
    stderr: () => errors,
    exited,
    waitFor: (test) =>
      lines.some(test) || child.exitCode !== null
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ test, resolve })),
  };
}

export function runDossier(args: string[]): Running {
  return track(spawn(process.execPath, [dossierBin, ...args], { cwd: root }));
}

export function runScript(script: string, args: string[]): Running {
  return track(
    spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, script), ...args], {
      cwd: root,
    }),
  );
}
