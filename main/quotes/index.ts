// The quotation finder: finds direct quotations, reported (indirect) speech and quoted terms in
// a news article, proposes who said each, and lists the people it could not match to the
// notebook's speakers. Pure: text in, data out. Other code imports only from this module.
// It must not know any particular article, person or phrase; see lexicon.ts for the general
// English it relies on.

import { buildDiscourse, noteSpeaker, type Discourse, type Entity } from './discourse';
import { countryOf, type Resolution } from './resolution';
import { attributeQuote, isUtterance, standsAlone, type QuoteAttribution } from './direct-quotes';
import {
  directConfidence,
  indirectConfidence,
  speakerEvidence,
  termConfidence,
} from './confidence';
import { findQuoteSpans } from './quote-marks';
import { buildVocabulary } from './name-runs';
import { findReports } from './reporting';
import type { Report } from './report-shape';
import { leadingSubject } from './subjects';
import { splitSentences, type Sentence, type Token } from './text-units';
import type {
  FindQuotesOptions,
  FindQuotesResult,
  KnownSpeaker,
  ProposedSpeaker,
  QuoteCandidate,
} from './types';

export type {
  FindQuotesOptions,
  FindQuotesResult,
  KnownSpeaker,
  ProposedSpeaker,
  QuoteCandidate,
  QuoteKind,
} from './types';
export { matchSpeaker, nameKey } from './name-key';
export { acceptAllMinimumConfidence } from './confidence';

interface Source {
  resolution: Resolution | null;
  cue: string | null;
  paragraph: number;
}

export function findQuotes(text: string, options: FindQuotesOptions = {}): FindQuotesResult {
  const known: KnownSpeaker[] = options.speakers ?? [];
  const outerQuotes = findQuoteSpans(text).filter((span) => span.depth === 0);
  const sentences = splitSentences(text, outerQuotes);
  const discourse = buildDiscourse(text, sentences, buildVocabulary(sentences), known);

  const candidates: QuoteCandidate[] = [];
  const speakers: Entity[] = [];
  const groupSources = new Map<number, Source>();
  const pendingGroups: Array<{ group: number; candidate: QuoteCandidate }> = [];
  let lastDirect: Source | null = null;
  let previous: { sentence: Sentence; reports: Report[] } | null = null;

  for (const sentence of sentences) {
    const reports = findReports(discourse, sentence);
    const directSpeakers = new Map<number, string | null>();

    sentence.tokens.forEach((token, index) => {
      const quote = token.quote;
      if (token.kind !== 'quote' || quote === undefined) return;
      let attribution = attributeQuote(sentence.tokens, index, reports);
      const explicit = attribution !== null && attribution.kind === 'direct';
      // A speaker carried over from an earlier paragraph is less sure than one in this paragraph.
      let carried = false;
      if (attribution === null) {
        if (standsAlone(sentence, index) || isUtterance(token) || quote.continues || quote.runsOn) {
          const source =
            groupSources.get(quote.group) ??
            continuationSource(discourse, sentence, previous, lastDirect);
          attribution = {
            kind: 'direct',
            resolution: source?.resolution ?? null,
            cue: source?.cue ?? null,
            via: source === null ? 'none' : 'continuation',
          };
          carried = source !== null && source.paragraph < sentence.paragraph;
        } else {
          attribution = { kind: 'term', resolution: null, cue: null, via: 'none' };
        }
      }
      const candidate = quoteCandidate(text, quote.start, quote.end, attribution, carried);
      candidates.push(candidate);
      if (attribution.kind !== 'direct') return;
      directSpeakers.set(index, attribution.resolution?.speaker ?? null);
      const source: Source = {
        resolution: attribution.resolution,
        cue: attribution.cue,
        paragraph: sentence.paragraph,
      };
      if (explicit || (!groupSources.has(quote.group) && attribution.resolution !== null)) {
        groupSources.set(quote.group, source);
      }
      if (!explicit) pendingGroups.push({ group: quote.group, candidate });
      lastDirect = source;
      rememberSpeaker(discourse, speakers, attribution.resolution);
    });

    // A headline's verbs summarise the story, except an attribution after the clause
    // ("Scheme cuts waiting times, agency says").
    const isHeadline = headline(sentence);
    for (const report of reports) {
      if (isHeadline && report.shape !== 'postposed') continue;
      const items = indirectCandidates(text, sentence.tokens, report, directSpeakers);
      candidates.push(...items);
      if (items.length > 0) rememberSpeaker(discourse, speakers, report.resolution);
    }
    previous = { sentence, reports };
  }

  // A quotation over several paragraphs is often attributed only in its last paragraph.
  for (const { group, candidate } of pendingGroups) {
    const source = groupSources.get(group);
    if (source === undefined || candidate.speaker !== null || source.resolution === null) continue;
    candidate.speaker = source.resolution.speaker;
    candidate.speakerAsWritten = source.resolution.asWritten;
    candidate.cue = source.cue;
    candidate.confidence = directConfidence('carried', speakerEvidence(source.resolution));
  }

  return {
    candidates: dropNestedIndirect(dedupe(candidates)),
    proposedSpeakers: proposeSpeakers(discourse, speakers),
  };
}

