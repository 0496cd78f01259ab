// Memo versions: when a saved memo's document is replaced (a save, a restore), the document
// it had is kept here with when it was saved and how big it was, so an analyst can list,
// compare and restore what a memo said before. The counts are stored, not recomputed, so the
// History list stays cheap however long the documents are.
import type { Migration } from './index';

export const memoVersions: Migration = {
  version: 6,
  name: '0006-memo-versions',
  sql: `
CREATE TABLE memo_versions (
  id INTEGER PRIMARY KEY,
  memo_id INTEGER NOT NULL REFERENCES memos(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  document TEXT NOT NULL CHECK (json_valid(document)),
  size INTEGER NOT NULL,
  word_count INTEGER NOT NULL DEFAULT 0,
  quotation_count INTEGER NOT NULL DEFAULT 0,
  saved_at TEXT NOT NULL,
  kept_at TEXT NOT NULL
);
CREATE INDEX memo_versions_memo ON memo_versions(memo_id, kept_at);
`,
};
