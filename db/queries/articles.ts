// Typed, synchronous queries over articles and their full-text index. Soft-deleted articles
// (deleted_at set) are invisible to every read here except restore, so a delete can be undone.
import type Database from 'better-sqlite3';
import type { ArticleSort } from '../../main/domain/vocabulary';
import {
  ARTICLE_METADATA_FIELDS,
  type DeletedArticle,
  type MetadataSources,
} from '../../main/domain/records';
import type { Article, ArticleMetadata, ArticleSummary } from '../model';
import {
  foldText,
  wordsOf,
  type SearchFilters,
  type SearchSort,
} from '../../main/domain/search-query';
import { nowIso, statement } from './statements';
import { listArticlePage } from './article-pages';
import { ARTICLE_PAGE_LIMIT_MAX, type ArticleListFilter } from '../../main/domain/article-list';

export interface NewArticle extends ArticleMetadata {
  format: string;
  sourcePath: string | null;
  originalName: string | null;
  original: Uint8Array;
  /**
   * The canonical text, or its UTF-8 bytes (an import worker's result): the insert casts them
   * to text, so SQLite stores and indexes exactly what the string would have given.
   */
  text: string | Uint8Array;
  contentHash: string;
  wordCount: number;
  /** Where each metadata field came from (stored as JSON); none recorded when absent. */
  metadataSources?: MetadataSources;
}

export interface ArticleRow {
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
  metadata_sources?: string;
}

export const SUMMARY_COLUMNS = `a.id, a.title, a.author, a.publisher, a.dateline, a.published_at, a.language,
  a.format, a.source_path, a.source_url, a.word_count, a.imported_at, a.updated_at,
  (SELECT count(*) FROM highlights h WHERE h.article_id = a.id) AS highlight_count`;

export function toSummary(row: ArticleRow): ArticleSummary {
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
       word_count, imported_at, updated_at, metadata_sources)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?, ?, ?)`;

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
    typeof article.text === 'string'
      ? article.text
      : Buffer.from(article.text.buffer, article.text.byteOffset, article.text.byteLength),
    article.contentHash,
    article.wordCount,
    now,
    now,
    JSON.stringify(article.metadataSources ?? {}),
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

export type { ArticleSort };

/**
 * The whole library (or the first `limit` articles) under a sort and filter, walked in keyset
 * pages (article-pages.ts), for callers that want every row: the CLI's list and its suggester.
 * The app pages through listArticlePage instead.
 */
export function listArticles(
  db: Database.Database,
  options: { sort?: ArticleSort; filter?: ArticleListFilter; limit?: number } = {},
): ArticleSummary[] {
  const wanted = options.limit ?? Number.POSITIVE_INFINITY;
  const summaries: ArticleSummary[] = [];
  let after: string | undefined;
  for (;;) {
    const page = listArticlePage(db, {
      sort: options.sort ?? 'imported',
      ...(options.filter ? { filter: options.filter } : {}),
      ...(after === undefined ? {} : { after }),
      limit: Math.min(ARTICLE_PAGE_LIMIT_MAX, wanted - summaries.length),
    });
    summaries.push(...page.articles);
    if (page.atEnd || summaries.length >= wanted || page.cursors.length === 0) return summaries;
    after = page.cursors.at(-1);
  }
}

export function getArticle(db: Database.Database, id: number): Article | undefined {
  const row = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS}, a.text, a.content_hash, a.metadata_sources FROM articles a
     WHERE a.id = ? AND a.deleted_at IS NULL`,
  ).get(id) as ArticleRow | undefined;
  if (!row) return undefined;
  return {
    ...toSummary(row),
    text: row.text ?? '',
    contentHash: row.content_hash ?? '',
    metadataSources: parseSources(row.metadata_sources),
  };
}

function parseSources(json: string | undefined): MetadataSources {
  try {
    const value: unknown = JSON.parse(json ?? '{}');
    return value && typeof value === 'object' ? (value as MetadataSources) : {};
  } catch {
    return {};
  }
}

