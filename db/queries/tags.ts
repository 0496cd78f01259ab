// Typed queries over tags and the highlight–tag links.
import type Database from 'better-sqlite3';
import type { Tag } from '../model';
import { nowIso, statement } from './statements';
import { containsPattern, pageLimit } from './name-pages';

interface TagRow {
  id: number;
  name: string;
  colour: string | null;
  highlight_count: number;
  created_at: string;
}

const SELECT_TAG = `SELECT t.id, t.name, t.colour, t.created_at,
  (SELECT count(*) FROM highlight_tags ht WHERE ht.tag_id = t.id) AS highlight_count
FROM tags t`;

function toTag(row: TagRow): Tag {
  return {
    id: row.id,
    name: row.name,
    colour: row.colour,
    highlightCount: row.highlight_count,
    createdAt: row.created_at,
  };
}

export function listTags(db: Database.Database): Tag[] {
  return (statement(db, `${SELECT_TAG} ORDER BY t.name COLLATE NOCASE`).all() as TagRow[]).map(
    toTag,
  );
}

const TAG_MATCHES = `(@pattern IS NULL OR t.name LIKE @pattern ESCAPE '\\')`;

/**
 * One page of tags in name order (case aside), after the name `after` when given, with how
 * many match the filter. The unique NOCASE index on the name orders and seeks the page; each
 * row's count is an index lookup on highlight_tags(tag_id).
 */
export function listTagPage(
  db: Database.Database,
  request: { filter?: string | undefined; after?: string | undefined; limit?: number | undefined },
): { items: Tag[]; total: number; next: string | null } {
  const limit = pageLimit(request.limit);
  const pattern = containsPattern(request.filter);
  const seek = request.after === undefined ? '' : 'AND t.name > @after';
  const rows = statement(
    db,
    `${SELECT_TAG} WHERE ${TAG_MATCHES} ${seek} ORDER BY t.name LIMIT @limit`,
  ).all({
    pattern,
    limit: limit + 1,
    ...(request.after === undefined ? {} : { after: request.after }),
  }) as TagRow[];
  const total = (
    statement(db, `SELECT count(*) AS total FROM tags t WHERE ${TAG_MATCHES}`).get({
      pattern,
    }) as { total: number }
  ).total;
  const items = rows.slice(0, limit).map(toTag);
  return { items, total, next: rows.length > limit ? items[items.length - 1]!.name : null };
}

/** These tags (those that still exist), in name order. */
export function getTags(db: Database.Database, ids: readonly number[]): Tag[] {
  if (ids.length === 0) return [];
  return (
    statement(
      db,
      `${SELECT_TAG} WHERE t.id IN (SELECT value FROM json_each(?)) ORDER BY t.name`,
    ).all(JSON.stringify(ids)) as TagRow[]
  ).map(toTag);
}

export function getTag(db: Database.Database, id: number): Tag | undefined {
  const row = statement(db, `${SELECT_TAG} WHERE t.id = ?`).get(id) as TagRow | undefined;
  return row && toTag(row);
}

export function findTagByName(db: Database.Database, name: string): Tag | undefined {
  const row = statement(db, `${SELECT_TAG} WHERE t.name = ?`).get(name) as TagRow | undefined;
  return row && toTag(row);
}

export function insertTag(db: Database.Database, name: string, colour: string | null): number {
  return Number(
    statement(db, 'INSERT INTO tags (name, colour, created_at) VALUES (?, ?, ?)').run(
      name,
      colour,
      nowIso(),
    ).lastInsertRowid,
  );
}

export function updateTag(
  db: Database.Database,
  id: number,
  name: string,
  colour: string | null,
): boolean {
  return (
    statement(db, 'UPDATE tags SET name = ?, colour = ? WHERE id = ?').run(name, colour, id)
      .changes > 0
  );
}

export function deleteTag(db: Database.Database, id: number): boolean {
  return statement(db, 'DELETE FROM tags WHERE id = ?').run(id).changes > 0;
}

/** Re-tags every highlight of `fromId` with `intoId`, then removes `fromId`. */
export function mergeTags(db: Database.Database, fromId: number, intoId: number): void {
  statement(
    db,
    `INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id)
     SELECT highlight_id, ? FROM highlight_tags WHERE tag_id = ?`,
  ).run(intoId, fromId);
  deleteTag(db, fromId);
}

export function setHighlightTags(
  db: Database.Database,
  highlightId: number,
  tagIds: number[],
): void {
  statement(db, 'DELETE FROM highlight_tags WHERE highlight_id = ?').run(highlightId);
  const insert = statement(
    db,
    'INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)',
  );
  for (const tagId of tagIds) insert.run(highlightId, tagId);
}
