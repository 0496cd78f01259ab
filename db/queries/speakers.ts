// Typed queries over speakers and their aliases. Names and aliases compare case-insensitively
// (COLLATE NOCASE); transliteration-aware matching is the quote finder's job, not SQL's.
import type Database from 'better-sqlite3';
import type { Speaker } from '../model';
import { nowIso, statement } from './statements';
import { containsPattern, pageLimit } from './name-pages';

interface SpeakerRow {
  id: number;
  name: string;
  role: string | null;
  country: string | null;
  aliases: string | null;
  quote_count: number;
  is_group: number;
  created_at: string;
  updated_at: string;
}

const SELECT_SPEAKER = `SELECT s.id, s.name, s.role, s.country, s.is_group, s.created_at, s.updated_at,
  (SELECT json_group_array(alias) FROM (SELECT alias FROM speaker_aliases
     WHERE speaker_id = s.id ORDER BY alias COLLATE NOCASE)) AS aliases,
  (SELECT count(*) FROM highlights h WHERE h.speaker_id = s.id) AS quote_count
FROM speakers s`;

function toSpeaker(row: SpeakerRow): Speaker {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    country: row.country,
    aliases: row.aliases ? (JSON.parse(row.aliases) as string[]) : [],
    quoteCount: row.quote_count,
    group: row.is_group === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listSpeakers(db: Database.Database): Speaker[] {
  return (
    statement(db, `${SELECT_SPEAKER} ORDER BY s.name COLLATE NOCASE`).all() as SpeakerRow[]
  ).map(toSpeaker);
}

// Matches the name or any alias; the alias subquery walks speaker_aliases once per filter, not
// once per speaker.
const SPEAKER_MATCHES = `(@pattern IS NULL OR s.name LIKE @pattern ESCAPE '\\'
  OR s.id IN (SELECT speaker_id FROM speaker_aliases WHERE alias LIKE @pattern ESCAPE '\\'))`;

/**
 * One page of speakers in name order (case aside), after the name `after` when given, with
 * how many match the filter. The unique NOCASE index on the name orders and seeks the page;
 * each row's quotation count is an index lookup on highlights(speaker_id), so a page costs
 * what its fifty rows do, not what 10,000 speakers do.
 */
export function listSpeakerPage(
  db: Database.Database,
  request: { filter?: string | undefined; after?: string | undefined; limit?: number | undefined },
): { items: Speaker[]; total: number; next: string | null } {
  const limit = pageLimit(request.limit);
  const pattern = containsPattern(request.filter);
  const seek = request.after === undefined ? '' : 'AND s.name > @after';
  const rows = statement(
    db,
    `${SELECT_SPEAKER} WHERE ${SPEAKER_MATCHES} ${seek} ORDER BY s.name LIMIT @limit`,
  ).all({
    pattern,
    limit: limit + 1,
    ...(request.after === undefined ? {} : { after: request.after }),
  }) as SpeakerRow[];
  const total = (
    statement(db, `SELECT count(*) AS total FROM speakers s WHERE ${SPEAKER_MATCHES}`).get({
      pattern,
    }) as { total: number }
  ).total;
  const items = rows.slice(0, limit).map(toSpeaker);
  return { items, total, next: rows.length > limit ? items[items.length - 1]!.name : null };
}

/** These speakers (those that still exist), in name order. */
export function getSpeakers(db: Database.Database, ids: readonly number[]): Speaker[] {
  if (ids.length === 0) return [];
  return (
    statement(
      db,
      `${SELECT_SPEAKER} WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.name`,
    ).all(JSON.stringify(ids)) as SpeakerRow[]
  ).map(toSpeaker);
}

/**
 * Every speaker's id, name and aliases, as arrays and with no counts: what matching a typed
 * name against all of them needs, at a fraction of a full speaker row's cost.
 */
export function listSpeakerNames(db: Database.Database): { id: number; names: string[] }[] {
  const rows = statement(
    db,
    `SELECT s.id, s.name, (SELECT group_concat(alias, char(31)) FROM speaker_aliases
       WHERE speaker_id = s.id) FROM speakers s`,
  )
    .raw(true)
    .all() as [number, string, string | null][];
  return rows.map(([id, name, aliases]) => ({
    id,
    names: aliases ? [name, ...aliases.split('\u001f')] : [name],
  }));
}

/** How many quotations each of these speakers has (absent ones have none). */
export function countSpeakerQuotations(
  db: Database.Database,
  ids: readonly number[],
): Map<number, number> {
  if (ids.length === 0) return new Map();
  const rows = statement(
    db,
    `SELECT speaker_id, count(*) FROM highlights
     WHERE speaker_id IN (SELECT value FROM json_each(?)) GROUP BY speaker_id`,
  )
    .raw(true)
    .all(JSON.stringify(ids)) as [number, number][];
  return new Map(rows);
}

export function getSpeaker(db: Database.Database, id: number): Speaker | undefined {
  const row = statement(db, `${SELECT_SPEAKER} WHERE s.id = ?`).get(id) as SpeakerRow | undefined;
  return row && toSpeaker(row);
}

export function findSpeakerByName(db: Database.Database, name: string): Speaker | undefined {
  const row = statement(
    db,
    `${SELECT_SPEAKER} WHERE s.name = @name OR s.id IN (SELECT speaker_id FROM speaker_aliases WHERE alias = @name)
     ORDER BY s.name = @name DESC LIMIT 1`,
  ).get({ name }) as SpeakerRow | undefined;
  return row && toSpeaker(row);
}

export interface SpeakerFields {
  name: string;
  role: string | null;
  country: string | null;
  aliases: string[];
  /** A collective ("the ministers"), not a person; set once, when the speaker is created. */
  group?: boolean | undefined;
}

export function insertSpeaker(db: Database.Database, fields: SpeakerFields): number {
  const now = nowIso();
  const id = Number(
    statement(
      db,
      'INSERT INTO speakers (name, role, country, is_group, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(fields.name, fields.role, fields.country, fields.group ? 1 : 0, now, now).lastInsertRowid,
  );
  replaceAliases(db, id, fields.aliases);
  return id;
}

export function updateSpeaker(db: Database.Database, id: number, fields: SpeakerFields): boolean {
  const result = statement(
    db,
    'UPDATE speakers SET name = ?, role = ?, country = ?, updated_at = ? WHERE id = ?',
  ).run(fields.name, fields.role, fields.country, nowIso(), id);
  if (result.changes === 0) return false;
  replaceAliases(db, id, fields.aliases);
  return true;
}

function replaceAliases(db: Database.Database, id: number, aliases: string[]): void {
  statement(db, 'DELETE FROM speaker_aliases WHERE speaker_id = ?').run(id);
  const insert = statement(
    db,
    'INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)',
  );
  for (const alias of aliases) insert.run(id, alias);
}

export function deleteSpeaker(db: Database.Database, id: number): boolean {
  return statement(db, 'DELETE FROM speakers WHERE id = ?').run(id).changes > 0;
}

/** Moves every attribution and alias of `fromId` onto `intoId`, then removes `fromId`. */
export function mergeSpeakers(db: Database.Database, fromId: number, intoId: number): void {
  const from = getSpeaker(db, fromId);
  if (!from) return;
  statement(db, 'UPDATE highlights SET speaker_id = ? WHERE speaker_id = ?').run(intoId, fromId);
  const insert = statement(
    db,
    'INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)',
  );
  for (const alias of [from.name, ...from.aliases]) insert.run(intoId, alias);
  deleteSpeaker(db, fromId);
}
