import { describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { migrate } from '../../../../db/migrate';
import { initial } from '../../../../db/migrations/0001-initial';

function freshDb() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [initial]);
  return db;
}

function insertArticle(db: Database.Database, title: string, text: string, hash: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO articles (title, format, original, text, content_hash, imported_at, updated_at)
         VALUES (?, 'text', x'00', ?, ?, 'now', 'now')`,
      )
      .run(title, text, hash).lastInsertRowid,
  );
}

describe('migration 0001-initial', () => {
  test('creates every table the notebook needs', () => {
    const names = (
      freshDb().prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[]
    ).map((row) => row.name);
    for (const table of [
      'articles',
      'speakers',
      'speaker_aliases',
      'tags',
      'highlights',
      'highlight_tags',
      'memos',
      'articles_fts',
    ]) {
      expect(names).toContain(table);
    }
  });

  test('keeps the full-text index in step with inserts, updates and deletes', () => {
    const db = freshDb();
    const id = insertArticle(db, 'Rail talks', 'The corridor opened to freight.', 'h1');
    const search = (term: string) =>
      db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').all(term);
    expect(search('corridor')).toEqual([{ rowid: id }]);
    db.prepare("UPDATE articles SET text = 'The port reopened.' WHERE id = ?").run(id);
    expect(search('corridor')).toEqual([]);
    expect(search('port')).toEqual([{ rowid: id }]);
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(search('port')).toEqual([]);
  });

  test('folds diacritics in the full-text index', () => {
    const db = freshDb();
    insertArticle(db, 'Café', 'Talks at the Almaty café resumed.', 'h2');
    expect(
      db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'cafe'").get(),
    ).toEqual({ n: 1 });
  });

  test('refuses the same content hash twice', () => {
    const db = freshDb();
    insertArticle(db, 'One', 'text', 'same');
    expect(() => insertArticle(db, 'Two', 'text', 'same')).toThrow(/UNIQUE/);
  });

  test('deleting an article deletes its highlights and their tag links', () => {
    const db = freshDb();
    const articleId = insertArticle(db, 'One', 'Some text here', 'h3');
    const highlightId = db
      .prepare(
        `INSERT INTO highlights (article_id, kind, exact, start_offset, end_offset, created_at, updated_at)
         VALUES (?, 'highlight', 'Some', 0, 4, 'now', 'now')`,
      )
      .run(articleId).lastInsertRowid;
    const tagId = db
      .prepare("INSERT INTO tags (name, created_at) VALUES ('trade', 'now')")
      .run().lastInsertRowid;
    db.prepare('INSERT INTO highlight_tags VALUES (?, ?)').run(highlightId, tagId);
    db.prepare('DELETE FROM articles WHERE id = ?').run(articleId);
    expect(db.prepare('SELECT count(*) AS n FROM highlight_tags').get()).toEqual({ n: 0 });
  });

  test('rejects an unknown highlight kind', () => {
    const db = freshDb();
    const articleId = insertArticle(db, 'One', 'Some text', 'h4');
    expect(() =>
      db
        .prepare(
          `INSERT INTO highlights (article_id, kind, exact, start_offset, end_offset, created_at, updated_at)
           VALUES (?, 'rumour', 'Some', 0, 4, 'now', 'now')`,
        )
        .run(articleId),
    ).toThrow(/CHECK/);
  });

  test('removing a speaker keeps the highlight and clears its attribution', () => {
    const db = freshDb();
    const articleId = insertArticle(db, 'One', 'Some text', 'h5');
    const speakerId = db
      .prepare(
        "INSERT INTO speakers (name, created_at, updated_at) VALUES ('Ada Sorel', 'now', 'now')",
      )
      .run().lastInsertRowid;
    db.prepare(
      `INSERT INTO highlights (article_id, kind, exact, start_offset, end_offset, speaker_id, created_at, updated_at)
       VALUES (?, 'direct', 'Some', 0, 4, ?, 'now', 'now')`,
    ).run(articleId, speakerId);
    db.prepare('DELETE FROM speakers WHERE id = ?').run(speakerId);
    expect(db.prepare('SELECT speaker_id FROM highlights').get()).toEqual({ speaker_id: null });
  });
});
