// `npm run bench`: runs every benchmark and prints figures as ratios against raw baselines
// measured in the same run. Each suite runs in a fresh process, so one suite's heap and
// caches never weigh on the next. Exits non-zero when a target is missed.
// BENCH_ONLY=library (or reader, memo, cli, ui; comma-separated) runs only those suites.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCli } from './cli';
import { benchLibrary } from './library';
import { benchMemo } from './memo';
import { benchReader } from './reader';
import { benchUi } from './ui';

const suites: Record<string, (workDir: string) => Promise<boolean>> = {
  library: benchLibrary,
  reader: benchReader,
  memo: benchMemo,
  cli: benchCli,
  ui: benchUi,
};

const chosen = process.env.BENCH_ONLY?.split(',') ?? Object.keys(suites);

if (process.env.BENCH_CHILD) {
  const [name] = chosen;
  const suite = name ? suites[name] : undefined;
  if (!suite)
    throw new Error(
      `Unknown benchmark suite "${name}"; choose from ${Object.keys(suites).join(', ')}.`,
    );
  const workDir = mkdtempSync(path.join(os.tmpdir(), `dossier-bench-${name}-`));
  try {
    process.exitCode = (await suite(workDir)) ? 0 : 1;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
} else {
  let pass = true;
  for (const name of chosen) {
    const result = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url)],
      {
        stdio: 'inherit',
        env: { ...process.env, BENCH_CHILD: '1', BENCH_ONLY: name },
      },
    );
    pass = result.status === 0 && pass;
  }
  console.log(pass ? '\nAll benchmark targets met.' : '\nSome benchmark targets were missed.');
  process.exitCode = pass ? 0 : 1;
}
