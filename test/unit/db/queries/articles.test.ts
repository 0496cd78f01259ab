// Storing an article whose text arrives as UTF-8 bytes (an import worker's result) stores and
// indexes exactly the text the string would have given.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../db/open';
import {
  getArticle,
  insertArticleUnlessStored,
  type NewArticle,
} from '../../../../db/queries/articles';
import { tempDir } from '../../../helpers/temp';

const TEXT = 'Café at Perrin Bay “harbour” — 港口 😀 naïve\n\nSecond paragraph, tab\there.';

function article(text: string | Uint8Array, contentHash: string): NewArticle {
  return {
    title: 'Quenby harbour',
    author: null,
    publisher: null,
    dateline: null,
    publishedAt: null,
    language: 'en',
    sourceUrl: null,
    format: 'text',
    sourcePath: null,
    originalName: 'quenby.txt',
    original: new TextEncoder().encode(TEXT),
    text,
    contentHash,
    wordCount: 12,
  };
}

describe('insertArticleUnlessStored', () => {
  it('stores and indexes text given as UTF-8 bytes exactly as the same text given as a string', () => {
    const db = openDatabase(path.join(tempDir(), 'notebook.sqlite'));
    const fromString = insertArticleUnlessStored(db, article(TEXT, 'hash-a'));
    const fromBytes = insertArticleUnlessStored(
      db,
      article(new TextEncoder().encode(TEXT), 'hash-b'),
    );
    expect(getArticle(db, fromBytes!)?.text).toBe(TEXT);
    expect(getArticle(db, fromBytes!)?.text).toBe(getArticle(db, fromString!)?.text);
    const kind = db
      .prepare('SELECT typeof(text) AS kind FROM articles WHERE id = ?')
      .get(fromBytes);
    expect(kind).toEqual({ kind: 'text' });
    const found = db
      .prepare(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'cafe AND naive' ORDER BY rowid",
      )
      .all()
      .map((row) => (row as { rowid: number }).rowid);
    expect(found).toEqual([fromString, fromBytes]);
    db.close();
  });
});
