// The notebook's record shapes as the rest of the app sees them (camelCase). Pure types with
// no imports, so the API contract, and through it the renderer, can share them safely.

export type HighlightKind = 'highlight' | 'direct' | 'indirect' | 'term';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [
  'highlight',
  'direct',
  'indirect',
  'term',
];

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

/**
 * One highlight as the memo query returns it, joined with its speaker, tags and article.
 * `paragraph` (1-based, where the passage starts) is left null by the query and filled in
 * from the article's text by the memo service.
 */
export interface MemoRow {
  highlightId: number;
  kind: HighlightKind;
  exact: string;
  start: number;
  end: number;
  note: string;
  orphaned: boolean;
  speakerId: number | null;
  speakerName: string | null;
  speakerRole: string | null;
  tags: { id: number; name: string }[];
  articleId: number;
  articleTitle: string;
  articleAuthor: string | null;
  articlePublisher: string | null;
  articlePublishedAt: string | null;
  paragraph: number | null;
}
