// zod schemas of the closed lists in vocabulary.ts, derived from the arrays so they cannot
// drift. Kept apart from vocabulary.ts so the renderer, which needs the words but not zod,
// does not bundle it.
import { z } from 'zod';
import {
  ARTICLE_SORTS,
  HIGHLIGHT_KINDS,
  MEMO_FORMATS,
  MEMO_GROUPINGS,
  QUOTE_KINDS,
} from './vocabulary';

export const highlightKindSchema = z.enum(HIGHLIGHT_KINDS);
export const quoteKindSchema = z.enum(QUOTE_KINDS);
export const memoFormatSchema = z.enum(MEMO_FORMATS);
export const memoGroupingSchema = z.enum(MEMO_GROUPINGS);
export const articleSortSchema = z.enum(ARTICLE_SORTS);
