import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { migrate } from '../../../../db/migrate';
import { migrations } from '../../../../db/migrations';
import { getArticle, insertArticle, updateArticleMetadata } from '../../../../db/queries/articles';

function notebookAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version));
  return db;
}

const article = {
  title: 'Ferry fares frozen',
  author: 'Mara Quill',
  publisher: 'The Oldmere Courier',
  dateline: null,
  publishedAt: '2025-03-03T09:05:00-05:00',
  language: 'en',
  sourceUrl: null,
  format: 'html',
  sourcePath: null,
  originalName: 'ferry.html',
  original: new Uint8Array([1]),
  text: 'The ferry company froze its fares.',
  contentHash: 'hash-ferry',
  wordCount: 6,
};

describe('migration 0004-metadata-sources', () => {
  test('an article stored before the migration gets an empty record of where its fields came from', () => {
    const db = notebookAt(3);
    db.prepare(
      `INSERT INTO articles (title, format, original, text, content_hash, imported_at, updated_at)
       VALUES ('Old article', 'text', x'00', 'Old text.', 'old', 'now', 'now')`,
    ).run();
    migrate(db, migrations.slice(0, 4));
    const row = db.prepare('SELECT metadata_sources FROM articles').get() as {
      metadata_sources: string;
    };
    expect(row.metadata_sources).toBe('{}');
  });

  test('the column refuses anything but a JSON object', () => {
    const db = notebookAt(4);
    const id = insertArticle(db, article);
    expect(() =>
      db.prepare("UPDATE articles SET metadata_sources = 'not json' WHERE id = ?").run(id),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("UPDATE articles SET metadata_sources = '[]' WHERE id = ?").run(id),
    ).toThrow(/CHECK/);
  });

  test('an imported article keeps where each field came from', () => {
    const db = notebookAt(4);
    const id = insertArticle(db, {
      ...article,
      metadataSources: { title: 'structured-data', publishedAt: 'byline' },
    });
    expect(getArticle(db, id)?.metadataSources).toEqual({
      title: 'structured-data',
      publishedAt: 'byline',
    });
  });

  test('a field the analyst edits is marked as theirs, a field they clear loses its source', () => {
    const db = notebookAt(4);
    const id = insertArticle(db, {
      ...article,
      metadataSources: { title: 'structured-data', author: 'meta', publisher: 'meta' },
    });
    updateArticleMetadata(db, id, { ...article, author: 'Tobias Renn', publisher: null });
    expect(getArticle(db, id)?.metadataSources).toEqual({
      title: 'structured-data',
      author: 'edited',
    });
  });
});
