// Public data types of the quotation finder. Kept apart from index.ts so internal modules can
// share them without importing the orchestrator.

import type { QuoteKind } from '../domain/vocabulary';

export type { QuoteKind };

export interface KnownSpeaker {
  name: string;
  aliases: string[];
  role?: string | null;
  country?: string | null;
}

export interface QuoteCandidate {
  /** UTF-16 offsets into the given text: text.slice(start, end) === exact */
  start: number;
  end: number;
  exact: string;
  kind: QuoteKind;
  /** canonical name: a KnownSpeaker.name when an alias matches, else the fullest form in the text */
  speaker: string | null;
  /** the name as written without its title, or the role phrase or pronoun in its original case */
  speakerAsWritten: string | null;
  /** the reporting verb or phrase as written ("said", "according to") */
  cue: string | null;
  /** 0..1; an unresolved or guessed speaker lowers it */
  confidence: number;
}

export interface ProposedSpeaker {
  name: string;
  role: string | null;
  country: string | null;
}

export interface FindQuotesOptions {
  speakers?: KnownSpeaker[];
}

export interface FindQuotesResult {
  candidates: QuoteCandidate[];
  proposedSpeakers: ProposedSpeaker[];
}
