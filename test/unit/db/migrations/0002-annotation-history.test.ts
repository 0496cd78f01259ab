import { describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, readUserVersion } from '../../../../db/migrate';
import { initial } from '../../../../db/migrations/0001-initial';
import { annotationHistory } from '../../../../db/migrations/0002-annotation-history';

function freshDb() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [initial, annotationHistory]);
  return db;
}

function insertArticle(db: Database.Database, hash: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO articles (title, format, original, text, content_hash, imported_at, updated_at)
         VALUES ('Ferry talks', 'text', x'00', 'The Vessa ferry resumed.', ?, 'now', 'now')`,
      )
      .run(hash).lastInsertRowid,
  );
}

function journal(
  db: Database.Database,
  articleId: number,
  before: string | null,
  after: string | null,
): void {
  db.prepare(
    `INSERT INTO annotation_history (article_id, label, before_state, after_state, created_at)
     VALUES (?, 'Mark quotation', ?, ?, 'now')`,
  ).run(articleId, before, after);
}

function verdict(db: Database.Database, articleId: number, value: string): void {
  db.prepare(
    `INSERT INTO suggestion_verdicts (article_id, start_offset, end_offset, kind, verdict, decided_at)
     VALUES (?, 4, 9, 'direct', ?, 'now')`,
  ).run(articleId, value);
}

const count = (db: Database.Database, table: string) =>
  db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };

describe('migration 0002-annotation-history', () => {
  test('adds the journal and the verdict tables to a notebook at version 1', () => {
    const db = new Database(':memory:');
    migrate(db, [initial]);
    expect(migrate(db, [initial, annotationHistory])).toBe(1);
    expect(readUserVersion(db)).toBe(2);
    const names = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(['annotation_history', 'suggestion_verdicts']));
  });

  test('keeps what a version-1 notebook already holds', () => {
    const db = new Database(':memory:');
    migrate(db, [initial]);
    const articleId = insertArticle(db, 'h1');
    migrate(db, [initial, annotationHistory]);
    expect(db.prepare('SELECT id, title FROM articles').all()).toEqual([
      { id: articleId, title: 'Ferry talks' },
    ]);
  });

  test('journals a change with only a before or only an after state', () => {
    const db = freshDb();
    const articleId = insertArticle(db, 'h2');
    journal(db, articleId, null, '{"id":1}');
    journal(db, articleId, '{"id":1}', null);
    expect(db.prepare('SELECT undone FROM annotation_history ORDER BY id').all()).toEqual([
      { undone: 0 },
      { undone: 0 },
    ]);
  });

  test('refuses a journal entry with neither a before nor an after state', () => {
    const db = freshDb();
    const articleId = insertArticle(db, 'h3');
    expect(() => journal(db, articleId, null, null)).toThrow(/CHECK/);
  });

  test('refuses a journal entry for an article that does not exist', () => {
    const db = freshDb();
    expect(() => journal(db, 99, null, '{"id":1}')).toThrow(/FOREIGN KEY/);
  });

  test('deleting an article deletes its journal and its verdicts', () => {
    const db = freshDb();
    const articleId = insertArticle(db, 'h4');
    journal(db, articleId, null, '{"id":1}');
    verdict(db, articleId, 'rejected');
    db.prepare('DELETE FROM articles WHERE id = ?').run(articleId);
    expect(count(db, 'annotation_history')).toEqual({ n: 0 });
    expect(count(db, 'suggestion_verdicts')).toEqual({ n: 0 });
  });

  test('keeps one verdict per suggestion', () => {
    const db = freshDb();
    const articleId = insertArticle(db, 'h5');
    verdict(db, articleId, 'rejected');
    expect(() => verdict(db, articleId, 'accepted')).toThrow(/UNIQUE|PRIMARY KEY/);
  });

  test('rejects a verdict other than accepted or rejected', () => {
    const db = freshDb();
    const articleId = insertArticle(db, 'h6');
    expect(() => verdict(db, articleId, 'maybe')).toThrow(/CHECK/);
  });
});