/**
 * The speaker of a quotation with no attribution of its own: the speaker of the quotation
 * before it in the same paragraph, the subject of a sentence that ends with a colon, or the
 * speaker of the previous paragraph's last quotation when this paragraph opens with it.
 */
function continuationSource(
  discourse: Discourse,
  sentence: Sentence,
  previous: { sentence: Sentence; reports: Report[] } | null,
  lastDirect: Source | null,
): Source | null {
  if (
    lastDirect !== null &&
    lastDirect.paragraph === sentence.paragraph &&
    lastDirect.resolution !== null
  ) {
    return lastDirect;
  }
  if (
    previous !== null &&
    previous.sentence.tokens[previous.sentence.tokens.length - 1]?.text === ':'
  ) {
    const report = previous.reports.find((candidate) => candidate.resolution?.speaker != null);
    if (report !== undefined)
      return { resolution: report.resolution, cue: report.cue, paragraph: sentence.paragraph };
    const subject = leadingSubject(discourse, previous.sentence);
    if (subject !== null) return { resolution: subject, cue: null, paragraph: sentence.paragraph };
  }
  if (
    lastDirect !== null &&
    lastDirect.resolution !== null &&
    sentence.indexInParagraph === 0 &&
    lastDirect.paragraph === sentence.paragraph - 1
  ) {
    return lastDirect;
  }
  return null;
}

/**
 * A headline or subheading: a whole paragraph with no closing punctuation. Its verbs summarise
 * the article ("X and Y pledge closer ties") rather than report what someone said.
 */
function headline(sentence: Sentence): boolean {
  const last = sentence.tokens[sentence.tokens.length - 1];
  if (last === undefined || sentence.indexInParagraph > 0) return false;
  const closed =
    ['.', '!', '?', '…', ')', '"', '”', '’', '»', "'"].includes(last.text) || last.kind === 'quote';
  return !closed && sentence.tokens.length <= 25;
}

function quoteCandidate(
  text: string,
  start: number,
  end: number,
  attribution: QuoteAttribution,
  carried: boolean,
): QuoteCandidate {
  const exact = text.slice(start, end);
  if (attribution.kind === 'term') {
    return {
      start,
      end,
      exact,
      kind: 'term',
      speaker: null,
      speakerAsWritten: null,
      cue: null,
      confidence: termConfidence,
    };
  }
  const resolution = attribution.resolution;
  const confidence = directConfidence(
    carried ? 'carried' : attribution.via,
    speakerEvidence(resolution),
  );
  return {
    start,
    end,
    exact,
    kind: 'direct',
    speaker: resolution?.speaker ?? null,
    speakerAsWritten: resolution?.asWritten ?? null,
    cue: attribution.cue,
    confidence,
  };
}

/**
 * The indirect items of a report. A reported clause holding quoted words of the same speaker
 * is represented by the quotation alone; when one cue governs several clauses, each opened by
 * its own "that" ("said X and that Y"), a clause without such words is an item of its own.
 */
