// `npm run bench`: runs every benchmark and prints figures as ratios against raw baselines
// measured in the same run. Exits non-zero when a target is missed. BENCH_ONLY=library
// runs one suite.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchLibrary } from './library';
import { benchReader } from './reader';
import { benchMemo } from './memo';

const suites: Record<string, (workDir: string) => Promise<boolean>> = {
  library: benchLibrary,
  reader: benchReader,
  memo: benchMemo,
};

const only = process.env.BENCH_ONLY?.split(',');
let pass = true;
for (const [name, suite] of Object.entries(suites)) {
  if (only && !only.includes(name)) continue;
  const workDir = mkdtempSync(path.join(os.tmpdir(), `dossier-bench-${name}-`));
  try {
    pass = (await suite(workDir)) && pass;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
console.log(pass ? '\nAll benchmark targets met.' : '\nSome benchmark targets were missed.');
process.exitCode = pass ? 0 : 1;
