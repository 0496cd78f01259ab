// The library's article list as keyset pages: each sort is a total order over live articles
// (ending in the id, so ties never reorder between pages), each index in migration 0007 holds
// one such order for live rows, and a page continues strictly after (or before) a cursor, the
// sort key of a row, so a page costs the same at row 100,000 as at row 1 and rows inserted
// meanwhile never shift a page already shown. OFFSET appears once: `position`, a scrollbar
// jump, reads only the index's key columns to find the row to start from.
import type Database from 'better-sqlite3';
import type {
  ArticleListCounts,
  ArticleListFilter,
  ArticlePage,
  ArticlePageRequest,
} from '../../main/domain/article-list';
import type { ArticleSort } from '../../main/domain/vocabulary';
import { SUMMARY_COLUMNS, toSummary, type ArticleRow } from './articles';
import { statement } from './statements';

interface SortOrder {
  /** The key expressions, most significant first; the same as the index's in migration 0007. */
  readonly keys: readonly string[];
  readonly descending: boolean;
}

const SORTS: Record<ArticleSort, SortOrder> = {
  imported: { keys: ['a.imported_at', 'a.id'], descending: true },
  published: { keys: ["coalesce(a.published_at, '')", 'a.id'], descending: true },
  title: { keys: ['a.title COLLATE NOCASE', 'a.id'], descending: false },
  publisher: {
    keys: ["coalesce(a.publisher, '') COLLATE NOCASE", 'a.title COLLATE NOCASE', 'a.id'],
    descending: false,
  },
};

type Key = (string | number)[];

export function encodeCursor(key: Key): string {
  return JSON.stringify(key);
}

/** A cursor back to its key, or null when it is not one this sort could have made. */
function decodeCursor(cursor: string, sort: ArticleSort): Key | null {
  try {
    const value: unknown = JSON.parse(cursor);
    const length = SORTS[sort].keys.length;
    if (!Array.isArray(value) || value.length !== length) return null;
    const last = value[length - 1];
    if (typeof last !== 'number' || !Number.isInteger(last)) return null;
    if (!value.slice(0, -1).every((part) => typeof part === 'string' || typeof part === 'number'))
      return null;
    return value as Key;
  } catch {
    return null;
  }
}

export class BadCursorError extends Error {
  constructor() {
    super('The library position is not valid for this sort; start from the top again.');
    this.name = 'BadCursorError';
  }
}

/**
 * The filter as SQL terms. A page walks its sort's index and probes the text matches (a set
 * built over articles_live_names) and each row's highlights; a count instead reads the names
 * index and the highlights directly, so neither visits the article rows.
 */
function filterClause(
  filter: ArticleListFilter = {},
  forCount = false,
): { where: string[]; parameters: unknown[] } {
  const where = ['a.deleted_at IS NULL'];
  const parameters: unknown[] = [];
  const text = filter.text?.trim();
  if (text) {
    // Matched over articles_live_names alone; the sort's index then probes this set (the
    // unary + keeps SQLite from fetching every match by id and sorting them all instead).
    const pattern = `%${text.replace(/[\\%_]/g, '\\$&')}%`;
    const names = `(a.title LIKE ? ESCAPE '\\' OR coalesce(a.publisher, '') LIKE ? ESCAPE '\\')`;
    where.push(
      forCount
        ? names
        : `+a.id IN (SELECT a.id FROM articles a WHERE a.deleted_at IS NULL AND ${names})`,
    );
    parameters.push(pattern, pattern);
  }
  // ISO dates compare as strings: '2025-04-02T09:00+05:00' >= '2025-04' and < '2025-05'.
  // Written over the published index's own key, so a range reads that index alone.
  if (filter.publishedFrom) {
    where.push("coalesce(a.published_at, '') >= ?");
    parameters.push(filter.publishedFrom);
  }
  if (filter.publishedBefore) {
    where.push("coalesce(a.published_at, '') > '' AND coalesce(a.published_at, '') < ?");
    parameters.push(filter.publishedBefore);
  }
  if (filter.annotated)
    where.push(
      forCount
        ? 'a.id IN (SELECT h.article_id FROM highlights h)'
        : 'EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = a.id)',
    );
  return { where, parameters };
}

function keyColumns(order: SortOrder): string {
  return order.keys
    .map((key, index) => `${key.replace(/ COLLATE NOCASE$/, '')} AS k${index}`)
    .join(', ');
}

