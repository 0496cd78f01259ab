// The annotation journal: append a change, find the next one to undo or redo, mark it, and
// list the notebook's recent changes. Every read is per article except the notebook-wide list
// (which names each change's article): undo in one article must never reach another's rows.
// It stores states as JSON and does not know what they mean.
import type Database from 'better-sqlite3';
import { nowIso, statement } from './statements';

export interface JournalEntry<State> {
  id: number;
  articleId: number;
  label: string;
  before: State | null;
  after: State | null;
}

interface EntryRow {
  id: number;
  article_id: number;
  label: string;
  before_state: string | null;
  after_state: string | null;
}

function toEntry<State>(row: EntryRow): JournalEntry<State> {
  return {
    id: row.id,
    articleId: row.article_id,
    label: row.label,
    before: row.before_state === null ? null : (JSON.parse(row.before_state) as State),
    after: row.after_state === null ? null : (JSON.parse(row.after_state) as State),
  };
}

/** Records a new change; anything that was undone can no longer be redone after it. */
export function appendEntry<State>(
  db: Database.Database,
  articleId: number,
  label: string,
  before: State | null,
  after: State | null,
): number {
  statement(db, 'DELETE FROM annotation_history WHERE article_id = ? AND undone = 1').run(
    articleId,
  );
  return Number(
    statement(
      db,
      `INSERT INTO annotation_history (article_id, label, before_state, after_state, created_at)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(
      articleId,
      label,
      before === null ? null : JSON.stringify(before),
      after === null ? null : JSON.stringify(after),
      nowIso(),
    ).lastInsertRowid,
  );
}

export function nextToUndo<State>(
  db: Database.Database,
  articleId: number,
): JournalEntry<State> | undefined {
  const row = statement(
    db,
    'SELECT * FROM annotation_history WHERE article_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1',
  ).get(articleId) as EntryRow | undefined;
  return row && toEntry<State>(row);
}

export function nextToRedo<State>(
  db: Database.Database,
  articleId: number,
): JournalEntry<State> | undefined {
  const row = statement(
    db,
    'SELECT * FROM annotation_history WHERE article_id = ? AND undone = 1 ORDER BY id ASC LIMIT 1',
  ).get(articleId) as EntryRow | undefined;
  return row && toEntry<State>(row);
}

export function markUndone(db: Database.Database, id: number, undone: boolean): void {
  statement(db, 'UPDATE annotation_history SET undone = ? WHERE id = ?').run(undone ? 1 : 0, id);
}

export function historyCounts(
  db: Database.Database,
  articleId: number,
): { undo: number; redo: number } {
  const row = statement(
    db,
    `SELECT sum(undone = 0) AS undo, sum(undone = 1) AS redo FROM annotation_history WHERE article_id = ?`,
  ).get(articleId) as { undo: number | null; redo: number | null };
  return { undo: row.undo ?? 0, redo: row.redo ?? 0 };
}

export function getEntry<State>(
  db: Database.Database,
  id: number,
): (JournalEntry<State> & { undone: boolean }) | undefined {
  const row = statement(db, 'SELECT * FROM annotation_history WHERE id = ?').get(id) as
    (EntryRow & { undone: number }) | undefined;
  return row && { ...toEntry<State>(row), undone: row.undone === 1 };
}

export interface RecentEntry {
  id: number;
  articleId: number;
  articleTitle: string;
  label: string;
  undone: boolean;
  createdAt: string;
}

/** The notebook's latest changes, newest first, on articles still in the library. */
export function listRecentEntries(db: Database.Database, limit: number): RecentEntry[] {
  return (
    statement(
      db,
      `SELECT h.id, h.article_id, a.title, h.label, h.undone, h.created_at
       FROM annotation_history h JOIN articles a ON a.id = h.article_id
       WHERE a.deleted_at IS NULL
       ORDER BY h.id DESC LIMIT ?`,
    ).all(limit) as {
      id: number;
      article_id: number;
      title: string;
      label: string;
      undone: number;
      created_at: string;
    }[]
  ).map((row) => ({
    id: row.id,
    articleId: row.article_id,
    articleTitle: row.title,
    label: row.label,
    undone: row.undone === 1,
    createdAt: row.created_at,
  }));
}
