// Typed, synchronous queries over articles and their full-text index. Soft-deleted articles
// (deleted_at set) are invisible to every read here except restore, so a delete can be undone.
import type Database from 'better-sqlite3';
import type { Article, ArticleMetadata, ArticleSummary } from '../model';
import { nowIso, statement } from './statements';

export interface NewArticle extends ArticleMetadata {
  format: string;
  sourcePath: string | null;
  originalName: string | null;
  original: Uint8Array;
  text: string;
  contentHash: string;
  wordCount: number;
}

interface ArticleRow {
  id: number;
  title: string;
  author: string | null;
  publisher: string | null;
  dateline: string | null;
  published_at: string | null;
  language: string | null;
  format: string;
  source_path: string | null;
  source_url: string | null;
  word_count: number;
  highlight_count: number;
  imported_at: string;
  updated_at: string;
  text?: string;
  content_hash?: string;
}

const SUMMARY_COLUMNS = `a.id, a.title, a.author, a.publisher, a.dateline, a.published_at, a.language,
  a.format, a.source_path, a.source_url, a.word_count, a.imported_at, a.updated_at,
  (SELECT count(*) FROM highlights h WHERE h.article_id = a.id) AS highlight_count`;

function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    author: row.author,
    publisher: row.publisher,
    dateline: row.dateline,
    publishedAt: row.published_at,
    language: row.language,
    format: row.format,
    sourcePath: row.source_path,
    sourceUrl: row.source_url,
    wordCount: row.word_count,
    highlightCount: row.highlight_count,
    importedAt: row.imported_at,
    updatedAt: row.updated_at,
  };
}

const INSERT_COLUMNS = `INSERT INTO articles (title, author, publisher, dateline, published_at,
       language, format, source_path, source_url, original_name, original, text, content_hash,
       word_count, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

function insertValues(article: NewArticle): unknown[] {
  const now = nowIso();
  const { original } = article;
  return [
    article.title,
    article.author,
    article.publisher,
    article.dateline,
    article.publishedAt,
    article.language,
    article.format,
    article.sourcePath,
    article.sourceUrl,
    article.originalName,
    Buffer.from(original.buffer, original.byteOffset, original.byteLength),
    article.text,
    article.contentHash,
    article.wordCount,
    now,
    now,
  ];
}

export function insertArticle(db: Database.Database, article: NewArticle): number {
  const result = statement(db, INSERT_COLUMNS).run(...insertValues(article));
  return Number(result.lastInsertRowid);
}

/**
 * Inserts the article unless one with the same content hash is stored (deleted or not), in
 * one statement: the unique index answers the duplicate question the insert asks anyway.
 * Returns the new id, or null for a duplicate.
 */
export function insertArticleUnlessStored(
  db: Database.Database,
  article: NewArticle,
): number | null {
  const result = statement(db, `${INSERT_COLUMNS} ON CONFLICT (content_hash) DO NOTHING`).run(
    ...insertValues(article),
  );
  return result.changes > 0 ? Number(result.lastInsertRowid) : null;
}

/** Any article with this hash, including a soft-deleted one (so re-import can restore it). */
export function findArticleByHash(
  db: Database.Database,
  contentHash: string,
): { id: number; title: string; deleted: boolean } | undefined {
  const row = statement(
    db,
    'SELECT id, title, deleted_at FROM articles WHERE content_hash = ?',
  ).get(contentHash) as { id: number; title: string; deleted_at: string | null } | undefined;
  return row && { id: row.id, title: row.title, deleted: row.deleted_at !== null };
}

export type ArticleSort = 'imported' | 'published' | 'title' | 'publisher';

const ORDER_BY: Record<ArticleSort, string> = {
  imported: 'a.imported_at DESC, a.id DESC',
  published: "coalesce(a.published_at, '') DESC, a.id DESC",
  title: 'a.title COLLATE NOCASE ASC, a.id ASC',
  publisher: "coalesce(a.publisher, '') COLLATE NOCASE ASC, a.title COLLATE NOCASE ASC",
};

export function listArticles(
  db: Database.Database,
  options: { sort?: ArticleSort; limit?: number; offset?: number } = {},
): ArticleSummary[] {
  const order = ORDER_BY[options.sort ?? 'imported'];
  const rows = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.deleted_at IS NULL
     ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(options.limit ?? 1000, options.offset ?? 0) as ArticleRow[];
  return rows.map(toSummary);
}

export function getArticle(db: Database.Database, id: number): Article | undefined {
  const row = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS}, a.text, a.content_hash FROM articles a
     WHERE a.id = ? AND a.deleted_at IS NULL`,
  ).get(id) as ArticleRow | undefined;
  if (!row) return undefined;
  return { ...toSummary(row), text: row.text ?? '', contentHash: row.content_hash ?? '' };
}

