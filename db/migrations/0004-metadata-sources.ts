// Where each of an article's metadata fields came from (the page's structured data, its meta
// tags, a byline, a dateline, the analyst's own edit…), as a JSON object keyed by field name,
// so Edit details can say what to trust. Articles imported before this migration have no
// record of it: an empty object, which the dialog shows as nothing rather than a guess.
import type { Migration } from './index';

export const metadataSources: Migration = {
  version: 4,
  name: '0004-metadata-sources',
  sql: `
ALTER TABLE articles ADD COLUMN metadata_sources TEXT NOT NULL DEFAULT '{}'
  CHECK (json_valid(metadata_sources) AND json_type(metadata_sources) = 'object');
`,
};
