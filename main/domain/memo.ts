// The shapes of a briefing memo as data, as the API carries them: the scope an analyst
// chooses, the rows the memo query returns and the compiler takes, the compiled Memo every
// writer takes, the ProseMirror document JSON a saved memo stores, and what a source check
// reports. Pure types.
import type { CitationStyle } from './citation';
import type { MemoMark } from './quotation';
import type { HighlightKind, MemoGrouping } from './vocabulary';

/** How grouping by tag places a quotation with several tags. */
export const MEMO_TAG_LISTINGS = ['every', 'first'] as const;
/**
 * 'every': under each of its tags; 'first': under its first tag only, with a line naming the
 * other tags it also has (so nothing is silently dropped either way).
 */
export type MemoTagListing = (typeof MEMO_TAG_LISTINGS)[number];
export const isMemoTagListing = (value: unknown): value is MemoTagListing =>
  typeof value === 'string' && (MEMO_TAG_LISTINGS as readonly string[]).includes(value);

/**
 * One highlight with its speaker, tags and article, as the memo query returns it and the memo
 * compiler takes it. `paragraph` (1-based, where the passage starts) is left null by the query
 * and filled in from the article's text by the memo service.
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
  /**
   * The text of the passage's sentence before and after it (same paragraph), filled in by the
   * memo service from the article's text so reported speech can be written as a sentence.
   * Empty when unknown.
   */
  before?: string | undefined;
  after?: string | undefined;
}

/**
 * What goes into a memo. Every list is "any of" and lists combine with "and"; an empty or
 * missing list does not filter. Dates bound the article's publication date, inclusive.
 */
export interface MemoScope {
  // Lists stay mutable: a scope goes back to the API as arguments, whose schema types are.
  readonly speakerIds?: number[] | undefined;
  readonly tagIds?: number[] | undefined;
  readonly articleIds?: number[] | undefined;
  readonly kinds?: HighlightKind[] | undefined;
  /** YYYY-MM-DD; articles without a publication date fall outside any date range. */
  readonly from?: string | null | undefined;
  readonly to?: string | null | undefined;
  readonly groupBy?: MemoGrouping | undefined;
  /** A second grouping inside each section of the first (speaker, then tag). */
  readonly thenBy?: MemoGrouping | null | undefined;
  /** Under every tag (the default) or once with a cross-reference. */
  readonly tagListing?: MemoTagListing | undefined;
  /** Terms (kind "term") are left out unless asked for. */
  readonly includeTerms?: boolean | undefined;
  /** Passages without a speaker are left out unless asked for. */
  readonly includeUnattributed?: boolean | undefined;
  /** A "Figures in dispute" table after the quotations (the notebook's disagreeing figures). */
  readonly includeFiguresInDispute?: boolean | undefined;
  readonly title?: string | undefined;
  /** The title block's author and classification lines ("OFFICIAL – SENSITIVE"). */
  readonly author?: string | undefined;
  readonly classification?: string | undefined;
  /** The analyst's summary; blank lines separate its paragraphs. */
  readonly summary?: string | undefined;
  /** Shown under the title exactly as given (the memo never reads the clock). */
  readonly date?: string | undefined;
}

/** Where a passage comes from: enough for a full citation and to re-check it later. */
export interface MemoCitation {
  readonly highlightId: number;
  readonly exact: string;
  readonly articleId: number;
  readonly title: string;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly publishedAt: string | null;
  readonly paragraph: number | null;
  readonly start: number;
  readonly end: number;
}

export interface MemoQuotation {
  readonly kind: HighlightKind;
  readonly speaker: string | null;
  readonly role: string | null;
  readonly note: string;
  /** The passage shown; its `exact` is the quotation's words, verbatim. */
  readonly source: MemoCitation;
  /** The same statement by the same speaker as other articles reported it, shown once. */
  readonly alsoReportedBy: readonly MemoCitation[];
  /**
   * Reported speech as a sentence, with "{speaker}" where the speaker's name goes
   * ("{speaker} criticised the plan."), so a renamed speaker reads right; null when the
   * passage is shown as a quotation (direct speech) or no sentence could be made.
   */
  readonly reported?: string | null | undefined;
}

export type { MemoMark };
export interface MemoInline {
  readonly text: string;
  readonly marks?: readonly MemoMark[] | undefined;
}

export type MemoBlock =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly content: readonly MemoInline[] }
  | { readonly type: 'paragraph'; readonly content: readonly MemoInline[] }
  | { readonly type: 'bulletList'; readonly items: readonly (readonly MemoInline[])[] }
  | { readonly type: 'quotation'; readonly quotation: MemoQuotation }
  | ({ readonly type: 'table' } & MemoTable);

/** A table of plain text cells: a caption, one header row, and rows as long as the header. */
export interface MemoTable {
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** An article the memo cites, as its Sources list names it. */
export interface MemoSourceEntry {
  readonly articleId: number;
  readonly title: string;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly publishedAt: string | null;
  readonly url: string | null;
}

/** A highlight in scope that the memo leaves out, and why (it is reported, never dropped silently). */
export interface MemoOmission {
  readonly highlightId: number;
  readonly exact: string;
  readonly articleTitle: string;
  readonly reason: string;
}

export interface Memo {
  readonly title: string;
  readonly date: string | null;
  readonly author?: string | null | undefined;
  readonly classification?: string | null | undefined;
  /**
   * The articles cited, with their current details (the memo service looks them up); when
   * missing, the writers list the articles as the memo's citations name them.
   */
  readonly sources?: readonly MemoSourceEntry[] | undefined;
  // Mutable lists: the compiler and tests build a memo block by block.
  readonly blocks: MemoBlock[];
  readonly omitted?: MemoOmission[] | undefined;
  /** How notes cite their sources: Chicago notes (the default) or APA author–date. */
  readonly citationStyle?: CitationStyle | undefined;
}

/**
 * ProseMirror's JSON for one node (what `node.toJSON()` gives and `Node.fromJSON` takes).
 * Mutable, unlike the records around it: document.ts builds it node by node.
 */
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
  readonly id: number;
  readonly title: string;
  readonly quotationCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface SavedMemo {
  readonly id: number;
  readonly title: string;
  readonly scope: MemoScope;
  readonly document: MemoDocJson;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type SourceProblemCode =
  | 'highlight-deleted'
  | 'article-deleted'
  | 'highlight-orphaned'
  | 'text-changed'
  | 'quote-differs'
  | 'citation-moved';

export interface SourceProblem {
  readonly highlightId: number;
  /** Whether the passage is the one shown (true) or one of its "also reported by" sources. */
  readonly shown: boolean;
  readonly code: SourceProblemCode;
  readonly message: string;
  /** Where the highlight is now, when it still exists and is placed (for updating the citation). */
  readonly current?: SourcePassage | undefined;
  /** Another placed highlight reading the memo's words, to re-link a lost one to. */
  readonly relinkTo?: SourcePassage | undefined;
}

/** A passage of a live article as a source check finds it now, with the article's details. */
export interface SourcePassage {
  readonly highlightId: number;
  readonly articleId: number;
  /** The passage's words now (the highlight's, or the article text at its offsets). */
  readonly exact: string;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly title: string;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly publishedAt: string | null;
}

/** A quotation node of a saved memo whose sources no longer check out. */
export interface SourceCheck {
  /** Index of the quotation among the document's top-level blocks. */
  readonly blockIndex: number;
  readonly highlightId: number;
  readonly exact: string;
  readonly speaker: string | null;
  readonly problems: readonly SourceProblem[];
}
