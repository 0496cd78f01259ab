import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { migrate } from '../../../../db/migrate';
import { migrations } from '../../../../db/migrations';
import { figureKind } from '../../../../db/migrations/0009-figure-kind';
import { writeTransaction } from '../../../../db/transaction';

function applyFigureKind(db: Database.Database): void {
  migrate(
    db,
    migrations.filter((migration) => migration.version <= figureKind.version),
  );
}

function notebookBefore(file = ':memory:'): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    migrations.filter((migration) => migration.version < figureKind.version),
  );
  return db;
}

function seed(db: Database.Database): { articleId: number; highlightId: number } {
  const articleId = Number(
    db
      .prepare(
        `INSERT INTO articles (title, format, original, text, content_hash, imported_at, updated_at)
         VALUES ('Harbour levy', 'text', x'00', 'The Orlin port handled 4.2 million tonnes.',
                 'orlin', 'now', 'now')`,
      )
      .run().lastInsertRowid,
  );
  const highlightId = Number(
    db
      .prepare(
        `INSERT INTO highlights (article_id, kind, exact, start_offset, end_offset, note,
                                 created_at, updated_at)
         VALUES (?, 'direct', '4.2 million tonnes', 25, 43, 'port total', 'now', 'now')`,
      )
      .run(articleId).lastInsertRowid,
  );
  const tagId = Number(
    db.prepare(`INSERT INTO tags (name, created_at) VALUES ('Shipping', 'now')`).run()
      .lastInsertRowid,
  );
  db.prepare('INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)').run(
    highlightId,
    tagId,
  );
  db.prepare(
    `INSERT INTO annotation_history (article_id, label, before_state, after_state, created_at)
     VALUES (?, 'Mark quotation', NULL, '{}', 'now')`,
  ).run(articleId);
  return { articleId, highlightId };
}

function insertHighlight(db: Database.Database, articleId: number, kind: string): void {
  db.prepare(
    `INSERT INTO highlights (article_id, kind, exact, start_offset, end_offset, created_at, updated_at)
     VALUES (?, ?, 'Orlin', 4, 9, 'now', 'now')`,
  ).run(articleId, kind);
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('migration 0009-figure-kind', () => {
  test('highlights, their tag links and the history stored before survive it', () => {
    const db = notebookBefore();
    const { highlightId } = seed(db);
    applyFigureKind(db);
    expect(
      db.prepare('SELECT kind, exact, note FROM highlights WHERE id = ?').get(highlightId),
    ).toEqual({ kind: 'direct', exact: '4.2 million tonnes', note: 'port total' });
    expect(db.prepare('SELECT count(*) AS n FROM highlight_tags').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM annotation_history').get()).toEqual({ n: 1 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  test('a figure highlight is refused before it and accepted after it', () => {
    const db = notebookBefore();
    const { articleId } = seed(db);
    expect(() => insertHighlight(db, articleId, 'figure')).toThrow(/CHECK constraint failed/);
    applyFigureKind(db);
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    insertHighlight(db, articleId, 'figure');
    expect(db.prepare(`SELECT count(*) AS n FROM highlights WHERE kind = 'figure'`).get()).toEqual({
      n: 1,
    });
  });

  test('a kind outside the list is still refused after it', () => {
    const db = notebookBefore();
    const { articleId } = seed(db);
    applyFigureKind(db);
    expect(() => insertHighlight(db, articleId, 'estimate')).toThrow(/CHECK constraint failed/);
  });

  test('the other constraints of highlights are kept', () => {
    const db = notebookBefore();
    const { articleId } = seed(db);
    applyFigureKind(db);
    expect(() =>
      db
        .prepare(
          `INSERT INTO highlights (article_id, kind, exact, start_offset, end_offset, created_at, updated_at)
           VALUES (?, 'figure', 'x', 9, 4, 'now', 'now')`,
        )
        .run(articleId),
    ).toThrow(/CHECK constraint failed/);
    db.prepare('DELETE FROM articles WHERE id = ?').run(articleId);
    expect(db.prepare('SELECT count(*) AS n FROM highlight_tags').get()).toEqual({ n: 0 });
  });

  test('another connection to the notebook file sees the new kind', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dossier-0009-'));
    folders.push(folder);
    const file = path.join(folder, 'notebook.sqlite');
    const writer = notebookBefore(file);
    writer.pragma('journal_mode = WAL');
    const { articleId } = seed(writer);
    const reader = new Database(file);
    expect(() => insertHighlight(reader, articleId, 'figure')).toThrow(/CHECK constraint failed/);
    applyFigureKind(writer);
    insertHighlight(reader, articleId, 'figure');
    expect(
      reader.prepare(`SELECT count(*) AS n FROM highlights WHERE kind = 'figure'`).get(),
    ).toEqual({ n: 1 });
    reader.close();
    writer.close();
  });

  test('a notebook whose CHECK is not the one 0001 wrote is left unchanged', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE TABLE highlights (id INTEGER PRIMARY KEY, kind TEXT CHECK (kind IN ('x')))`);
    expect(() => writeTransaction(db, () => figureKind.edit!(db))).toThrow(/unexpected CHECK/);
    const sql = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'highlights'`).get();
    expect(sql).toEqual({
      sql: `CREATE TABLE highlights (id INTEGER PRIMARY KEY, kind TEXT CHECK (kind IN ('x')))`,
    });
  });

  test('a stored row the new CHECK refuses rolls the rewrite back', () => {
    const db = notebookBefore();
    const { articleId } = seed(db);
    const sqlBefore = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'highlights'`).get();
    // A row no CHECK allowed, as a damaged or hand-edited notebook might hold.
    db.pragma('ignore_check_constraints = ON');
    insertHighlight(db, articleId, 'estimate');
    db.pragma('ignore_check_constraints = OFF');
    expect(() => applyFigureKind(db)).toThrow(
      /integrity_check after the rewrite: CHECK constraint failed/,
    );
    expect(db.pragma('user_version', { simple: true })).toBe(figureKind.version - 1);
    expect(db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'highlights'`).get()).toEqual(
      sqlBefore,
    );
    expect(() => insertHighlight(db, articleId, 'figure')).toThrow(/CHECK constraint failed/);
  });

  test('the connection is back in defensive mode afterwards', () => {
    const db = notebookBefore();
    applyFigureKind(db);
    db.pragma('writable_schema = ON');
    expect(() => db.exec(`UPDATE sqlite_schema SET sql = sql WHERE name = 'highlights'`)).toThrow(
      /may not be modified/,
    );
  });
});
