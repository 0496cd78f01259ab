// Issue 17's command-line benchmark: how long `dossier --help`, `dossier info` and `dossier
// search WORD` take to answer, and (issue 15) `dossier quotes` on a 5,000-word article, run with
// node on the package's bin as a person runs them, against `node -e 0` measured in the same run.
// A command's own time is its median (of 7) less the baseline's median: what Dossier adds to
// starting Node at all. The build must be up to date (npm run bench builds first), or the bin
// would run the sources through tsx and this would time the wrong thing, so that is checked
// before anything is timed.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtCommandLine } from '../../main/bin/fresh-build.mjs';
import { formatMs, median, now } from './stats';
import { longFictionalArticle } from '../helpers/long-article';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'main/bin/dossier.mjs');
const RUNS = 7;

function timed(args: string[], env: NodeJS.ProcessEnv): number {
  const start = now();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const elapsed = now() - start;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return elapsed;
}

function medianOf(args: string[], env: NodeJS.ProcessEnv): number {
  timed(args, env); // warm the file cache; not counted
  return median(Array.from({ length: RUNS }, () => timed(args, env)));
}

export async function benchCli(workDir: string): Promise<boolean> {
  if (!builtCommandLine(pathToFileURL(`${root}/`)))
    throw new Error(
      'out/main/cli.js is missing or older than the sources: run npm run build first.',
    );
  const notebook = path.join(workDir, 'notebook.sqlite');
  const env = { ...process.env, DOSSIER_DB: notebook };
  const seed = path.join(root, 'test/fixtures/seed-corpus');
  const files = [
    '01-calmora-ready.txt',
    '02-port-aster-meeting.txt',
    '03-strengthen-cooperation.txt',
  ];
  timed([bin, 'import', ...files.map((file) => path.join(seed, file))], env);
  const word =
    readFileSync(path.join(seed, files[0]!), 'utf8').match(/\b[a-z]{6,}\b/)?.[0] ?? 'trade';

  const article = path.join(workDir, 'article.txt');
  writeFileSync(article, longFictionalArticle(5_000));

  const baseline = medianOf(['-e', '0'], env);
  const rows = [
    { name: 'dossier --help', args: [bin, '--help'], target: 150 },
    { name: 'dossier info', args: [bin, 'info'], target: 300 },
    { name: `dossier search ${word}`, args: [bin, 'search', word], target: 300 },
    { name: 'dossier quotes (5,000 words)', args: [bin, 'quotes', article], target: 100 },
  ];
  console.log(`\nCommand line (median of ${RUNS}; own time = median less node -e 0)`);
  console.log(`  ${'node -e 0'.padEnd(28)} ${formatMs(baseline).padStart(10)}`);
  let pass = true;
  for (const row of rows) {
    const total = medianOf(row.args, env);
    const own = total - baseline;
    const ok = own <= row.target;
    pass &&= ok;
    console.log(
      `  ${row.name.padEnd(28)} ${formatMs(total).padStart(10)}  own ${formatMs(own).padStart(10)} (target ≤ ${row.target} ms)  ${ok ? 'PASS' : 'FAIL'}`,
    );
  }
  return pass;
}
