// The shapes of a briefing memo as data: the scope an analyst chooses, the rows the memo query
// returns, the compiled Memo every writer takes, the ProseMirror document JSON a saved memo
// stores, and what a source check reports. Pure types with no runtime imports, so the API
// contract (and through it the renderer) can re-export them.
import type { HighlightKind } from '../../db/model';

export type MemoGrouping = 'speaker' | 'tag' | 'source' | 'date';
export const MEMO_GROUPINGS: readonly MemoGrouping[] = ['speaker', 'tag', 'source', 'date'];

export type MemoFormat = 'md' | 'html' | 'docx' | 'pdf';
export const MEMO_FORMATS: readonly MemoFormat[] = ['md', 'html', 'docx', 'pdf'];

/**
 * What goes into a memo. Every list is "any of" and lists combine with "and"; an empty or
 * missing list does not filter. Dates bound the article's publication date, inclusive.
 */
export interface MemoScope {
  speakerIds?: number[] | undefined;
  tagIds?: number[] | undefined;
  articleIds?: number[] | undefined;
  kinds?: HighlightKind[] | undefined;
  /** YYYY-MM-DD; articles without a publication date fall outside any date range. */
  from?: string | null | undefined;
  to?: string | null | undefined;
  groupBy?: MemoGrouping | undefined;
  title?: string | undefined;
  /** The analyst's summary; blank lines separate its paragraphs. */
  summary?: string | undefined;
  /** Shown under the title exactly as given (the memo never reads the clock). */
  date?: string | undefined;
}

export type { MemoRow } from '../../db/model';

/** Where a passage comes from: enough for a full citation and to re-check it later. */
export interface MemoCitation {
  highlightId: number;
  exact: string;
  articleId: number;
  title: string;
  author: string | null;
  publisher: string | null;
  publishedAt: string | null;
  paragraph: number | null;
  start: number;
  end: number;
}

export interface MemoQuotation {
  kind: HighlightKind;
  speaker: string | null;
  role: string | null;
  note: string;
  /** The passage shown; its `exact` is the quotation's words, verbatim. */
  source: MemoCitation;
  /** The same statement by the same speaker as other articles reported it, shown once. */
  alsoReportedBy: MemoCitation[];
}

export type MemoMark = 'em' | 'strong';
export interface MemoInline {
  text: string;
  marks?: MemoMark[] | undefined;
}

export type MemoBlock =
  | { type: 'heading'; level: 1 | 2 | 3; content: MemoInline[] }
  | { type: 'paragraph'; content: MemoInline[] }
  | { type: 'bulletList'; items: MemoInline[][] }
  | { type: 'quotation'; quotation: MemoQuotation };

/** A highlight in scope that the memo leaves out, and why (it is reported, never dropped silently). */
export interface MemoOmission {
  highlightId: number;
  exact: string;
  articleTitle: string;
  reason: string;
}

export interface Memo {
  title: string;
  date: string | null;
  blocks: MemoBlock[];
  omitted?: MemoOmission[] | undefined;
}

/** ProseMirror's JSON for one node (what `node.toJSON()` gives and `Node.fromJSON` takes). */
export interface MemoDocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: MemoDocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export interface MemoDocJson extends MemoDocNode {
  type: 'doc';
  content: MemoDocNode[];
}

export interface SavedMemoSummary {
  id: number;
  title: string;
  quotationCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface SavedMemo {
  id: number;
  title: string;
  scope: MemoScope;
  document: MemoDocJson;
  createdAt: string;
  updatedAt: string;
}

export type SourceProblemCode =
  | 'highlight-deleted'
  | 'article-deleted'
  | 'highlight-orphaned'
  | 'text-changed'
  | 'quote-differs'
  | 'citation-moved';

export interface SourceProblem {
  highlightId: number;
  /** Whether the passage is the one shown (true) or one of its "also reported by" sources. */
  shown: boolean;
  code: SourceProblemCode;
  message: string;
}

/** A quotation node of a saved memo whose sources no longer check out. */
export interface SourceCheck {
  /** Index of the quotation among the document's top-level blocks. */
  blockIndex: number;
  highlightId: number;
  exact: string;
  speaker: string | null;
  problems: SourceProblem[];
}