function orderBy(order: SortOrder, reversed: boolean): string {
  const direction = order.descending !== reversed ? 'DESC' : 'ASC';
  return order.keys.map((key) => `${key} ${direction}`).join(', ');
}

/**
 * Keeps rows strictly after (or before) a key in this order. The row-value comparison alone is
 * exact, but SQLite seeks an index with it only when every key is a plain column; the bound on
 * the first key, implied by it, is what lets it seek the expression and collated indexes.
 */
function beyond(order: SortOrder, backwards: boolean, inclusive = false): string {
  const later = order.descending !== backwards ? '<' : '>';
  const marks = order.keys.map(() => '?').join(', ');
  return `${order.keys[0]} ${later}= ? AND (${order.keys.join(', ')}) ${later}${inclusive ? '=' : ''} (${marks})`;
}

type PageRow = ArticleRow & Record<`k${number}`, string | number>;

function keyOf(row: PageRow, order: SortOrder): Key {
  return order.keys.map((_, index) => row[`k${index}`]!);
}

/** The key of the row at this position under the filter, from the index alone. */
function keyAt(
  db: Database.Database,
  order: SortOrder,
  where: string[],
  parameters: unknown[],
  position: number,
): Key | null {
  const row = statement(
    db,
    `SELECT ${keyColumns(order)} FROM articles a WHERE ${where.join(' AND ')}
     ORDER BY ${orderBy(order, false)} LIMIT 1 OFFSET ?`,
  ).get(...parameters, position) as PageRow | undefined;
  return row ? keyOf(row, order) : null;
}

export function countArticleList(
  db: Database.Database,
  filter: ArticleListFilter = {},
): ArticleListCounts {
  const { where, parameters } = filterClause(filter, true);
  const count = (clauses: string[], bound: unknown[]) =>
    (
      statement(db, `SELECT count(*) AS n FROM articles a WHERE ${clauses.join(' AND ')}`).get(
        ...bound,
      ) as { n: number }
    ).n;
  const all = filterClause({});
  const total = count(all.where, all.parameters);
  const annotated = (
    statement(
      db,
      `SELECT count(DISTINCT h.article_id) AS n FROM highlights h
       JOIN articles a ON a.id = h.article_id WHERE a.deleted_at IS NULL`,
    ).get() as { n: number }
  ).n;
  return { total, matching: where.length === 1 ? total : count(where, parameters), annotated };
}

export function listArticlePage(db: Database.Database, request: ArticlePageRequest): ArticlePage {
  const sort = request.sort ?? 'imported';
  const order = SORTS[sort];
  const limit = Math.max(1, request.limit ?? 100);
  const { where, parameters } = filterClause(request.filter);
  const counts = request.counts ? countArticleList(db, request.filter) : null;
  const cursor = request.after ?? request.before;
  const backwards =
    request.before !== undefined || (cursor === undefined && request.fromEnd === true);
  let from: Key | null = null;
  let inclusive = false;
  let position: number | null = null;
  if (cursor !== undefined) {
    from = decodeCursor(cursor, sort);
    if (!from) throw new BadCursorError();
  } else if (!request.fromEnd && request.position) {
    from = keyAt(db, order, where, parameters, request.position);
    // A position past the end: nothing there.
    if (!from)
      return { articles: [], cursors: [], atStart: false, atEnd: true, position: null, counts };
    inclusive = true;
    position = request.position;
  } else if (!request.fromEnd) position = 0;

  const clauses = from ? [...where, beyond(order, backwards, inclusive)] : where;
  // One row more than asked says whether the list goes on past this page.
  const rows = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS}, ${keyColumns(order)} FROM articles a
     WHERE ${clauses.join(' AND ')} ORDER BY ${orderBy(order, backwards)} LIMIT ?`,
  ).all(...parameters, ...(from ? [from[0], ...from] : []), limit + 1) as PageRow[];
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backwards) page.reverse();
  if (request.fromEnd && cursor === undefined && counts) position = counts.matching - page.length;
  return {
    articles: page.map(toSummary),
    cursors: page.map((row) => encodeCursor(keyOf(row, order))),
    atStart: backwards ? !more : from === null,
    atEnd: backwards ? from === null : !more,
    position,
    counts,
  };
}

/** These articles' summaries (live ones only, in no particular order), to refresh rows in place. */
export function getArticleSummaries(db: Database.Database, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const rows = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM articles a
     WHERE a.id IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL`,
  ).all(JSON.stringify(ids)) as ArticleRow[];
  return rows.map(toSummary);
}
