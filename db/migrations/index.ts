// The ordered list of schema migrations. Append a new file and a line here; never edit a
// released one (tests pin each migration's effect).
import { initial } from './0001-initial';
import { annotationHistory } from './0002-annotation-history';
import { searchIndexRepair } from './0003-search-index-repair';
import { metadataSources } from './0004-metadata-sources';
import { articleRevisions } from './0005-article-revisions';
import { memoVersions } from './0006-memo-versions';
import { libraryOrderIndexes } from './0007-library-order-indexes';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  initial,
  annotationHistory,
  searchIndexRepair,
  metadataSources,
  articleRevisions,
  memoVersions,
  libraryOrderIndexes,
];
