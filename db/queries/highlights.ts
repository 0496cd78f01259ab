// Typed queries over highlights: stored as text selectors (exact/prefix/suffix and UTF-16
// offsets into the article's canonical text), with their speaker and tags joined in.
import type Database from 'better-sqlite3';
import type { Highlight, HighlightKind } from '../model';
import { nowIso, statement } from './statements';

interface HighlightRow {
  id: number;
  article_id: number;
  kind: HighlightKind;
  exact: string;
  prefix: string;
  suffix: string;
  start_offset: number;
  end_offset: number;
  speaker_id: number | null;
  speaker_name: string | null;
  note: string;
  orphaned: number;
  tags: string;
  created_at: string;
  updated_at: string;
}

const SELECT_HIGHLIGHT = `SELECT h.id, h.article_id, h.kind, h.exact, h.prefix, h.suffix,
  h.start_offset, h.end_offset, h.speaker_id, s.name AS speaker_name, h.note, h.orphaned,
  h.created_at, h.updated_at,
  (SELECT json_group_array(json_object('id', t.id, 'name', t.name, 'colour', t.colour))
     FROM (SELECT t.id, t.name, t.colour FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id
           WHERE ht.highlight_id = h.id ORDER BY t.name COLLATE NOCASE) t) AS tags
FROM highlights h LEFT JOIN speakers s ON s.id = h.speaker_id`;

function toHighlight(row: HighlightRow): Highlight {
  return {
    id: row.id,
    articleId: row.article_id,
    kind: row.kind,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start_offset,
    end: row.end_offset,
    speakerId: row.speaker_id,
    speakerName: row.speaker_name,
    note: row.note,
    orphaned: row.orphaned !== 0,
    tags: JSON.parse(row.tags) as Highlight['tags'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listHighlightsForArticle(db: Database.Database, articleId: number): Highlight[] {
  return (
    statement(
      db,
      `${SELECT_HIGHLIGHT} WHERE h.article_id = ? ORDER BY h.orphaned, h.start_offset, h.end_offset, h.id`,
    ).all(articleId) as HighlightRow[]
  ).map(toHighlight);
}

export function getHighlight(db: Database.Database, id: number): Highlight | undefined {
  const row = statement(db, `${SELECT_HIGHLIGHT} WHERE h.id = ?`).get(id) as
    HighlightRow | undefined;
  return row && toHighlight(row);
}

export interface HighlightFilter {
  speakerId?: number | undefined;
  tagId?: number | undefined;
  kinds?: HighlightKind[] | undefined;
  limit?: number | undefined;
}

/** Highlights across the notebook (not in soft-deleted articles), newest article first. */
export function queryHighlights(db: Database.Database, filter: HighlightFilter): Highlight[] {
  const kinds = filter.kinds && filter.kinds.length > 0 ? filter.kinds : null;
  return (
    statement(
      db,
      `${SELECT_HIGHLIGHT} JOIN articles a ON a.id = h.article_id
       WHERE a.deleted_at IS NULL
         AND (@speakerId IS NULL OR h.speaker_id = @speakerId)
         AND (@tagId IS NULL OR EXISTS (SELECT 1 FROM highlight_tags ht
               WHERE ht.highlight_id = h.id AND ht.tag_id = @tagId))
         AND (@kinds IS NULL OR h.kind IN (SELECT value FROM json_each(@kinds)))
       ORDER BY coalesce(a.published_at, a.imported_at) DESC, a.id, h.start_offset
       LIMIT @limit`,
    ).all({
      speakerId: filter.speakerId ?? null,
      tagId: filter.tagId ?? null,
      kinds: kinds ? JSON.stringify(kinds) : null,
      limit: filter.limit ?? 5000,
    }) as HighlightRow[]
  ).map(toHighlight);
}

export interface HighlightFields {
  articleId: number;
  kind: HighlightKind;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  speakerId: number | null;
  note: string;
  orphaned?: boolean;
}

export function insertHighlight(
  db: Database.Database,
  fields: HighlightFields,
  id?: number,
): number {
  const now = nowIso();
  return Number(
    statement(
      db,
      `INSERT INTO highlights (id, article_id, kind, exact, prefix, suffix, start_offset, end_offset,
         speaker_id, note, orphaned, created_at, updated_at)
       VALUES (@id, @articleId, @kind, @exact, @prefix, @suffix, @start, @end, @speakerId, @note,
         @orphaned, @now, @now)`,
    ).run({ ...fields, id: id ?? null, orphaned: fields.orphaned ? 1 : 0, now }).lastInsertRowid,
  );
}

export function updateHighlight(
  db: Database.Database,
  id: number,
  fields: Pick<HighlightFields, 'kind' | 'speakerId' | 'note'>,
): boolean {
  return (
    statement(
      db,
      'UPDATE highlights SET kind = @kind, speaker_id = @speakerId, note = @note, updated_at = @now WHERE id = @id',
    ).run({ ...fields, id, now: nowIso() }).changes > 0
  );
}

export function updateHighlightAnchor(
  db: Database.Database,
  id: number,
  anchor: {
    exact: string;
    prefix: string;
    suffix: string;
    start: number;
    end: number;
    orphaned: boolean;
  },
): boolean {
  return (
    statement(
      db,
      `UPDATE highlights SET exact = @exact, prefix = @prefix, suffix = @suffix,
         start_offset = @start, end_offset = @end, orphaned = @orphaned, updated_at = @now
       WHERE id = @id`,
    ).run({ ...anchor, orphaned: anchor.orphaned ? 1 : 0, id, now: nowIso() }).changes > 0
  );
}

export function deleteHighlight(db: Database.Database, id: number): boolean {
  return statement(db, 'DELETE FROM highlights WHERE id = ?').run(id).changes > 0;
}
