// The records of the figures API (numeric claims found in the notebook's articles, and the
// groups of them that disagree), as every host and the renderer see them. Pure types; the
// finder that makes them is main/figures.

export type FigureKind = 'actual' | 'target' | 'forecast';
export type FigureCategory = 'amount' | 'percent' | 'count' | 'ratio';
export type FigureBound = 'exact' | 'approximate' | 'at-least' | 'at-most';

/** One figure in one article: offsets into the article's text, as highlights use. */
export interface ArticleFigure {
  readonly articleId: number;
  readonly articleTitle: string;
  readonly publisher: string | null;
  readonly publishedAt: string | null;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly value: number;
  /** ISO currency code, "percent", "ratio", or the counted noun ("projects") */
  readonly unit: string;
  readonly category: FigureCategory;
  readonly bound: FigureBound;
  readonly subject: string | null;
  /** a key comparable across articles ("trade (Kestria–Norvania)"), or null */
  readonly measure: string | null;
  readonly period: string | null;
  /** who states it; null when the article itself does */
  readonly claimedBy: string | null;
  readonly kind: FigureKind;
  /** the sentence the figure sits in, for showing it where it was found */
  readonly context: string;
}

/** Figures for one measure and period that disagree beyond rounding. */
export interface FigureConflict {
  readonly measure: string;
  readonly period: string;
  readonly figures: ReadonlyArray<
    Pick<
      ArticleFigure,
      'value' | 'unit' | 'articleId' | 'articleTitle' | 'exact' | 'claimedBy' | 'start' | 'end'
    >
  >;
}
