import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { migrate } from '../../../../db/migrate';
import { migrations } from '../../../../db/migrations';

function notebookAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version));
  return db;
}

function plan(db: Database.Database, sql: string, ...parameters: unknown[]): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[])
    .map((row) => row.detail)
    .join(' | ');
}

describe('migration 0007-library-order-indexes', () => {
  test('articles stored before the migration are in the new indexes', () => {
    const db = notebookAt(6);
    db.prepare(
      `INSERT INTO articles (title, format, original, text, content_hash, imported_at, updated_at)
       VALUES ('Old article', 'text', x'00', 'Old text.', 'old', '2024-01-01', '2024-01-01')`,
    ).run();
    migrate(db, migrations.slice(0, 7));
    const row = db
      .prepare(
        `SELECT title FROM articles INDEXED BY articles_live_title
         WHERE deleted_at IS NULL ORDER BY title COLLATE NOCASE, id`,
      )
      .get() as { title: string };
    expect(row.title).toBe('Old article');
  });

  test('a page after a title cursor seeks the title index instead of scanning', () => {
    const db = notebookAt(7);
    expect(
      plan(
        db,
        `SELECT a.id FROM articles a WHERE a.deleted_at IS NULL AND a.title COLLATE NOCASE >= ?
         AND (a.title COLLATE NOCASE, a.id) > (?, ?) ORDER BY a.title COLLATE NOCASE, a.id LIMIT 10`,
        'Quay',
        'Quay',
        4,
      ),
    ).toMatch(/SEARCH a USING COVERING INDEX articles_live_title/);
  });

  test('counting live articles reads an index alone', () => {
    const db = notebookAt(7);
    expect(plan(db, 'SELECT count(*) FROM articles a WHERE a.deleted_at IS NULL')).toMatch(
      /COVERING INDEX articles_live_/,
    );
  });

  test('each sort has its index over live articles only', () => {
    const db = notebookAt(7);
    const indexes = db
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'articles_live_%'`,
      )
      .all() as { name: string; sql: string }[];
    expect(indexes.map((index) => index.name).sort()).toEqual([
      'articles_live_imported',
      'articles_live_names',
      'articles_live_published',
      'articles_live_publisher',
      'articles_live_title',
    ]);
    for (const index of indexes) expect(index.sql).toMatch(/WHERE deleted_at IS NULL$/);
  });
});
