// The shapes of "statements across outlets" as the API carries them: one statement by one
// speaker, the passages of other articles that report it, and how each wording differs from
// the first (word runs, and the differences that change what was said). Pure types.
import type { HighlightKind } from './vocabulary';

/** Words both wordings share, words only the other wording has, or words only the first has. */
export type WordingRunKind = 'equal' | 'insert' | 'delete';

export interface WordingRun {
  readonly kind: WordingRunKind;
  /** The words as the wording that has them writes them (the other one's for `equal`). */
  readonly text: string;
  /**
   * True for a run before the first or after the last shared word: one outlet quoted more of
   * the remark, which says nothing about whether the shared part was worded differently.
   */
  readonly outside: boolean;
}

/** The kinds of difference that change what a statement says, not only how it is worded. */
export const MEANING_CHANGE_KINDS = ['negation', 'number', 'modal', 'entity'] as const;
export type MeaningChangeKind = (typeof MEANING_CHANGE_KINDS)[number];

export interface MeaningChange {
  readonly kind: MeaningChangeKind;
  /** The words of that kind only the first wording has, as written there. */
  readonly before: readonly string[];
  /** The words of that kind only the other wording has, as written there. */
  readonly after: readonly string[];
}

/** How a second wording of a statement compares with the first. */
export interface WordingComparison {
  /** 0..1: how much of the shorter wording's content the two share, in order. */
  readonly score: number;
  readonly runs: readonly WordingRun[];
  /** Empty when the wordings differ only in wording. */
  readonly changes: readonly MeaningChange[];
}

/** A passage that reports a statement: an analyst's highlight, or one the quote finder found. */
export interface StatementPassage {
  readonly articleId: number;
  readonly articleTitle: string;
  readonly articlePublisher: string | null;
  readonly articlePublishedAt: string | null;
  /** The analyst's highlight, or null for a passage only the quote finder found. */
  readonly highlightId: number | null;
  readonly kind: HighlightKind;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
}

export interface CorroboratingPassage extends StatementPassage {
  /** Against the statement's first passage. */
  readonly comparison: WordingComparison;
}

/** One statement and every other article of the notebook that reports it. */
export interface CorroboratedStatement {
  readonly speakerId: number;
  readonly speakerName: string;
  /** The first report: the analyst's highlight where there is one, else the earliest. */
  readonly first: StatementPassage;
  /** Reports in other articles, one per article, earliest first. */
  readonly others: readonly CorroboratingPassage[];
}

export interface SpeakerCorroboration {
  readonly speakerId: number;
  readonly speakerName: string;
  /** Statements at least two articles report, most outlets first. */
  readonly statements: readonly CorroboratedStatement[];
  /** The analyst's highlights of this speaker no other article reports. */
  readonly unmatched: readonly StatementPassage[];
  /** How many articles were read for this speaker's statements. */
  readonly articlesRead: number;
}