export function updateArticleMetadata(
  db: Database.Database,
  id: number,
  metadata: ArticleMetadata,
): boolean {
  const result = statement(
    db,
    `UPDATE articles SET title = @title, author = @author, publisher = @publisher,
       dateline = @dateline, published_at = @publishedAt, language = @language,
       source_url = @sourceUrl, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL`,
  ).run({ ...metadata, id, now: nowIso() });
  return result.changes > 0;
}

export function updateArticleText(
  db: Database.Database,
  id: number,
  text: string,
  contentHash: string,
  wordCount: number,
): boolean {
  const result = statement(
    db,
    `UPDATE articles SET text = ?, content_hash = ?, word_count = ?, updated_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(text, contentHash, wordCount, nowIso(), id);
  return result.changes > 0;
}

export function setArticleDeleted(db: Database.Database, id: number, deleted: boolean): boolean {
  const result = statement(
    db,
    deleted
      ? 'UPDATE articles SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'
      : 'UPDATE articles SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL',
  ).run(...(deleted ? [nowIso(), id] : [id]));
  return result.changes > 0;
}

export function countArticles(db: Database.Database): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL').get() as {
      n: number;
    }
  ).n;
}

export interface SearchRow {
  id: number;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  text: string;
  rank: number;
}

/**
 * Ranked full-text search: the best `limit` matches straight from the FTS5 index (ranked by
 * its configured weighted bm25), then their rows. `match` must be a safe FTS5 expression
 * (see toFtsQuery). Soft-deleted articles are not in the index.
 */
export function searchArticles(db: Database.Database, match: string, limit: number): SearchRow[] {
  const rows = statement(
    db,
    `SELECT a.id, a.title, a.publisher, a.published_at, a.text, hit.rank
     FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?) hit
     JOIN articles a ON a.id = hit.rowid
     ORDER BY hit.rank`,
  ).all(match, limit) as {
    id: number;
    title: string;
    publisher: string | null;
    published_at: string | null;
    text: string;
    rank: number;
  }[];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    publishedAt: row.published_at,
    text: row.text,
    rank: row.rank,
  }));
}

/**
 * Turns anything a person types into a safe FTS5 query: words become quoted terms (so
 * operators, parentheses and column filters are inert), "quoted phrases" stay phrases,
 * and with `prefix` the last bare word matches as a prefix, for results as you type.
 */
export function toFtsQuery(input: string, options: { prefix?: boolean } = {}): string | null {
  return searchTerms(input, options).expression;
}

export interface SearchTerms {
  /** The FTS5 expression, or null when the input has no searchable word. */
  expression: string | null;
  /** Every word searched for, and whether the last one matches as a prefix. */
  words: string[];
  prefix: boolean;
}

export function searchTerms(input: string, options: { prefix?: boolean } = {}): SearchTerms {
  const parts: string[] = [];
  const searched: string[] = [];
  const phrasePattern = /"([^"]*)"/g;
  let rest = input;
  for (const match of input.matchAll(phrasePattern)) {
    const words = wordsOf(match[1] ?? '');
    if (words.length > 0) parts.push(`"${words.join(' ')}"`);
    searched.push(...words);
  }
  rest = input.replace(phrasePattern, ' ');
  const words = wordsOf(rest.replace(/"/g, ' '));
  const prefix = options.prefix === true && words.length > 0 && !/\s$/.test(input);
  words.forEach((word, index) => {
    parts.push(prefix && index === words.length - 1 ? `"${word}"*` : `"${word}"`);
  });
  searched.push(...words);
  return { expression: parts.length === 0 ? null : parts.join(' '), words: searched, prefix };
}

function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
}
