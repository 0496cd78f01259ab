// One index per library sort, over live articles only, holding exactly the keys the keyset
// pages in db/queries/article-pages.ts compare and order by (ending in the id, so each is a
// total order). A page is then a seek into the index and a short walk, at any depth. Each
// ends in deleted_at (always NULL here) so that a count, or the walk to a scrollbar position,
// reads the index alone: without it SQLite visits every row to re-check the partial index's
// condition (10 ms instead of 1 ms for a count at 100,000). The publisher index also ends in
// the plain column, which SQLite needs to evaluate coalesce(publisher, '') from the index
// alone while it walks past a cursor (3 ms instead of 60). articles_live_names serves the
// library's title/publisher filter the same way (a scan of the index, not of the articles).
import type { Migration } from './index';

export const libraryOrderIndexes: Migration = {
  version: 7,
  name: '0007-library-order-indexes',
  sql: `
CREATE INDEX articles_live_imported ON articles(imported_at, id, deleted_at)
  WHERE deleted_at IS NULL;
CREATE INDEX articles_live_published ON articles(coalesce(published_at, ''), id, deleted_at)
  WHERE deleted_at IS NULL;
CREATE INDEX articles_live_title ON articles(title COLLATE NOCASE, id, deleted_at)
  WHERE deleted_at IS NULL;
CREATE INDEX articles_live_publisher
  ON articles(coalesce(publisher, '') COLLATE NOCASE, title COLLATE NOCASE, id, deleted_at, publisher)
  WHERE deleted_at IS NULL;
CREATE INDEX articles_live_names ON articles(title, coalesce(publisher, ''), id, deleted_at)
  WHERE deleted_at IS NULL;
`,
};
