// The ordered list of schema migrations. Append a new file and a line here; never edit a
// released one (tests pin each migration's effect).
import type Database from 'better-sqlite3';
import { initial } from './0001-initial';
import { annotationHistory } from './0002-annotation-history';
import { searchIndexRepair } from './0003-search-index-repair';
import { metadataSources } from './0004-metadata-sources';
import { articleRevisions } from './0005-article-revisions';
import { memoVersions } from './0006-memo-versions';
import { libraryOrderIndexes } from './0007-library-order-indexes';
import { groupSpeakers } from './0008-group-speakers';
import { figureKind } from './0009-figure-kind';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** A step SQL text alone cannot take (see 0009), run after `sql` in the same transaction. */
  edit?: (db: Database.Database) => void;
}

export const migrations: readonly Migration[] = [
  initial,
  annotationHistory,
  searchIndexRepair,
  metadataSources,
  articleRevisions,
  memoVersions,
  libraryOrderIndexes,
  groupSpeakers,
  figureKind,
];
