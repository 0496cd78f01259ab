// Issues 4 and 17's benchmark: importing synthetic articles through Dossier's import path
// (reading, importer, cleaning, hashing, revision and duplicate checks, storing each article
// atomically) against a raw better-sqlite3 insert of the same rows with FTS5, batched; then the
// p95 of a common-term search through the service against the raw FTS5 query over the same
// index. Each size in BENCH_IMPORT_SIZES (default 10000,100000) is a round of its own. Our
// import runs in a process of its own (import-run.ts), so its peak memory is measured alone;
// at the largest size a second import, configured as the app and the web host store (short
// slices), is timed while a cheap API call is made every 100 ms, and that call's delays are
// printed: the UI's responsiveness during a large import.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../db/open';
import { ONE_SHOT_STORE_SLICE_MS, createNotebook } from '../../main/composition';
import { contentHash, countWords } from '../../main/services/imports';
import { importFile } from '../../main/importers';
import { seededRandom, syntheticArticle } from './synthetic';
import { formatMs, median, now, percentile, report, type BenchLine } from './stats';
import type { ImportRunInput, ImportRunResult } from './import-run';

const IMPORT_RUN = fileURLToPath(new URL('./import-run.ts', import.meta.url));
const BATCH_ROWS = 1000;
/** The issue's ceiling for the importing process's peak memory at 100,000 articles. */
const PEAK_RSS_TARGET_MB = 600;
/** The import service's promise while it stores: other calls answered within 100 ms. */
const PROBE_P95_TARGET_MS = 100;

