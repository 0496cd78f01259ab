// What the finder's confidence means: roughly the share of suggestions of that shape that are
// right (kind, span and speaker), as measured by `npm run eval:quotes` over the fictional sets.
// It is read from the evidence, never from the article: how the phrase at the attribution names
// the speaker, and how the quotation or report is tied to that phrase. A speaker named in full
// there is surest; a surname, "he" or "she", a role, a body's noun, "it" or "they", a group, a
// one-word name and a resolver's guess are less sure, in about that order. A quotation that
// continues the previous one in its paragraph is nearly as sure as that one; one carried over
// from an earlier paragraph, or read as someone's words only because it sits in their reported
// clause, less so. Reported speech after a cue with a second sense (a finding, a promise, an
// announcement) is often not speech at all, so it scores lower.
// The notebook's "accept all from a speaker" offers only suggestions at or above
// acceptAllMinimumConfidence: the lowest multiple of 0.05 at which every blind set reached at
// least 0.95 precision (`npm run eval:quotes -- --sweep` prints it, and precision at other
// thresholds). A speaker the resolver chose between competing candidates stays below it.
// It must not know any article, person or phrase.

import { personalPronoun } from './lexicon';
import type { ReportShape } from './report-shape';
import type { Resolution } from './resolution';

/**
 * How a direct quotation was attributed (see direct-quotes.ts), with a continuation split by
 * whether its speaker came from the same paragraph ('continuation') or an earlier one ('carried').
 */
export type DirectEvidence =
  'after' | 'before' | 'partial' | 'inside' | 'guess' | 'continuation' | 'carried' | 'none';

/** How the phrase at the attribution names the speaker. */
export type SpeakerReference =
  | 'full-name'
  | 'surname'
  | 'he-or-she'
  | 'role'
  | 'body-noun'
  | 'it-or-they'
  | 'group'
  | 'one-word-name'
  | 'unlisted-name'
  | 'guess'
  | 'nobody';

export interface SpeakerEvidence {
  reference: SpeakerReference;
  /** the resolver chose between entities that fitted the phrase about as well */
  competing: boolean;
}

export const acceptAllMinimumConfidence = 0.9;

/** The evidence a resolution gives about its speaker; no resolution means no speaker. */
export function speakerEvidence(resolution: Resolution | null): SpeakerEvidence {
  return { reference: referenceOf(resolution), competing: resolution?.competing === true };
}

function referenceOf(resolution: Resolution | null): SpeakerReference {
  if (resolution === null || resolution.speaker === null) return 'nobody';
  // The resolver marks its own guesses (a role the story names only later, a bare "the
  // council") as less than even odds.
  if (resolution.certainty < 0.6) return 'guess';
  const { phrase, entity } = resolution;
  switch (phrase.kind) {
    case 'pronoun':
      return personalPronoun(phrase.head)?.gender != null ? 'he-or-she' : 'it-or-they';
    case 'person':
    case 'name':
    case 'organisation':
    case 'place': {
      if (entity === null) return 'unlisted-name';
      const written = wordCount(phrase.name?.text ?? phrase.bare);
      const full = wordCount(entity.canonical);
      if (written < full) return 'surname';
      // A one-word name may be a given name alone or a word read as a name by mistake.
      return full > 1 ? 'full-name' : 'one-word-name';
    }
    case 'role':
      return 'role';
    case 'organisation-noun':
      return 'body-noun';
    case 'collective':
      return 'group';
    default:
      return 'guess';
  }
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}

const directBySpeaker: Record<SpeakerReference, number> = {
  'full-name': 0.97,
  surname: 0.96,
  'he-or-she': 0.95,
  role: 0.9,
  'body-noun': 0.75,
  'it-or-they': 0.55,
  group: 0.5,
  'one-word-name': 0.5,
  'unlisted-name': 0.6,
  guess: 0.45,
  nobody: 0.35,
};

/** How much of the speaker's confidence survives the way the quotation was tied to them. */
const directByAttribution: Record<DirectEvidence, number> = {
  after: 1,
  before: 1,
  inside: 1,
  partial: 0.98,
  continuation: 0.98,
  carried: 0.93,
  guess: 0.85,
  none: 0,
};

const floor = 0.35;

/**
 * A choice between competing candidates (two women before a "she") is right more often than
 * not, but a wrong speaker is worse than none: it stays below the accept-all threshold, to be
 * read before it is accepted.
 */
const competingCeiling = acceptAllMinimumConfidence - 0.05;

function bySpeaker(confidence: number, speaker: SpeakerEvidence): number {
  const capped = speaker.competing ? Math.min(confidence, competingCeiling) : confidence;
  return Math.max(floor, capped);
}

export function directConfidence(via: DirectEvidence, speaker: SpeakerEvidence): number {
  return bySpeaker(directBySpeaker[speaker.reference] * directByAttribution[via], speaker);
}

const indirectBySpeaker: Record<SpeakerReference, number> = {
  'full-name': 0.95,
  surname: 0.9,
  'he-or-she': 0.88,
  role: 0.88,
  'body-noun': 0.88,
  'it-or-they': 0.75,
  group: 0.45,
  'one-word-name': 0.75,
  'unlisted-name': 0.65,
  guess: 0.45,
  nobody: 0.35,
};

/**
 * Cues with a second sense that is not speech: a commitment, a finding or ruling, an act or
 * announcement, a stance, a warning to someone, an admission of a fact. What follows them is
 * often not reported speech at all (issue 15), or reported speech of another extent.
 */
const doubleSenseCues = new Set([
  'promise',
  'pledge',
  'vow',
  'find',
  'rule',
  'conclude',
  'confirm',
  'announce',
  'report',
  'reveal',
  'disclose',
  'indicate',
  'signal',
  'propose',
  'dispute',
  'reject',
  'warn',
  'admit',
]);

export interface ReportEvidence {
  shape: ReportShape;
  /** the cue verb's lemma, null for "according to" */
  lemma: string | null;
  /** a cue the lexicon marks as weak ("reported", "backed") */
  weak: boolean;
  /** the reported clause holds quoted words (a term, or someone else's) */
  holdsQuotation: boolean;
}

export function indirectConfidence(report: ReportEvidence, speaker: SpeakerEvidence): number {
  let confidence = indirectBySpeaker[speaker.reference];
  if (report.shape === 'participle') confidence *= 0.8;
  if (report.shape === 'according') confidence = Math.min(confidence, 0.7);
  else if (report.lemma !== null && doubleSenseCues.has(report.lemma)) confidence *= 0.65;
  if (report.weak) confidence *= 0.8;
  // Where such a clause ends, and whether it is reported speech or only the frame of a
  // quotation, is less certain.
  if (report.holdsQuotation) confidence *= 0.85;
  return bySpeaker(confidence, speaker);
}

/** A quoted term: no speaker, so only the kind can be wrong. */
export const termConfidence = 0.7;
