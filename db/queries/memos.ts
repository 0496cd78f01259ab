// Typed queries for briefing memos: the rows a memo scope selects (highlights with their
// speaker, tags and article, never from soft-deleted articles), the article texts needed to
// number paragraphs, what a source check compares, and the saved memos themselves. Knows
// nothing of how a memo is compiled or written.
import type Database from 'better-sqlite3';
import type { HighlightKind, MemoRow } from '../model';
import { nowIso, statement } from './statements';
import { readTransaction } from '../transaction';
import { containsPattern, pageLimit } from './name-pages';

export interface MemoRowFilter {
  speakerIds?: readonly number[] | undefined;
  tagIds?: readonly number[] | undefined;
  articleIds?: readonly number[] | undefined;
  kinds?: readonly HighlightKind[] | undefined;
  /** Inclusive YYYY-MM-DD bounds on the article's publication date. */
  from?: string | null | undefined;
  to?: string | null | undefined;
}

export interface MemoArticle {
  id: number;
  title: string;
  author: string | null;
  publisher: string | null;
  publishedAt: string | null;
  /** The canonical text, for numbering paragraphs. */
  text: string;
}

/**
 * The highlights a memo scope selects, without their articles or speakers: those are few and
 * fetched once each, which is far cheaper than joining them to every highlight (an article
 * row holds its text and original bytes, so each join walks large records).
 */
export const MEMO_HIGHLIGHTS_SQL = `SELECT h.id, h.kind, h.exact, h.start_offset, h.end_offset, h.note, h.orphaned,
  h.speaker_id, h.article_id,
  (SELECT group_concat(ht.tag_id) FROM highlight_tags ht WHERE ht.highlight_id = h.id) AS tag_ids
FROM highlights h
WHERE h.article_id IN (SELECT id FROM articles WHERE deleted_at IS NULL
    AND (@articles IS NULL OR id IN (SELECT value FROM json_each(@articles)))
    AND (@from IS NULL OR substr(published_at, 1, 10) >= @from)
    AND (@to IS NULL OR substr(published_at, 1, 10) <= @to))
  AND (@speakers IS NULL OR h.speaker_id IN (SELECT value FROM json_each(@speakers)))
  AND (@kinds IS NULL OR h.kind IN (SELECT value FROM json_each(@kinds)))
  AND (@tags IS NULL OR EXISTS (SELECT 1 FROM highlight_tags ht
        WHERE ht.highlight_id = h.id AND ht.tag_id IN (SELECT value FROM json_each(@tags))))
ORDER BY h.id`;

type RawHighlight = [
  id: number,
  kind: HighlightKind,
  exact: string,
  start: number,
  end: number,
  note: string,
  orphaned: number,
  speakerId: number | null,
  articleId: number,
  tagIds: string | null,
];

function listOrNull(values: readonly unknown[] | undefined): string | null {
  return values && values.length > 0 ? JSON.stringify(values) : null;
}

