// How a memo names its sources. The wording is shared with the renderer's memo editor, so it
// lives in main/domain/citation.ts; the memo writers take it from here.
export {
  attributionText,
  authorDateCitation,
  citationText,
  dayOf,
  formatDate,
  listSeparator,
  paragraphAt,
  paragraphBreaks,
  sourceLabel,
} from '../domain/citation';
export type { CitationStyle } from '../domain/citation';
