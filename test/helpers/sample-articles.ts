// Fictional articles stored straight through the app's own insert query, for tests that need
// a notebook with content but are not about importing (backup, restore, check).
import { createHash } from 'node:crypto';
import type { NotebookDatabase } from '../../db/open';
import { insertArticle } from '../../db/queries/articles';
import { writeTransaction } from '../../db/transaction';

const WORDS = [
  'harbour',
  'council',
  'lantern',
  'meridian',
  'orchard',
  'valley',
  'ferry',
  'granary',
  'treaty',
  'railway',
  'delegation',
  'summit',
  'envoy',
  'corridor',
  'customs',
  'tariff',
  'monsoon',
  'quarry',
  'archive',
  'beacon',
  'canal',
  'district',
  'embassy',
  'festival',
];

/** About `words` words of fictional prose, the same for the same seed. */
export function fictionalText(seed: number, words = 600): string {
  const out: string[] = [];
  let state = seed * 2654435761 + 1;
  for (let index = 0; index < words; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[state % WORDS.length]!);
  }
  const paragraphs: string[] = [];
  for (let start = 0; start < out.length; start += 100)
    paragraphs.push(`${out.slice(start, start + 100).join(' ')}.`);
  return paragraphs.join('\n\n');
}

export function addArticle(db: NotebookDatabase, title: string, text: string): number {
  return writeTransaction(db, () =>
    insertArticle(db, {
      title,
      author: null,
      publisher: 'The Lowmoor Gazette',
      dateline: null,
      publishedAt: '2026-03-14',
      language: 'en',
      sourceUrl: null,
      format: 'text',
      sourcePath: null,
      originalName: null,
      original: new TextEncoder().encode(text),
      text,
      contentHash: createHash('sha256').update(`${title}\n${text}`).digest('hex'),
      wordCount: text.split(/\s+/).length,
    }),
  );
}

export function titles(db: NotebookDatabase): string[] {
  return db
    .prepare('SELECT title FROM articles WHERE deleted_at IS NULL ORDER BY id')
    .pluck()
    .all() as string[];
}

/**
 * Makes the search index disagree with the articles, as the old update triggers did: the
 * triggers are dropped, a title is changed behind the index's back, and they are put back.
 */
export function breakSearchIndex(db: NotebookDatabase, articleId: number): void {
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'articles'")
    .all() as Array<{ name: string; sql: string }>;
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
  db.prepare("UPDATE articles SET title = 'Quarry ledger of Essendine' WHERE id = ?").run(
    articleId,
  );
  for (const trigger of triggers) db.exec(trigger.sql);
}
