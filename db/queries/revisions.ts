// Typed queries for revisions: finding the live article a re-imported file is a newer copy of,
// keeping the version a revision replaces (article_revisions, migration 0005) and putting a
// revision's metadata and original bytes on the article. The text itself changes through
// updateArticleText, with the highlights' re-anchoring, in the highlight service.
import type Database from 'better-sqlite3';
import type {
  ArticleMetadata,
  ArticleVersion,
  ArticleVersionSummary,
  MetadataSources,
  RevisionMatch,
} from '../../main/domain/records';
import { nowIso, statement } from './statements';

export interface RevisionKeys {
  sourcePath: string | null;
  sourceUrl: string | null;
  title: string;
  publisher: string | null;
}

export interface RevisionTarget {
  id: number;
  title: string;
  highlightCount: number;
  matchedBy: RevisionMatch;
}

/**
 * The live article this file is a newer copy of: the newest with the same source path, else
 * the same source URL, else the same title and publisher (both stated; case aside). None when
 * any article, deleted or not, already holds this very text: that is a duplicate, not a revision.
 */
export function findRevisionTarget(
  db: Database.Database,
  keys: RevisionKeys,
  contentHash: string,
): RevisionTarget | undefined {
  const row = statement(
    db,
    `SELECT a.id, a.title, a.matched_by,
       (SELECT count(*) FROM highlights h WHERE h.article_id = a.id) AS highlight_count
     FROM (
       SELECT id, title, 1 AS rank, 'source-path' AS matched_by FROM articles
         WHERE @sourcePath IS NOT NULL AND source_path IS NOT NULL AND source_path = @sourcePath
           AND deleted_at IS NULL
       UNION ALL
       SELECT id, title, 2, 'source-url' FROM articles
         WHERE @sourceUrl IS NOT NULL AND source_url IS NOT NULL AND source_url = @sourceUrl
           AND deleted_at IS NULL
       UNION ALL
       SELECT id, title, 3, 'title-and-publisher' FROM articles
         WHERE @publisher IS NOT NULL AND publisher IS NOT NULL
           AND title = @title COLLATE NOCASE AND publisher = @publisher COLLATE NOCASE
           AND deleted_at IS NULL
     ) a
     WHERE NOT EXISTS (SELECT 1 FROM articles WHERE content_hash = @contentHash)
     ORDER BY a.rank, a.id DESC
     LIMIT 1`,
  ).get({ ...keys, contentHash }) as
    { id: number; title: string; matched_by: RevisionMatch; highlight_count: number } | undefined;
  return (
    row && {
      id: row.id,
      title: row.title,
      highlightCount: row.highlight_count,
      matchedBy: row.matched_by,
    }
  );
}

/** Copies the article's current text, metadata and original into article_revisions. */
export function keepCurrentVersion(db: Database.Database, articleId: number): number | null {
  const result = statement(
    db,
    `INSERT INTO article_revisions (article_id, title, metadata, format, original_name, original,
       text, content_hash, word_count, replaced_at)
     SELECT id, title,
       json_object('author', author, 'publisher', publisher, 'dateline', dateline,
         'publishedAt', published_at, 'language', language, 'sourceUrl', source_url,
         'sourcePath', source_path, 'metadataSources', json(metadata_sources)),
       format, original_name, original, text, content_hash, word_count, ?
     FROM articles WHERE id = ? AND deleted_at IS NULL`,
  ).run(nowIso(), articleId);
  return result.changes > 0 ? Number(result.lastInsertRowid) : null;
}

export interface RevisedSource extends ArticleMetadata {
  format: string;
  sourcePath: string | null;
  originalName: string | null;
  original: Uint8Array;
  metadataSources: MetadataSources;
}

/** Puts a revision's metadata and original bytes on the article (its text is set apart). */
export function updateRevisedSource(
  db: Database.Database,
  articleId: number,
  source: RevisedSource,
): boolean {
  const { original } = source;
  const result = statement(
    db,
    `UPDATE articles SET title = @title, author = @author, publisher = @publisher,
       dateline = @dateline, published_at = @publishedAt, language = @language,
       source_url = @sourceUrl, source_path = @sourcePath, format = @format,
       original_name = @originalName, original = @original, metadata_sources = @sources,
       updated_at = @now
     WHERE id = @id AND deleted_at IS NULL`,
  ).run({
    id: articleId,
    title: source.title,
    author: source.author,
    publisher: source.publisher,
    dateline: source.dateline,
    publishedAt: source.publishedAt,
    language: source.language,
    sourceUrl: source.sourceUrl,
    sourcePath: source.sourcePath,
    format: source.format,
    originalName: source.originalName,
    original: Buffer.from(original.buffer, original.byteOffset, original.byteLength),
    sources: JSON.stringify(source.metadataSources),
    now: nowIso(),
  });
  return result.changes > 0;
}

interface VersionRow {
  id: number;
  article_id: number;
  title: string;
  format: string;
  original_name: string | null;
  word_count: number;
  content_hash: string;
  replaced_at: string;
  text?: string;
  metadata?: string;
}

function toSummary(row: VersionRow): ArticleVersionSummary {
  return {
    id: row.id,
    articleId: row.article_id,
    title: row.title,
    format: row.format,
    originalName: row.original_name,
    wordCount: row.word_count,
    contentHash: row.content_hash,
    replacedAt: row.replaced_at,
  };
}

const VERSION_COLUMNS =
  'r.id, r.article_id, r.title, r.format, r.original_name, r.word_count, r.content_hash, r.replaced_at';

/** An article's earlier versions, the most recently replaced first. */
export function listVersions(db: Database.Database, articleId: number): ArticleVersionSummary[] {
  const rows = statement(
    db,
    `SELECT ${VERSION_COLUMNS} FROM article_revisions r WHERE r.article_id = ?
     ORDER BY r.replaced_at DESC, r.id DESC LIMIT 1000`,
  ).all(articleId) as VersionRow[];
  return rows.map(toSummary);
}

/** One earlier version with its text, unless its article is deleted. */
export function getVersion(db: Database.Database, id: number): ArticleVersion | undefined {
  const row = statement(
    db,
    `SELECT ${VERSION_COLUMNS}, r.text, r.metadata FROM article_revisions r
     JOIN articles a ON a.id = r.article_id AND a.deleted_at IS NULL
     WHERE r.id = ?`,
  ).get(id) as VersionRow | undefined;
  if (!row) return undefined;
  const stored = JSON.parse(row.metadata ?? '{}') as Record<string, unknown>;
  const text = (key: string): string | null =>
    typeof stored[key] === 'string' ? (stored[key] as string) : null;
  return {
    ...toSummary(row),
    text: row.text ?? '',
    metadata: {
      author: text('author'),
      publisher: text('publisher'),
      dateline: text('dateline'),
      publishedAt: text('publishedAt'),
      language: text('language'),
      sourceUrl: text('sourceUrl'),
      sourcePath: text('sourcePath'),
    },
  };
}
