// The first notebook schema: articles with their original bytes, speakers with aliases,
// tags, highlights stored as text selectors, memos, and an FTS5 index over articles.
import type { Migration } from './index';

export const initial: Migration = {
  version: 1,
  name: '0001-initial',
  sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  author TEXT,
  publisher TEXT,
  dateline TEXT,
  published_at TEXT,
  language TEXT,
  format TEXT NOT NULL,
  source_path TEXT,
  source_url TEXT,
  original_name TEXT,
  original BLOB NOT NULL,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  word_count INTEGER NOT NULL DEFAULT 0,
  imported_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE UNIQUE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_published_at ON articles(published_at);

CREATE TABLE speakers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  role TEXT,
  country TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE speaker_aliases (
  id INTEGER PRIMARY KEY,
  speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
  alias TEXT NOT NULL COLLATE NOCASE,
  UNIQUE (speaker_id, alias)
);
CREATE INDEX speaker_aliases_alias ON speaker_aliases(alias);

CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  colour TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE highlights (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('highlight', 'direct', 'indirect', 'term')),
  exact TEXT NOT NULL,
  prefix TEXT NOT NULL DEFAULT '',
  suffix TEXT NOT NULL DEFAULT '',
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
  speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
  note TEXT NOT NULL DEFAULT '',
  orphaned INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX highlights_article ON highlights(article_id, start_offset);
CREATE INDEX highlights_speaker ON highlights(speaker_id);

CREATE TABLE highlight_tags (
  highlight_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (highlight_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX highlight_tags_tag ON highlight_tags(tag_id);

CREATE TABLE memos (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT '{}',
  document TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text,
  content = 'articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
-- Rank with titles weighing five times the body, for every query that orders by rank.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');
-- Only live articles are indexed: a soft-deleted article leaves the index and returns on restore.
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_unindex AFTER UPDATE OF title, text, deleted_at ON articles
WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_reindex AFTER UPDATE OF title, text, deleted_at ON articles
WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
`,
};
