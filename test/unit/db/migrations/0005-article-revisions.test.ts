import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { migrate } from '../../../../db/migrate';
import { migrations } from '../../../../db/migrations';
import { insertArticle, setArticleDeleted } from '../../../../db/queries/articles';
import {
  findRevisionTarget,
  getVersion,
  keepCurrentVersion,
  listVersions,
} from '../../../../db/queries/revisions';

function notebookAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version));
  return db;
}

const article = {
  title: 'Lantern market reopens',
  author: 'Oren Vale',
  publisher: 'The Fenwick Herald',
  dateline: null,
  publishedAt: '2025-05-02',
  language: 'en',
  sourceUrl: 'https://fenwick-herald.example/lanterns',
  format: 'text',
  sourcePath: '/notes/lanterns.txt',
  originalName: 'lanterns.txt',
  original: new Uint8Array([7, 8]),
  text: 'The lantern market reopened on Friday.',
  contentHash: 'hash-lanterns',
  wordCount: 6,
};

const keys = {
  sourcePath: null,
  sourceUrl: null,
  title: 'Lantern market reopens',
  publisher: null,
};

describe('migration 0005-article-revisions', () => {
  test('articles stored before the migration keep their rows and have no versions yet', () => {
    const db = notebookAt(4);
    const id = insertArticle(db, article);
    migrate(db, migrations.slice(0, 5));
    expect(listVersions(db, id)).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
  });

  test('a kept version holds the text, metadata and original bytes the article had', () => {
    const db = notebookAt(5);
    const id = insertArticle(db, { ...article, metadataSources: { author: 'byline' } });
    const versionId = keepCurrentVersion(db, id)!;
    const version = getVersion(db, versionId)!;
    expect(version).toMatchObject({
      articleId: id,
      title: 'Lantern market reopens',
      text: 'The lantern market reopened on Friday.',
      contentHash: 'hash-lanterns',
      metadata: { author: 'Oren Vale', sourcePath: '/notes/lanterns.txt' },
    });
    const stored = db.prepare('SELECT original FROM article_revisions').get() as {
      original: Buffer;
    };
    expect([...stored.original]).toEqual([7, 8]);
  });

  test('the metadata column refuses anything but a JSON object', () => {
    const db = notebookAt(5);
    const id = insertArticle(db, article);
    keepCurrentVersion(db, id);
    expect(() => db.prepare("UPDATE article_revisions SET metadata = '[1]'").run()).toThrow(
      /CHECK/,
    );
  });

  test("an article's versions go when the article itself is purged", () => {
    const db = notebookAt(5);
    const id = insertArticle(db, article);
    keepCurrentVersion(db, id);
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM article_revisions').get()).toEqual({ n: 0 });
  });

  test('re-imports are matched by source path, URL or title with publisher through indexes', () => {
    const db = notebookAt(5);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((row) => row.detail)
        .join('\n');
    expect(
      plan("SELECT id FROM articles WHERE source_path = 'x' AND source_path IS NOT NULL"),
    ).toMatch(/articles_source_path/);
    expect(
      plan("SELECT id FROM articles WHERE source_url = 'x' AND source_url IS NOT NULL"),
    ).toMatch(/articles_source_url/);
    expect(
      plan(
        "SELECT id FROM articles WHERE publisher IS NOT NULL AND title = 'x' COLLATE NOCASE AND publisher = 'y' COLLATE NOCASE",
      ),
    ).toMatch(/articles_title_publisher/);
  });

  test('a deleted article is no revision target, and neither is one whose text is already stored', () => {
    const db = notebookAt(5);
    const id = insertArticle(db, article);
    const byPath = { ...keys, sourcePath: '/notes/lanterns.txt' };
    expect(findRevisionTarget(db, byPath, 'hash-new')).toMatchObject({
      id,
      matchedBy: 'source-path',
    });
    expect(findRevisionTarget(db, byPath, 'hash-lanterns')).toBeUndefined();
    setArticleDeleted(db, id, true);
    expect(findRevisionTarget(db, byPath, 'hash-new')).toBeUndefined();
  });
});
