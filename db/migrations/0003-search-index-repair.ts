// Repairs the full-text index. Migration 1's two AFTER UPDATE triggers (one removing the old
// row's tokens, one adding the new row's) fire in an order SQLite does not promise; in
// practice the insert ran first and the delete then removed the new tokens too, so an edited
// article vanished from search and FTS5's integrity check reported a malformed index.
//
// The index now reads its external content from a view of the live (not soft-deleted)
// articles, so FTS5's own integrity check, which compares the index with its content, holds
// while deleted articles stay out of search. One UPDATE trigger removes, then adds, in order.
// The index is rebuilt from the view, mending every notebook damaged by the old triggers.
import type { Migration } from './index';

export const searchIndexRepair: Migration = {
  version: 3,
  name: '0003-search-index-repair',
  sql: `
DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS articles_fts_delete;
DROP TRIGGER IF EXISTS articles_fts_unindex;
DROP TRIGGER IF EXISTS articles_fts_reindex;
DROP TABLE IF EXISTS articles_fts;

CREATE VIEW live_articles AS
  SELECT id, title, text FROM articles WHERE deleted_at IS NULL;

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text,
  content = 'live_articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
-- Rank with titles weighing five times the body, for every query that orders by rank.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
-- One trigger, so the old row's tokens always leave before the new row's arrive.
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, deleted_at ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    SELECT 'delete', old.id, old.title, old.text WHERE old.deleted_at IS NULL;
  INSERT INTO articles_fts(rowid, title, text)
    SELECT new.id, new.title, new.text WHERE new.deleted_at IS NULL;
END;

INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
`,
};