function indirectCandidates(
  text: string,
  tokens: Token[],
  report: Report,
  directSpeakers: ReadonlyMap<number, string | null>,
): QuoteCandidate[] {
  if (!report.indirect || report.resolution === null) return [];
  if (report.contentTo <= report.contentFrom) return [];
  const speaker = report.resolution.speaker;
  const holdsOwnWords = (from: number, to: number): boolean => {
    for (let index = from; index < to; index++) {
      if (directSpeakers.has(index) && directSpeakers.get(index) === speaker) return true;
    }
    return false;
  };
  const whole = { from: report.contentFrom, to: report.contentTo };
  const clauses = holdsOwnWords(whole.from, whole.to)
    ? thatClauses(tokens, whole.from, whole.to).filter(
        (clause) => !holdsOwnWords(clause.from, clause.to),
      )
    : [whole];
  return clauses
    .map((clause) => indirectCandidate(text, tokens, report, clause.from, clause.to))
    .filter((candidate): candidate is QuoteCandidate => candidate !== null);
}

/** Splits reported content at "and that", "but that", ", and that". */
function thatClauses(
  tokens: Token[],
  from: number,
  to: number,
): Array<{ from: number; to: number }> {
  const clauses: Array<{ from: number; to: number }> = [];
  let start = from;
  for (let index = from + 1; index < to - 1; index++) {
    const token = tokens[index];
    if (token?.lower !== 'that' || tokens[index - 1]?.kind !== 'word') continue;
    const joiner = tokens[index - 1]?.lower ?? '';
    if (!['and', 'but', 'or'].includes(joiner)) continue;
    let end = index - 1;
    if (tokens[end - 1]?.text === ',') end--;
    if (end > start) clauses.push({ from: start, to: end });
    start = index + 1;
  }
  clauses.push({ from: start, to });
  return clauses;
}

function indirectCandidate(
  text: string,
  tokens: Token[],
  report: Report,
  from: number,
  to: number,
): QuoteCandidate | null {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (first === undefined || last === undefined || to <= from || report.resolution === null)
    return null;
  const start = first.start;
  const end = last.end;
  const resolution = report.resolution;
  const confidence = indirectConfidence(
    {
      shape: report.shape,
      lemma: report.verb?.lemma ?? null,
      weak: report.verb?.weak === true,
      holdsQuotation: tokens.slice(from, to).some((token) => token.kind === 'quote'),
    },
    speakerEvidence(resolution),
  );
  return {
    start,
    end,
    exact: text.slice(start, end),
    kind: 'indirect',
    speaker: resolution.speaker,
    speakerAsWritten: resolution.asWritten,
    cue: report.cue,
    confidence,
  };
}

function rememberSpeaker(
  discourse: Discourse,
  speakers: Entity[],
  resolution: Resolution | null,
): void {
  const entity = resolution?.entity;
  if (entity === undefined || entity === null) return;
  if (!speakers.includes(entity)) speakers.push(entity);
  noteSpeaker(discourse, entity, resolution?.phrase.start ?? 0);
}

function dedupe(candidates: QuoteCandidate[]): QuoteCandidate[] {
  const seen = new Set<string>();
  return candidates
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((candidate) => {
      const key = `${candidate.start}:${candidate.end}:${candidate.kind}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Reported speech nested inside other reported speech is part of it, not a second item. */
function dropNestedIndirect(candidates: QuoteCandidate[]): QuoteCandidate[] {
  const indirect = candidates.filter((candidate) => candidate.kind === 'indirect');
  return candidates.filter(
    (candidate) =>
      candidate.kind !== 'indirect' ||
      !indirect.some(
        (outer) =>
          outer !== candidate &&
          outer.start <= candidate.start &&
          candidate.end <= outer.end &&
          outer.end - outer.start > candidate.end - candidate.start,
      ),
  );
}

function proposeSpeakers(discourse: Discourse, speakers: Entity[]): ProposedSpeaker[] {
  const proposed: ProposedSpeaker[] = [];
  for (const entity of speakers) {
    if (entity.known !== null || entity.kind === 'collective') continue;
    if (proposed.some((speaker) => speaker.name === entity.canonical)) continue;
    proposed.push({
      name: entity.canonical,
      role: entity.kind === 'person' ? (entity.roles[0] ?? null) : null,
      country: countryOf(discourse, entity),
    });
  }
  return proposed;
}
