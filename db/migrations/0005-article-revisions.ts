// Revisions kept: when a newer copy of an article is imported and the analyst chooses to
// update, the text it replaces is kept here with its title, metadata and original bytes, so
// nothing the notebook held is lost and the old version stays readable. Also indexes the
// columns a re-import is matched on (source path, source URL, title with publisher), which
// every imported file is looked up by.
import type { Migration } from './index';

export const articleRevisions: Migration = {
  version: 5,
  name: '0005-article-revisions',
  sql: `
CREATE TABLE article_revisions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  metadata TEXT NOT NULL DEFAULT '{}'
    CHECK (json_valid(metadata) AND json_type(metadata) = 'object'),
  format TEXT NOT NULL,
  original_name TEXT,
  original BLOB NOT NULL,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  word_count INTEGER NOT NULL DEFAULT 0,
  replaced_at TEXT NOT NULL
);
CREATE INDEX article_revisions_article ON article_revisions(article_id, replaced_at);
CREATE INDEX articles_source_path ON articles(source_path) WHERE source_path IS NOT NULL;
CREATE INDEX articles_source_url ON articles(source_url) WHERE source_url IS NOT NULL;
CREATE INDEX articles_title_publisher
  ON articles(title COLLATE NOCASE, publisher COLLATE NOCASE) WHERE publisher IS NOT NULL;
`,
};
