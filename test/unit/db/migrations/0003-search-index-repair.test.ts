import { describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { migrate } from '../../../../db/migrate';
import { migrations } from '../../../../db/migrations';
import { searchIndexRepair } from '../../../../db/migrations/0003-search-index-repair';

/** A notebook as migrations 1 and 2 left it: the old pair of update triggers. */
function oldNotebook(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 2));
  return db;
}

function insertArticle(db: Database.Database, title: string, text: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO articles (title, format, original, text, content_hash, imported_at, updated_at)
         VALUES (?, 'text', x'00', ?, ?, 'now', 'now')`,
      )
      .run(title, text, `${title}:${text}`).lastInsertRowid,
  );
}

function found(db: Database.Database, word: string): number[] {
  return db
    .prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid')
    .pluck()
    .all(word) as number[];
}

function ftsIntact(db: Database.Database): boolean {
  try {
    db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    return true;
  } catch {
    return false;
  }
}

describe('migration 0003-search-index-repair', () => {
  test('the old triggers lose an edited article from search (the fault this migration mends)', () => {
    const db = oldNotebook();
    const id = insertArticle(db, 'Salt marsh survey', 'The wardens counted herons at Brackwater.');
    db.prepare("UPDATE articles SET title = 'Salt marsh census' WHERE id = ?").run(id);
    expect(found(db, 'herons')).toEqual([]);
    expect(ftsIntact(db)).toBe(false);
  });

  test('upgrading a damaged notebook rebuilds its index: edited words found, old ones gone', () => {
    const db = oldNotebook();
    const edited = insertArticle(
      db,
      'Salt marsh survey',
      'The wardens counted herons at Brackwater.',
    );
    const untouched = insertArticle(db, 'Ferry timetable', 'Boats leave Lowmere at dawn.');
    const deleted = insertArticle(db, 'Closed quarry', 'The herons left the quarry.');
    db.prepare("UPDATE articles SET title = 'Salt marsh census' WHERE id = ?").run(edited);
    db.prepare("UPDATE articles SET deleted_at = 'now' WHERE id = ?").run(deleted);

    migrate(db, [...migrations.slice(0, 2), searchIndexRepair]);

    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(ftsIntact(db)).toBe(true);
    expect(found(db, 'herons')).toEqual([edited]);
    expect(found(db, 'census')).toEqual([edited]);
    expect(found(db, 'survey')).toEqual([]);
    expect(found(db, 'Lowmere')).toEqual([untouched]);
  });

  test('after the upgrade, title and text edits, deletes and restores keep the index whole', () => {
    const db = oldNotebook();
    migrate(db, [...migrations.slice(0, 2), searchIndexRepair]);
    const id = insertArticle(db, 'Lighthouse keepers', 'Keepers at Farrow Point rang the bell.');
    db.prepare(
      "UPDATE articles SET text = 'Keepers at Farrow Point lit the lamp.' WHERE id = ?",
    ).run(id);
    expect(found(db, 'lamp')).toEqual([id]);
    expect(found(db, 'bell')).toEqual([]);
    db.prepare("UPDATE articles SET deleted_at = 'now' WHERE id = ?").run(id);
    expect(found(db, 'lamp')).toEqual([]);
    expect(ftsIntact(db)).toBe(true);
    db.prepare('UPDATE articles SET deleted_at = NULL WHERE id = ?').run(id);
    expect(found(db, 'lamp')).toEqual([id]);
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(found(db, 'Farrow')).toEqual([]);
    expect(ftsIntact(db)).toBe(true);
  });

  test('ranking still weighs titles five times the body', () => {
    const db = oldNotebook();
    migrate(db, [...migrations.slice(0, 2), searchIndexRepair]);
    const inBody = insertArticle(db, 'Weekly digest', 'Notes on the tidal barrage and more.');
    const inTitle = insertArticle(db, 'Tidal barrage approved', 'Council notes follow.');
    const ranked = db
      .prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'barrage' ORDER BY rank")
      .pluck()
      .all();
    expect(ranked).toEqual([inTitle, inBody]);
  });
});
