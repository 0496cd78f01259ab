// Issue 4's benchmark: importing 10,000 synthetic articles through Dossier's import path
// (reading, importer, cleaning, hashing, storing each article atomically) against a raw
// better-sqlite3 insert of the same rows with FTS5, batched; then the p95 of a common-term
// search through the service against the raw FTS5 query over the same index.
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../../db/open';
import { ONE_SHOT_STORE_SLICE_MS, createNotebook } from '../../main/composition';
import { contentHash, countWords } from '../../main/services/imports';
import { importFile } from '../../main/importers';
import { importWorkerScript } from '../../main/import-worker-script';
import { seededRandom, syntheticArticle } from './synthetic';
import { formatMs, median, now, percentile, report, type BenchLine } from './stats';

interface SyntheticFile {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Baseline: the rows our import stores (cleaned text, hash, original bytes), precomputed,
 * then inserted raw in batches of 1,000 per transaction; the FTS5 triggers do the indexing.
 * The precomputed rows live only in this function, so they are garbage by the time our
 * import runs and do not weigh on its heap.
 */
async function rawImport(dbFile: string, files: readonly SyntheticFile[]) {
  const prepared = await Promise.all(
    files.map(async (file) => {
      const article = await importFile(file);
      return {
        article,
        bytes: file.bytes,
        hash: contentHash(article.text),
        words: countWords(article.text),
      };
    }),
  );
  const rawDb = openDatabase(dbFile);
  const insert = rawDb.prepare(
    `INSERT INTO articles (title, format, original, original_name, text, content_hash, word_count, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const start = now();
  const batch = rawDb.transaction((rows: typeof prepared) => {
    const stamp = new Date().toISOString();
    for (const row of rows) {
      insert.run(
        row.article.title,
        row.article.format,
        Buffer.from(row.bytes),
        'x.txt',
        row.article.text,
        row.hash,
        row.words,
        stamp,
        stamp,
      );
    }
  });
  for (let index = 0; index < prepared.length; index += 1000)
    batch(prepared.slice(index, index + 1000));
  return { rawDb, elapsed: now() - start };
}

/** Ours: what `dossier import FOLDER` does, from files on disk to stored, indexed articles. */
async function ourImport(dbFile: string, folder: string) {
  const notebook = createNotebook({
    dbFile,
    parseWorker: importWorkerScript(),
    imports: { storeSliceMs: ONE_SHOT_STORE_SLICE_MS },
  });
  const start = now();
  const outcomes = await notebook.services.imports.importPaths([folder]);
  const elapsed = now() - start;
  const failed = outcomes.filter((outcome) => outcome.status !== 'imported');
  if (failed.length > 0) throw new Error(`bench import failed: ${JSON.stringify(failed[0])}`);
  return { notebook, elapsed };
}

export async function benchLibrary(
  workDir: string,
  count = Number(process.env.BENCH_ARTICLES ?? 10_000),
  rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5)),
): Promise<boolean> {
  console.log(`\nLibrary: ${count.toLocaleString()} synthetic articles of ~600 words`);
  const folder = path.join(workDir, 'articles');
  mkdirSync(folder);
  const random = seededRandom(20250426);
  const files = Array.from({ length: count }, (_, index) => {
    const article = syntheticArticle(random, index);
    return { fileName: article.fileName, bytes: new TextEncoder().encode(article.text) };
  });
  for (const file of files) writeFileSync(path.join(folder, file.fileName), file.bytes);

  // Baseline and ours take turns, each into a fresh database, and each figure is the median
  // of its rounds: this machine's speed drifts by a fifth from one run to the next.
  const baselineTimes: number[] = [];
  const oursTimes: number[] = [];
  let rawDb: ReturnType<typeof openDatabase> | null = null;
  let notebook: ReturnType<typeof createNotebook> | null = null;
  for (let round = 1; round <= rounds; round += 1) {
    rawDb?.close();
    notebook?.close();
    const raw = await rawImport(path.join(workDir, `raw-${round}.sqlite`), files);
    rawDb = raw.rawDb;
    baselineTimes.push(raw.elapsed);
    const ours = await ourImport(path.join(workDir, `ours-${round}.sqlite`), folder);
    notebook = ours.notebook;
    oursTimes.push(ours.elapsed);
  }
  if (!rawDb || !notebook) throw new Error('the benchmark ran no rounds');
  const baselineImport = median(baselineTimes);
  const oursImport = median(oursTimes);
  console.log(
    `  import rounds (ours / baseline): ${oursTimes
      .map((ours, index) => `${formatMs(ours)} / ${formatMs(baselineTimes[index] ?? NaN)}`)
      .join(', ')}`,
  );

  // Search: a common term, repeated; p95 of each.
  const term = 'cooperation';
  const rawSearch = rawDb.prepare(
    'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20',
  );
  // The two queries take turns, so a busy moment on the machine weighs on both alike.
  const runs = 200;
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
  for (let index = 0; index < runs; index += 1) {
    timed(rawQuery, rawSearchTimes);
    timed(oursQuery, oursSearchTimes);
  }
  const rawP95 = percentile(rawSearchTimes, 95);
  const oursP95 = percentile(oursSearchTimes, 95);
  rawDb.close();
  notebook.close();

  const lines: BenchLine[] = [
    {
      name: `import ${count.toLocaleString()} (median of ${rounds})`,
      ours: oursImport,
      baseline: baselineImport,
      target: 1.5,
    },
    { name: `search "${term}" p95 (${runs} runs)`, ours: oursP95, baseline: rawP95, target: 1.3 },
  ];
  return report('Library benchmark (ours vs raw better-sqlite3 + FTS5)', lines);
}
