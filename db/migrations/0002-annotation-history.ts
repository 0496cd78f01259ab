// The annotation journal behind persisted undo and redo: every highlight change stores the
// highlight's state before and after (JSON snapshots), so undo survives a reload. Also the
// analyst's verdicts on the quote finder's suggestions, so a rejection is remembered.
import type { Migration } from './index';

export const annotationHistory: Migration = {
  version: 2,
  name: '0002-annotation-history',
  sql: `
CREATE TABLE annotation_history (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  before_state TEXT,
  after_state TEXT,
  undone INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  CHECK (before_state IS NOT NULL OR after_state IS NOT NULL)
);
CREATE INDEX annotation_history_article ON annotation_history(article_id, undone, id);

CREATE TABLE suggestion_verdicts (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  kind TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected')),
  decided_at TEXT NOT NULL,
  PRIMARY KEY (article_id, start_offset, end_offset, kind)
) WITHOUT ROWID;
`,
};