export function memoRowParameters(filter: MemoRowFilter): Record<string, string | null> {
  return {
    speakers: listOrNull(filter.speakerIds),
    articles: listOrNull(filter.articleIds),
    kinds: listOrNull(filter.kinds),
    tags: listOrNull(filter.tagIds),
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
}

/**
 * Every highlight the filter selects (in id order; the compiler decides the reading order),
 * with its speaker and article, and the articles themselves with their texts.
 */
export function queryMemoRows(
  db: Database.Database,
  filter: MemoRowFilter,
): { rows: MemoRow[]; articles: Map<number, MemoArticle> } {
  // One read transaction, so the three reads see the same notebook.
  return readTransaction(db, () => readMemoRows(db, filter));
}

function readMemoRows(
  db: Database.Database,
  filter: MemoRowFilter,
): { rows: MemoRow[]; articles: Map<number, MemoArticle> } {
  // Rows as arrays: thousands of them, and objects per row cost more than the query.
  const highlights = statement(db, MEMO_HIGHLIGHTS_SQL)
    .raw(true)
    .all(memoRowParameters(filter)) as RawHighlight[];
  const articleIds = [...new Set(highlights.map((row) => row[8]))];
  const articleRows =
    articleIds.length === 0
      ? []
      : (statement(
          db,
          `SELECT id, title, author, publisher, published_at, text FROM articles
           WHERE id IN (SELECT value FROM json_each(?))`,
        ).all(JSON.stringify(articleIds)) as {
          id: number;
          title: string;
          author: string | null;
          publisher: string | null;
          published_at: string | null;
          text: string;
        }[]);
  const articles = new Map<number, MemoArticle>(
    articleRows.map((row) => [
      row.id,
      {
        id: row.id,
        title: row.title,
        author: row.author,
        publisher: row.publisher,
        publishedAt: row.published_at,
        text: row.text,
      },
    ]),
  );
  const tagNames = new Map(
    (statement(db, 'SELECT id, name FROM tags').all() as { id: number; name: string }[]).map(
      (tag) => [tag.id, tag.name],
    ),
  );
  const speakers = new Map(
    (
      statement(db, 'SELECT id, name, role FROM speakers').all() as {
        id: number;
        name: string;
        role: string | null;
      }[]
    ).map((speaker) => [speaker.id, speaker]),
  );
  const rows = highlights.map(
    ([id, kind, exact, start, end, note, orphaned, speakerId, articleId, tagIds]): MemoRow => {
      const article = articles.get(articleId)!;
      const speaker = speakerId === null ? undefined : speakers.get(speakerId);
      return {
        highlightId: id,
        kind,
        exact,
        start,
        end,
        note,
        orphaned: orphaned !== 0,
        speakerId,
        speakerName: speaker?.name ?? null,
        speakerRole: speaker?.role ?? null,
        tags: tagIds
          ? tagIds
              .split(',')
              .map((tagId) => ({ id: Number(tagId), name: tagNames.get(Number(tagId)) ?? '' }))
          : [],
        articleId,
        articleTitle: article.title,
        articleAuthor: article.author,
        articlePublisher: article.publisher,
        articlePublishedAt: article.publishedAt,
        paragraph: null,
      };
    },
  );
  return { rows, articles };
}

/** The canonical texts of the given articles (deleted ones included: callers filter). */
export function articleTexts(
  db: Database.Database,
  articleIds: readonly number[],
): Map<number, { text: string; deleted: boolean }> {
  if (articleIds.length === 0) return new Map();
  const rows = statement(
    db,
    'SELECT id, text, deleted_at FROM articles WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(articleIds)) as { id: number; text: string; deleted_at: string | null }[];
  return new Map(rows.map((row) => [row.id, { text: row.text, deleted: row.deleted_at !== null }]));
}

/** The current anchor of each highlight that still exists, for checking a memo's sources. */
export function highlightAnchors(
  db: Database.Database,
  highlightIds: readonly number[],
): Map<
  number,
  { articleId: number; exact: string; start: number; end: number; orphaned: boolean }
> {
  if (highlightIds.length === 0) return new Map();
  const rows = statement(
    db,
    `SELECT id, article_id, exact, start_offset, end_offset, orphaned FROM highlights
     WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(highlightIds)) as {
    id: number;
    article_id: number;
    exact: string;
    start_offset: number;
    end_offset: number;
    orphaned: number;
  }[];
  return new Map(
    rows.map((row) => [
      row.id,
      {
        articleId: row.article_id,
        exact: row.exact,
        start: row.start_offset,
        end: row.end_offset,
        orphaned: row.orphaned !== 0,
      },
    ]),
  );
}

// Saved memos. The scope and the edited document are stored as JSON text.

export interface MemoRecord {
  id: number;
  title: string;
  scope: string;
  document: string | null;
  createdAt: string;
  updatedAt: string;
}

interface RawMemoRecord {
  id: number;
  title: string;
  scope: string;
  document: string | null;
  created_at: string;
  updated_at: string;
}

function toRecord(row: RawMemoRecord): MemoRecord {
  return {
    id: row.id,
    title: row.title,
    scope: row.scope,
    document: row.document,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function insertMemo(
  db: Database.Database,
  fields: { title: string; scope: string; document: string },
): number {
  const now = nowIso();
  return Number(
    statement(
      db,
      'INSERT INTO memos (title, scope, document, created_at, updated_at) VALUES (@title, @scope, @document, @now, @now)',
    ).run({ ...fields, now }).lastInsertRowid,
  );
}

export function getMemo(db: Database.Database, id: number): MemoRecord | undefined {
  const row = statement(
    db,
    'SELECT id, title, scope, document, created_at, updated_at FROM memos WHERE id = ?',
  ).get(id) as RawMemoRecord | undefined;
  return row && toRecord(row);
}

/** Saved memos, most recently changed first, each with how many quotations its document holds. */
export function listMemos(
  db: Database.Database,
): { id: number; title: string; quotationCount: number; createdAt: string; updatedAt: string }[] {
  const rows = statement(
    db,
    `SELECT m.id, m.title, m.created_at, m.updated_at,
       (SELECT count(*) FROM json_each(m.document, '$.content') c
          WHERE json_extract(c.value, '$.type') = 'quotation') AS quotation_count
     FROM memos m
     ORDER BY m.updated_at DESC, m.id DESC`,
  ).all() as {
    id: number;
    title: string;
    created_at: string;
    updated_at: string;
    quotation_count: number | null;
  }[];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    quotationCount: row.quotation_count ?? 0,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export function renameMemo(db: Database.Database, id: number, title: string): boolean {
  return (
    statement(db, 'UPDATE memos SET title = ?, updated_at = ? WHERE id = ?').run(
      title,
      nowIso(),
      id,
    ).changes > 0
  );
}

/** Stores a memo's options (its scope, as JSON); its document is left as it is. */
export function updateMemoScope(db: Database.Database, id: number, scope: string): boolean {
  return (
    statement(db, 'UPDATE memos SET scope = ?, updated_at = ? WHERE id = ?').run(
      scope,
      nowIso(),
      id,
    ).changes > 0
  );
}

export function updateMemoDocument(db: Database.Database, id: number, document: string): boolean {
  return (
    statement(db, 'UPDATE memos SET document = ?, updated_at = ? WHERE id = ?').run(
      document,
      nowIso(),
      id,
    ).changes > 0
  );
}

export function deleteMemo(db: Database.Database, id: number): boolean {
  return statement(db, 'DELETE FROM memos WHERE id = ?').run(id).changes > 0;
}

// Memo versions (migration 0006): the documents a memo had before a save or restore replaced
// them, newest first.

export interface MemoVersionRecord {
  id: number;
  memoId: number;
  title: string;
  size: number;
  wordCount: number;
  quotationCount: number;
  savedAt: string;
  keptAt: string;
}

interface RawMemoVersion {
  id: number;
  memo_id: number;
  title: string;
  size: number;
  word_count: number;
  quotation_count: number;
  saved_at: string;
  kept_at: string;
  document?: string;
}

function toVersion(row: RawMemoVersion): MemoVersionRecord {
  return {
    id: row.id,
    memoId: row.memo_id,
    title: row.title,
    size: row.size,
    wordCount: row.word_count,
    quotationCount: row.quotation_count,
    savedAt: row.saved_at,
    keptAt: row.kept_at,
  };
}

const VERSION_COLUMNS = 'id, memo_id, title, size, word_count, quotation_count, saved_at, kept_at';

export function insertMemoVersion(
  db: Database.Database,
  fields: Omit<MemoVersionRecord, 'id'> & { document: string },
): number {
  return Number(
    statement(
      db,
      `INSERT INTO memo_versions (memo_id, title, document, size, word_count, quotation_count, saved_at, kept_at)
       VALUES (@memoId, @title, @document, @size, @wordCount, @quotationCount, @savedAt, @keptAt)`,
    ).run(fields).lastInsertRowid,
  );
}

export function listMemoVersions(db: Database.Database, memoId: number): MemoVersionRecord[] {
  return (
    statement(
      db,
      `SELECT ${VERSION_COLUMNS} FROM memo_versions WHERE memo_id = ? ORDER BY kept_at DESC, id DESC`,
    ).all(memoId) as RawMemoVersion[]
  ).map(toVersion);
}

/** The newest version of a memo, for deciding whether a save starts a new one. */
export function latestMemoVersion(
  db: Database.Database,
  memoId: number,
): MemoVersionRecord | undefined {
  const row = statement(
    db,
    `SELECT ${VERSION_COLUMNS} FROM memo_versions WHERE memo_id = ? ORDER BY kept_at DESC, id DESC LIMIT 1`,
  ).get(memoId) as RawMemoVersion | undefined;
  return row && toVersion(row);
}

export function getMemoVersion(
  db: Database.Database,
  id: number,
): (MemoVersionRecord & { document: string }) | undefined {
  const row = statement(
    db,
    `SELECT ${VERSION_COLUMNS}, document FROM memo_versions WHERE id = ?`,
  ).get(id) as RawMemoVersion | undefined;
  return row && { ...toVersion(row), document: row.document! };
}

/** Replaces a memo's document as of a given time (a restore, which the caller times). */
export function setMemoDocumentAt(
  db: Database.Database,
  id: number,
  document: string,
  at: string,
): boolean {
  return (
    statement(db, 'UPDATE memos SET document = ?, updated_at = ? WHERE id = ?').run(
      document,
      at,
      id,
    ).changes > 0
  );
}

export interface ArticleMetadata {
  title: string;
  author: string | null;
  publisher: string | null;
  publishedAt: string | null;
}

/** The current title, author, publisher and date of articles, for refreshing saved citations. */
export function articleMetadata(
  db: Database.Database,
  articleIds: readonly number[],
): Map<number, ArticleMetadata> {
  if (articleIds.length === 0) return new Map();
  const rows = statement(
    db,
    `SELECT id, title, author, publisher, published_at FROM articles
     WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(articleIds)) as {
    id: number;
    title: string;
    author: string | null;
    publisher: string | null;
    published_at: string | null;
  }[];
  return new Map(
    rows.map((row) => [
      row.id,
      {
        title: row.title,
        author: row.author,
        publisher: row.publisher,
        publishedAt: row.published_at,
      },
    ]),
  );
}

/** Placed highlights of live articles reading exactly one of the given texts, for re-linking. */
export function highlightsWithText(
  db: Database.Database,
  texts: readonly string[],
): { id: number; articleId: number; exact: string; start: number; end: number }[] {
  if (texts.length === 0) return [];
  return (
    statement(
      db,
      `SELECT h.id, h.article_id, h.exact, h.start_offset, h.end_offset FROM highlights h
       JOIN articles a ON a.id = h.article_id
       WHERE h.exact IN (SELECT value FROM json_each(?)) AND h.orphaned = 0 AND a.deleted_at IS NULL
       ORDER BY h.id
       LIMIT 1000`,
    ).all(JSON.stringify(texts)) as {
      id: number;
      article_id: number;
      exact: string;
      start_offset: number;
      end_offset: number;
    }[]
  ).map((row) => ({
    id: row.id,
    articleId: row.article_id,
    exact: row.exact,
    start: row.start_offset,
    end: row.end_offset,
  }));
}

/**
 * One page of saved memos, most recently changed first, after the cursor `after` (the
 * previous page's `next`: its last memo's update time and id) when given, with how many match
 * the title filter. Each row's quotation count reads only that memo's document.
 */
export function listMemoPage(
  db: Database.Database,
  request: { filter?: string | undefined; after?: string | undefined; limit?: number | undefined },
): {
  items: {
    id: number;
    title: string;
    quotationCount: number;
    createdAt: string;
    updatedAt: string;
  }[];
  total: number;
  next: string | null;
} {
  const limit = pageLimit(request.limit);
  const pattern = containsPattern(request.filter);
  const cursor = request.after === undefined ? null : memoCursor(request.after);
  const seek = cursor
    ? 'AND (m.updated_at < @updated OR (m.updated_at = @updated AND m.id < @id))'
    : '';
  const matches = `(@pattern IS NULL OR m.title LIKE @pattern ESCAPE '\\')`;
  const rows = statement(
    db,
    `SELECT m.id, m.title, m.created_at, m.updated_at,
       (SELECT count(*) FROM json_each(m.document, '$.content') c
          WHERE json_extract(c.value, '$.type') = 'quotation') AS quotation_count
     FROM memos m WHERE ${matches} ${seek}
     ORDER BY m.updated_at DESC, m.id DESC LIMIT @limit`,
  ).all({ pattern, limit: limit + 1, ...(cursor ?? {}) }) as {
    id: number;
    title: string;
    created_at: string;
    updated_at: string;
    quotation_count: number | null;
  }[];
  const total = (
    statement(db, `SELECT count(*) AS total FROM memos m WHERE ${matches}`).get({ pattern }) as {
      total: number;
    }
  ).total;
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    title: row.title,
    quotationCount: row.quotation_count ?? 0,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
  const last = items[items.length - 1];
  return {
    items,
    total,
    next: rows.length > limit && last ? JSON.stringify([last.updatedAt, last.id]) : null,
  };
}

function memoCursor(after: string): { updated: string; id: number } | null {
  try {
    const [updated, id] = JSON.parse(after) as unknown[];
    return typeof updated === 'string' && typeof id === 'number' ? { updated, id } : null;
  } catch {
    return null;
  }
}
