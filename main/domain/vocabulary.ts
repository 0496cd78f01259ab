// The notebook's closed lists, each declared once as a const array: the kinds of highlight,
// the kinds of quotation the finder proposes, memo formats and groupings, article sorts.
// Types are derived from the arrays and zod schemas from them (schemas.ts), so a new word is
// added in one place. No zod here: the renderer imports this file at runtime.

/** Every kind of mark an analyst can put on a passage. */
// 'figure' is a numeric claim (see main/figures), cited in a memo like a quotation.
export const HIGHLIGHT_KINDS = ['highlight', 'direct', 'indirect', 'term', 'figure'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** The kinds that are quotations (a plain highlight is not): what the quote finder proposes. */
export const QUOTE_KINDS = ['direct', 'indirect', 'term'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const MEMO_FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
export type MemoFormat = (typeof MEMO_FORMATS)[number];

export const MEMO_GROUPINGS = ['speaker', 'tag', 'source', 'date'] as const;
export type MemoGrouping = (typeof MEMO_GROUPINGS)[number];

export const ARTICLE_SORTS = ['imported', 'published', 'title', 'publisher'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

function isOneOf<const Words extends readonly string[]>(
  words: Words,
  value: unknown,
): value is Words[number] {
  return typeof value === 'string' && (words as readonly string[]).includes(value);
}

export const isHighlightKind = (value: unknown): value is HighlightKind =>
  isOneOf(HIGHLIGHT_KINDS, value);
export const isQuoteKind = (value: unknown): value is QuoteKind => isOneOf(QUOTE_KINDS, value);
export const isMemoFormat = (value: unknown): value is MemoFormat => isOneOf(MEMO_FORMATS, value);
export const isMemoGrouping = (value: unknown): value is MemoGrouping =>
  isOneOf(MEMO_GROUPINGS, value);
export const isArticleSort = (value: unknown): value is ArticleSort =>
  isOneOf(ARTICLE_SORTS, value);
