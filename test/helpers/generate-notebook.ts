// Builds a notebook of many short fictional articles fast, for the library-at-scale spec and
// the benchmarks (1,000 / 20,000 / 100,000). It opens the file the way the app does (same
// migrations), then inserts every article in one write transaction through one prepared
// INSERT into `articles`, so the FTS5 triggers index each row exactly as an import would;
// only the parsing is skipped. Seeded: the same options always give the same notebook.
// Article i (0-based) is imported i minutes after the first, so "Recently imported" lists
// the last generated first and article 0 last; its title ends in "(i)".
import { createHash } from 'node:crypto';
import { openDatabase } from '../../db/open';
import { insertHighlight } from '../../db/queries/highlights';
import { writeTransaction } from '../../db/transaction';
import { seededRandom, syntheticArticle } from '../bench/synthetic';

export interface GenerateOptions {
  /** How many articles. */
  count: number;
  /** Words per article body (default 40: short, so 100,000 build in seconds). */
  words?: number;
  seed?: number;
  /** Every n-th article (from article 0) gets one highlight on its first word (default: none). */
  annotateEvery?: number;
}

export interface GeneratedNotebook {
  dbFile: string;
  /** The id of article i, in generation order. */
  ids: number[];
  /** The title of article i. */
  titles: string[];
}

const PUBLISHERS = [
  'The Oldmere Courier',
  'Veldora Evening Post',
  'Marisk Ledger',
  'Quenby Wire',
  'Tarvos Harbour Gazette',
  'Eskelund Daily',
  null,
];

const FIRST_IMPORT = Date.UTC(2024, 0, 1);

export function generateNotebook(dbFile: string, options: GenerateOptions): GeneratedNotebook {
  const random = seededRandom(options.seed ?? 17);
  const db = openDatabase(dbFile);
  const insert = db.prepare(
    `INSERT INTO articles (title, author, publisher, dateline, published_at, language, format,
       source_path, source_url, original_name, original, text, content_hash, word_count,
       imported_at, updated_at, metadata_sources)
     VALUES (?, NULL, ?, NULL, ?, 'en', 'text', NULL, NULL, ?, ?, ?, ?, ?, ?, ?, '{}')`,
  );
  const ids: number[] = [];
  const titles: string[] = [];
  try {
    writeTransaction(db, () => {
      for (let index = 0; index < options.count; index += 1) {
        const article = syntheticArticle(random, index, options.words ?? 40);
        const publisher = PUBLISHERS[index % PUBLISHERS.length]!;
        const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000);
        const imported = new Date(FIRST_IMPORT + index * 60_000).toISOString();
        const result = insert.run(
          article.title,
          publisher,
          day.toISOString().slice(0, 10),
          article.fileName,
          Buffer.from(article.text),
          article.text,
          createHash('sha256').update(article.text).digest('hex'),
          article.text.split(/\s+/).filter(Boolean).length,
          imported,
          imported,
        );
        const id = Number(result.lastInsertRowid);
        ids.push(id);
        titles.push(article.title);
        if (options.annotateEvery && index % options.annotateEvery === 0) {
          const exact = article.text.split(' ')[0]!;
          insertHighlight(db, {
            articleId: id,
            kind: 'highlight',
            exact,
            prefix: '',
            suffix: article.text.slice(exact.length, exact.length + 32),
            start: 0,
            end: exact.length,
            speakerId: null,
            note: '',
            orphaned: false,
          });
        }
      }
    });
  } finally {
    db.close();
  }
  return { dbFile, ids, titles };
}
