// The rows the queries build (camelCase), mutable while a query assembles them. The records
// the API carries are declared apart, read-only, in main/domain/records.ts; services hand
// these rows out where records are expected and the compiler checks the shapes agree.
import type { MetadataSources } from '../main/domain/records';
import type { HighlightKind } from '../main/domain/vocabulary';

export type { HighlightKind };
export type { MemoRow } from '../main/domain/memo';

export interface ArticleSummary {
  id: number;
  title: string;
  author: string | null;
  publisher: string | null;
  dateline: string | null;
  publishedAt: string | null;
  language: string | null;
  format: string;
  sourcePath: string | null;
  sourceUrl: string | null;
  wordCount: number;
  highlightCount: number;
  importedAt: string;
  updatedAt: string;
}

export interface Article extends ArticleSummary {
  text: string;
  contentHash: string;
  /** Where the importer found each metadata field; fields the analyst edited say 'edited'. */
  metadataSources: MetadataSources;
}

export interface ArticleMetadata {
  title: string;
  author: string | null;
  publisher: string | null;
  dateline: string | null;
  publishedAt: string | null;
  language: string | null;
  sourceUrl: string | null;
}

export interface Speaker {
  id: number;
  name: string;
  role: string | null;
  country: string | null;
  aliases: string[];
  quoteCount: number;
  /** A collective ("the ministers"), not a person or a named body (migration 0008). */
  group: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Tag {
  id: number;
  name: string;
  colour: string | null;
  highlightCount: number;
  createdAt: string;
}

export interface Highlight {
  id: number;
  articleId: number;
  kind: HighlightKind;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  speakerId: number | null;
  speakerName: string | null;
  note: string;
  orphaned: boolean;
  tags: { id: number; name: string; colour: string | null }[];
  createdAt: string;
  updatedAt: string;
}

export interface SearchHit {
  articleId: number;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  snippet: string;
  rank: number;
}