export function updateArticleMetadata(
  db: Database.Database,
  id: number,
  metadata: ArticleMetadata,
): boolean {
  // A field the analyst changes is theirs now: its provenance says so.
  const current = getArticle(db, id);
  const sources: Record<string, string> = { ...current?.metadataSources };
  for (const field of ARTICLE_METADATA_FIELDS) {
    if (current && (metadata[field] ?? null) === (current[field] ?? null)) continue;
    if (metadata[field]) sources[field] = 'edited';
    else delete sources[field];
  }
  const result = statement(
    db,
    `UPDATE articles SET title = @title, author = @author, publisher = @publisher,
       dateline = @dateline, published_at = @publishedAt, language = @language,
       source_url = @sourceUrl, metadata_sources = @sources, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL`,
  ).run({ ...metadata, id, now: nowIso(), sources: JSON.stringify(sources) });
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

/** The Trash: deleted articles, most recently deleted first, with their annotation counts. */
export function listDeletedArticles(db: Database.Database, limit = 500): DeletedArticle[] {
  return (
    statement(
      db,
      `SELECT a.id, a.title, a.publisher, a.deleted_at,
              (SELECT count(*) FROM highlights h WHERE h.article_id = a.id) AS annotations
       FROM articles a WHERE a.deleted_at IS NOT NULL
       ORDER BY a.deleted_at DESC, a.id DESC LIMIT ?`,
    ).all(limit) as {
      id: number;
      title: string;
      publisher: string | null;
      deleted_at: string;
      annotations: number;
    }[]
  ).map((row) => ({
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    deletedAt: row.deleted_at,
    annotationCount: row.annotations,
  }));
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

export interface ArticleSearch {
  /** A safe FTS5 expression (from main/domain/search-query.ts), or null for filters alone. */
  match: string | null;
  /** The live articles `match` does NOT match. */
  complement: boolean;
  filters: SearchFilters;
  sort: SearchSort;
  limit: number;
  /**
   * Search as you type: instead of bm25, matches in the title among the newest `typingWindow`
   * articles come first, then the other matches, each newest first (see typingSearch).
   */
  typingWindow?: number | undefined;
}

/**
 * Full-text search with the analyst's field filters, all in one SQL statement. Relevance with no
 * filters takes the best `limit` rows straight from the FTS5 index (ranked by its configured
 * weighted bm25); with filters, dates or a complement, SQLite filters and orders the matching
 * rows before the limit. Speaker and tag names are resolved to ids first (folded, over those
 * small tables), so no article row is read by JavaScript. Soft-deleted articles are never found.
 */
export function searchArticles(db: Database.Database, search: ArticleSearch): SearchRow[] {
  const where: string[] = ['a.deleted_at IS NULL'];
  const parameters: unknown[] = [];
  for (const column of ['author', 'publisher'] as const) {
    for (const filter of search.filters[column]) {
      where.push(
        filter.negated
          ? `coalesce(a.${column}, '') NOT LIKE ? ESCAPE '\\'`
          : `a.${column} LIKE ? ESCAPE '\\'`,
      );
      parameters.push(`%${filter.value.replace(/[\\%_]/g, '\\$&')}%`);
    }
  }
  for (const filter of search.filters.speaker) {
    const ids = speakerIdsNamed(db, filter.value);
    if (ids.length === 0) {
      if (filter.negated) continue;
      return [];
    }
    where.push(
      `a.id ${filter.negated ? 'NOT IN' : 'IN'} (SELECT h.article_id FROM highlights h
         WHERE h.speaker_id IN (SELECT value FROM json_each(?)))`,
    );
    parameters.push(JSON.stringify(ids));
  }
  for (const filter of search.filters.tag) {
    const ids = tagIdsNamed(db, filter.value);
    if (ids.length === 0) {
      if (filter.negated) continue;
      return [];
    }
    where.push(
      `a.id ${filter.negated ? 'NOT IN' : 'IN'} (SELECT h.article_id FROM highlight_tags t
         JOIN highlights h ON h.id = t.highlight_id
         WHERE t.tag_id IN (SELECT value FROM json_each(?)))`,
    );
    parameters.push(JSON.stringify(ids));
  }
  // ISO dates compare as strings: '2025-04-02T09:00+05:00' >= '2025-04' and < '2025-05'.
  for (const date of search.filters.after) {
    where.push('a.published_at >= ?');
    parameters.push(date);
  }
  for (const date of search.filters.before) {
    where.push('a.published_at < ?');
    parameters.push(date);
  }
  const byDate =
    search.sort === 'oldest'
      ? 'a.published_at IS NULL, a.published_at ASC, a.id ASC'
      : 'a.published_at IS NULL, a.published_at DESC, a.id DESC';
  const columns = 'a.id, a.title, a.publisher, a.published_at, a.text';
  let sql: string;
  let bound: unknown[];
  if (search.match !== null && !search.complement) {
    const ranked = search.sort === 'relevance';
    if (ranked && where.length === 1 && search.typingWindow !== undefined) {
      return typingSearch(db, search.match, search.limit, search.typingWindow);
    }
    if (ranked && where.length === 1) {
      sql = `SELECT ${columns}, hit.rank
        FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?) hit
        JOIN articles a ON a.id = hit.rowid
        WHERE ${where.join(' AND ')}
        ORDER BY hit.rank`;
      bound = [search.match, search.limit];
    } else {
      sql = `SELECT ${columns}, hit.rank
        FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ?) hit
        JOIN articles a ON a.id = hit.rowid
        WHERE ${where.join(' AND ')}
        ORDER BY ${ranked ? 'hit.rank' : byDate} LIMIT ?`;
      bound = [search.match, ...parameters, search.limit];
    }
  } else {
    if (search.match !== null) {
      where.push('a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
      parameters.push(search.match);
    }
    // Nothing to rank by: the newest first unless asked for the oldest.
    sql = `SELECT ${columns}, 0 AS rank FROM articles a WHERE ${where.join(' AND ')}
      ORDER BY ${byDate} LIMIT ?`;
    bound = [...parameters, search.limit];
  }
  const rows = statement(db, sql).all(...bound) as {
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
 * Search as you type, at a cost that does not grow with the notebook. bm25 needs, for every
 * query, how many articles hold each term, which FTS5 counts by reading the terms' whole
 * doclists: at 100,000 articles that was most of a keystroke's wait. Here both lookups walk the
 * index newest first and stop at `limit`: matches in the title (the strongest sign of relevance,
 * as bm25's weighting says), looked for among the newest `window` articles so that a title
 * match that is not there costs a bounded walk, then the other matches. `rank` is the position.
 */
function typingSearch(
  db: Database.Database,
  match: string,
  limit: number,
  window: number,
): SearchRow[] {
  const newest =
    (statement(db, 'SELECT max(id) AS id FROM articles').get() as { id: number | null }).id ?? 0;
  const newestFirst = `SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?
    AND rowid > ? ORDER BY rowid DESC LIMIT ?`;
  const inTitle = statement(db, newestFirst)
    .all(`(${match}) AND ({title} : (${match}))`, newest - window, limit)
    .map((row) => (row as { id: number }).id);
  const found = new Set(inTitle);
  const others =
    inTitle.length === limit
      ? []
      : statement(db, newestFirst)
          .all(match, 0, limit + inTitle.length)
          .map((row) => (row as { id: number }).id)
          .filter((id) => !found.has(id))
          .slice(0, limit - inTitle.length);
  const ids = [...inTitle, ...others];
  const rows = new Map(
    (
      statement(
        db,
        `SELECT id, title, publisher, published_at, text FROM articles
         WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
      ).all(JSON.stringify(ids)) as {
        id: number;
        title: string;
        publisher: string | null;
        published_at: string | null;
        text: string;
      }[]
    ).map((row) => [row.id, row]),
  );
  return ids.flatMap((id, position) => {
    const row = rows.get(id);
    return row
      ? [
          {
            id,
            title: row.title,
            publisher: row.publisher,
            publishedAt: row.published_at,
            text: row.text,
            rank: position,
          },
        ]
      : [];
  });
}

/** Whether `value`'s words appear, in order and whole, in `name` (both folded). */
function namesMatch(value: string[], name: string): boolean {
  const words = wordsOf(foldText(name));
  for (let start = 0; start + value.length <= words.length; start += 1) {
    if (value.every((word, index) => words[start + index] === word)) return true;
  }
  return false;
}

function idsNamed(rows: { id: number; name: string }[], value: string): number[] {
  const wanted = wordsOf(foldText(value));
  if (wanted.length === 0) return [];
  return [...new Set(rows.filter((row) => namesMatch(wanted, row.name)).map((row) => row.id))];
}

/** Speakers whose name or an alias holds these words, case and accents aside. */
function speakerIdsNamed(db: Database.Database, value: string): number[] {
  const rows = statement(
    db,
    `SELECT id, name FROM speakers UNION ALL SELECT speaker_id AS id, alias AS name FROM speaker_aliases`,
  ).all() as { id: number; name: string }[];
  return idsNamed(rows, value);
}

function tagIdsNamed(db: Database.Database, value: string): number[] {
  const rows = statement(db, 'SELECT id, name FROM tags').all() as { id: number; name: string }[];
  return idsNamed(rows, value);
}