/** Writes `count` seeded articles as .txt files, one at a time, holding none of them. */
function writeArticles(folder: string, count: number): void {
  mkdirSync(folder);
  const random = seededRandom(20250426);
  for (let index = 0; index < count; index += 1) {
    const article = syntheticArticle(random, index);
    writeFileSync(path.join(folder, article.fileName), article.text);
  }
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/**
 * Baseline: the rows our import stores (cleaned text, hash, original bytes), read and parsed
 * untimed a batch at a time, then inserted raw, 1,000 per transaction; the FTS5 triggers do
 * the indexing. Only the inserts and commits are timed, so the baseline does none of the
 * reading, parsing or checking ours does, and it never holds more than one batch.
 */
async function rawImport(dbFile: string, folder: string) {
  const names = readdirSync(folder).sort();
  const rawDb = openDatabase(dbFile);
  const insert = rawDb.prepare(
    `INSERT INTO articles (title, format, original, original_name, text, content_hash, word_count, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  type Row = {
    title: string;
    format: string;
    bytes: Buffer;
    text: string;
    hash: string;
    words: number;
  };
  const batch = rawDb.transaction((rows: Row[]) => {
    const stamp = new Date().toISOString();
    for (const row of rows) {
      insert.run(
        row.title,
        row.format,
        row.bytes,
        'x.txt',
        row.text,
        row.hash,
        row.words,
        stamp,
        stamp,
      );
    }
  });
  let elapsed = 0;
  for (let index = 0; index < names.length; index += BATCH_ROWS) {
    const rows: Row[] = [];
    for (const fileName of names.slice(index, index + BATCH_ROWS)) {
      const bytes = readFileSync(path.join(folder, fileName));
      const article = await importFile({ bytes, fileName });
      rows.push({
        title: article.title,
        format: article.format,
        bytes,
        text: article.text,
        hash: contentHash(article.text),
        words: countWords(article.text),
      });
    }
    const start = now();
    batch(rows);
    elapsed += now() - start;
  }
  return { rawDb, elapsed };
}

/** Ours, in a process of its own (see import-run.ts). */
function ourImport(input: ImportRunInput): ImportRunResult {
  const child = spawnSync(process.execPath, [...process.execArgv, IMPORT_RUN], {
    env: { ...process.env, BENCH_IMPORT_RUN: JSON.stringify(input) },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the benchmark import failed (exit ${child.status})`);
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ImportRunResult;
  if (result.notImported.length > 0) {
    throw new Error(`bench import left files out: ${result.notImported.join('; ')}`);
  }
  return result;
}

function searchLine(
  rawDb: ReturnType<typeof openDatabase>,
  dbFile: string,
  count: number,
  runs: number,
): BenchLine {
  const notebook = createNotebook({ dbFile });
  const term = 'cooperation';
  const rawSearch = rawDb.prepare(
    'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20',
  );
  const rawSearchTimes: number[] = [];
  const oursSearchTimes: number[] = [];
  const timed = (fn: () => unknown, times: number[]) => {
    const start = now();
    fn();
    times.push(now() - start);
  };
  const rawQuery = () => rawSearch.all(term);
  const oursQuery = () => notebook.services.articles.search(term, 20);
  for (let index = 0; index < 5; index += 1) {
    rawQuery();
    oursQuery();
  }
  // The two queries take turns, so a busy moment on the machine weighs on both alike.
  for (let index = 0; index < runs; index += 1) {
    timed(rawQuery, rawSearchTimes);
    timed(oursQuery, oursSearchTimes);
  }
  notebook.close();
  return {
    name: `search "${term}" at ${count.toLocaleString()} p95 (${runs} runs)`,
    ours: percentile(oursSearchTimes, 95),
    baseline: percentile(rawSearchTimes, 95),
    target: 1.3,
  };
}

function sizesWanted(): number[] {
  const listed = process.env.BENCH_IMPORT_SIZES ?? process.env.BENCH_ARTICLES ?? '10000,100000';
  const sizes = listed.split(',').map((item) => Number(item.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(
      `BENCH_IMPORT_SIZES must list article counts, as 10000,100000; got "${listed}"`,
    );
  }
  return sizes;
}

/** Rounds per size: BENCH_ROUNDS (default 5) up to 10,000 articles, one beyond. */
function roundsFor(count: number): number {
  const wanted = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
  return count <= 10_000 ? wanted : Math.max(1, Number(process.env.BENCH_LARGE_ROUNDS ?? 1));
}

export async function benchLibrary(workDir: string): Promise<boolean> {
  const sizes = sizesWanted();
  const largest = Math.max(...sizes);
  let pass = true;
  for (const count of sizes) {
    const rounds = roundsFor(count);
    console.log(`\nLibrary: ${count.toLocaleString()} synthetic articles of ~600 words`);
    const folder = path.join(workDir, `articles-${count}`);
    writeArticles(folder, count);

    // Baseline and ours take turns, each into a fresh database, and each figure is the median
    // of its rounds: this machine's speed drifts by a fifth from one run to the next.
    const baselineTimes: number[] = [];
    const ours: ImportRunResult[] = [];
    let rawDb: ReturnType<typeof openDatabase> | null = null;
    let oursFile = '';
    for (let round = 1; round <= rounds; round += 1) {
      rawDb?.close();
      for (const file of [path.join(workDir, `raw-${count}-${round - 1}.sqlite`), oursFile]) {
        if (file) removeDatabase(file);
      }
      const raw = await rawImport(path.join(workDir, `raw-${count}-${round}.sqlite`), folder);
      rawDb = raw.rawDb;
      baselineTimes.push(raw.elapsed);
      oursFile = path.join(workDir, `ours-${count}-${round}.sqlite`);
      ours.push(ourImport({ folder, dbFile: oursFile, storeSliceMs: ONE_SHOT_STORE_SLICE_MS }));
    }
    if (!rawDb) throw new Error('the benchmark ran no rounds');
    const oursTimes = ours.map((result) => result.elapsedMs);
    const peakRss = Math.max(...ours.map((result) => result.peakRssMb));
    console.log(
      `  import rounds (ours / baseline): ${oursTimes
        .map((time, index) => `${formatMs(time)} / ${formatMs(baselineTimes[index] ?? NaN)}`)
        .join(', ')}`,
    );
    console.log(
      `  peak RSS of the importing process (maxRSS, worker threads included): ${ours
        .map((result) => `${result.peakRssMb.toFixed(0)} MB`)
        .join(', ')}`,
    );
    const lines: BenchLine[] = [
      {
        name: `import ${count.toLocaleString()} (median of ${rounds})`,
        ours: median(oursTimes),
        baseline: median(baselineTimes),
        target: 1.5,
      },
      searchLine(rawDb, oursFile, count, count <= 10_000 ? 200 : 60),
    ];
    pass = report('Library benchmark (ours vs raw better-sqlite3 + FTS5)', lines) && pass;
    const rssOk = count < 100_000 || peakRss <= PEAK_RSS_TARGET_MB;
    console.log(
      `  peak RSS ${peakRss.toFixed(0)} MB${count >= 100_000 ? ` (target ≤ ${PEAK_RSS_TARGET_MB} MB)  ${rssOk ? 'PASS' : 'FAIL'}` : ''}`,
    );
    pass &&= rssOk;

    if (count === largest) {
      removeDatabase(oursFile);
      const appFile = path.join(workDir, `app-${count}.sqlite`);
      const app = ourImport({ folder, dbFile: appFile, probeEveryMs: 100 });
      const p95 = percentile(app.probeMs, 95);
      const probeOk = p95 <= PROBE_P95_TARGET_MS;
      console.log(
        `\nResponsiveness: import ${count.toLocaleString()} as the app and web host store it (short slices), ` +
          `with listArticlePage (50 rows) through the dispatcher every 100 ms`,
      );
      console.log(
        `  import ${formatMs(app.elapsedMs)} (${(app.elapsedMs / median(baselineTimes)).toFixed(2)}× the baseline's median), peak RSS ${app.peakRssMb.toFixed(0)} MB`,
      );
      console.log(
        `  call delay over ${app.probeMs.length} calls: median ${formatMs(median(app.probeMs))}, p95 ${formatMs(p95)}, max ${formatMs(Math.max(...app.probeMs))} (target p95 ≤ ${PROBE_P95_TARGET_MS} ms)  ${probeOk ? 'PASS' : 'FAIL'}`,
      );
      pass &&= probeOk;
      removeDatabase(appFile);
    }
    rawDb.close();
    removeDatabase(path.join(workDir, `raw-${count}-${rounds}.sqlite`));
    removeDatabase(oursFile);
    rmSync(folder, { recursive: true, force: true });
  }
  return pass;
}
