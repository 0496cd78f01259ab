// Public data types of the figures finder. Kept apart from index.ts so the seams (numbers,
// measure, period, claim) can share them without importing the orchestrator.

import type { FigureBound, FigureCategory, FigureKind } from '../domain/figures';

// The kinds, categories and hedges are the notebook's words, declared once in main/domain.
export type { FigureBound, FigureCategory, FigureKind };

export interface Figure {
  /** UTF-16 offsets into the given text: text.slice(start, end) === exact */
  start: number;
  end: number;
  /** the number with its currency sign, magnitude word or percent sign */
  exact: string;
  /** the normalised value: "$30.05 billion" is 30050000000, "18%" is 18, "half" is 0.5 */
  value: number;
  /** ISO currency code, "percent", "ratio", or the counted noun ("projects") */
  unit: string;
  category: FigureCategory;
  /** the smallest step the figure is written to ("$43.8 billion": 100000000), for rounding */
  precision: number;
  bound: FigureBound;
  /** the noun phrase the figure describes, as written ("Norvania–Kestria trade turnover") */
  subject: string | null;
  /** a comparable key for the measure ("trade turnover (Kestria–Norvania)"), or null */
  measure: string | null;
  /** a year ("2030"), or null when the text names none */
  period: string | null;
  /** who states it: a quotation's speaker, a source named "according to …", or null (the article) */
  claimedBy: string | null;
  kind: FigureKind;
}

export interface FindFiguresOptions {
  /** the article's publication date (ISO, "2031-03-14" or a year); else read from the text */
  published?: string | null;
  /** the quote finder's candidates for the same text, to credit figures inside quotations */
  quotes?: ReadonlyArray<{ start: number; end: number; speaker: string | null }>;
}
