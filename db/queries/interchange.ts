// Typed queries for the interchange service (export to and import from other tools' formats):
// every live article with its text in a stable order, an article by the URL other tools know
// it by, and setting an imported highlight's timestamps to the ones its file carried.
import type Database from 'better-sqlite3';
import { statement } from './statements';

export interface InterchangeArticleRow {
  id: number;
  title: string;
  author: string | null;
  publisher: string | null;
  publishedAt: string | null;
  language: string | null;
  sourceUrl: string | null;
  contentHash: string;
  importedAt: string;
  text: string;
}

const COLUMNS = `id, title, author, publisher, published_at AS publishedAt, language,
  source_url AS sourceUrl, content_hash AS contentHash, imported_at AS importedAt, text`;

/**
 * The articles with these ids, deleted ones too: a memo still cites an article deleted since
 * it was written, and its reference must not vanish from the memo's sources.
 */
export function articlesWithIds(
  db: Database.Database,
  ids: readonly number[],
): InterchangeArticleRow[] {
  if (ids.length === 0) return [];
  return statement(
    db,
    `SELECT ${COLUMNS} FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  ).all(JSON.stringify(ids)) as InterchangeArticleRow[];
}

/** Every live article, oldest import first. */
export function liveArticles(db: Database.Database): InterchangeArticleRow[] {
  return statement(
    db,
    `SELECT ${COLUMNS} FROM articles WHERE deleted_at IS NULL ORDER BY id`,
  ).all() as InterchangeArticleRow[];
}

/** The live article with this source URL (the oldest, should two share it), with its text. */
export function liveArticleByUrl(
  db: Database.Database,
  url: string,
): InterchangeArticleRow | undefined {
  return statement(
    db,
    `SELECT ${COLUMNS} FROM articles WHERE deleted_at IS NULL AND source_url = ? ORDER BY id LIMIT 1`,
  ).get(url) as InterchangeArticleRow | undefined;
}

/** The live article whose canonical text has this SHA-256, with its text. */
export function liveArticleByHash(
  db: Database.Database,
  contentHash: string,
): InterchangeArticleRow | undefined {
  return statement(
    db,
    `SELECT ${COLUMNS} FROM articles WHERE deleted_at IS NULL AND content_hash = ?`,
  ).get(contentHash) as InterchangeArticleRow | undefined;
}

export function setHighlightTimes(
  db: Database.Database,
  id: number,
  createdAt: string,
  updatedAt: string,
): void {
  statement(db, 'UPDATE highlights SET created_at = ?, updated_at = ? WHERE id = ?').run(
    createdAt,
    updatedAt,
    id,
  );
}
