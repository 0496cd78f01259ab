// Group speakers: a speaker that is a collective ("the ministers", "all parties") rather than
// a person or a named body. The quote finder offers such subjects as speakers only when the
// analyst accepts one of their suggestions, and the notebook marks them, so memos and lists can
// tell a group from a person. Existing speakers are people (0).
import type { Migration } from './index';

export const groupSpeakers: Migration = {
  version: 8,
  name: '0008-group-speakers',
  sql: `
ALTER TABLE speakers ADD COLUMN is_group INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1));
`,
};
