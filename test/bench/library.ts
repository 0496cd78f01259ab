// Issue 4's benchmark: importing 10,000 synthetic articles through Dossier's import path
// (importer, cleaning, hashing, one transaction per article) against a raw better-sqlite3
// insert of the same rows with FTS5, batched; then the p95 of a common-term search through
// the service against the raw FTS5 query over the same index.
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../../db/open';
import { createNotebook } from '../../main/composition';
import { contentHash, countWords } from '../../main/services/imports';
import { importFile } from '../../main/importers';
import { seededRandom, syntheticArticle } from './synthetic';
import { now, percentile, report, type BenchLine } from './stats';

export async function benchLibrary(
  workDir: string,
  count = Number(process.env.BENCH_ARTICLES ?? 10_000),
): Promise<boolean> {
  const random = seededRandom(20250426);
  const files = Array.from({ length: count }, (_, index) => {
    const article = syntheticArticle(random, index);
    return { fileName: article.fileName, bytes: new TextEncoder().encode(article.text) };
  });
  console.log(`\nLibrary: ${count.toLocaleString()} synthetic articles of ~600 words`);

  // Baseline: the rows our import stores (cleaned text, hash, original bytes), precomputed,
  // then inserted raw in batches of 1,000 per transaction; the FTS5 triggers do the indexing.
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
  const rawDb = openDatabase(path.join(workDir, 'raw.sqlite'));
  const insert = rawDb.prepare(
    `INSERT INTO articles (title, format, original, original_name, text, content_hash, word_count, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const baselineStart = now();
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
  const baselineImport = now() - baselineStart;

  // Ours: what `dossier import FOLDER` does, from files on disk to stored, indexed articles.
  const folder = path.join(workDir, 'articles');
  mkdirSync(folder);
  for (const file of files) writeFileSync(path.join(folder, file.fileName), file.bytes);
  const notebook = createNotebook({ dbFile: path.join(workDir, 'ours.sqlite') });
  const oursStart = now();
  const outcomes = await notebook.services.imports.importPaths([folder]);
  const oursImport = now() - oursStart;
  const failedImports = outcomes.filter((outcome) => outcome.status !== 'imported');
  if (failedImports.length > 0)
    throw new Error(`bench import failed: ${JSON.stringify(failedImports[0])}`);

  // Search: a common term, repeated; p95 of each.
  const term = 'cooperation';
  const rawSearch = rawDb.prepare(
    'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20',
  );
  const runs = 60;
  const sample = (fn: () => unknown) => {
    for (let index = 0; index < 5; index += 1) fn();
    const times: number[] = [];
    for (let index = 0; index < runs; index += 1) {
      const start = now();
      fn();
      times.push(now() - start);
    }
    return percentile(times, 95);
  };
  const rawP95 = sample(() => rawSearch.all(term));
  const oursP95 = sample(() => notebook.services.articles.search(term, 20));
  rawDb.close();
  notebook.close();

  const lines: BenchLine[] = [
    {
      name: `import ${count.toLocaleString()} articles`,
      ours: oursImport,
      baseline: baselineImport,
      target: 1.5,
    },
    { name: `search "${term}" p95 (${runs} runs)`, ours: oursP95, baseline: rawP95, target: 1.3 },
  ];
  return report('Library benchmark (ours vs raw better-sqlite3 + FTS5)', lines);
}
