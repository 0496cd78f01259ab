// The quote finder's suggestions for articles in the notebook: which passages look like
// quotations and who probably said them. Accepting one stores a quotation highlight with
// its speaker (creating a proposed speaker if need be); rejecting one is remembered. A
// suggestion already covered by a highlight of the same span is not offered again.
import type { NotebookDatabase } from '../../db/open';
import * as articleQueries from '../../db/queries/articles';
import { listHighlightsForArticle } from '../../db/queries/highlights';
import { listSpeakers } from '../../db/queries/speakers';
import * as verdicts from '../../db/queries/suggestions';
import type { Highlight, HighlightKind, Speaker } from '../../db/model';
import type { Suggestion } from '../domain/records';
import {
  acceptAllMinimumConfidence,
  findQuotes,
  matchSpeaker,
  type FindQuotesResult,
  type KnownSpeaker,
} from '../quotes';
import { invalidInput, notFound } from '../domain/errors';
import { excerpt, type HighlightService } from './highlights';
import type { SpeakerService } from './speakers';

function knownSpeakers(speakers: Speaker[]): KnownSpeaker[] {
  return speakers.map((speaker) => ({
    name: speaker.name,
    aliases: speaker.aliases,
    role: speaker.role,
    country: speaker.country,
  }));
}

/** What the annotation editor says about a suggestion before it is accepted. */
export interface SuggestionEdit {
  kind: HighlightKind;
  speakerId: number | null;
  tagIds: number[];
  note: string;
}

const DETERMINERS = /^(the|all|both|some|many|most|several|other|these|those)$/i;

/**
 * Whether a subject names a collective rather than a person or a named body: common plural
 * words after an optional determiner ("the ministers", "all parties", "participants").
 */
export function isCollective(name: string): boolean {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => !DETERMINERS.test(word));
  const last = words[words.length - 1];
  return (
    last !== undefined &&
    /s$/.test(last) &&
    words.every((word) => word === word.toLowerCase() && /^\p{L}/u.test(word))
  );
}

/** A group's name as a heading would show it: the subject as written, capitalised. */
function groupName(asWritten: string): string {
  const flat = asWritten.trim().replace(/\s+/g, ' ');
  return flat.charAt(0).toUpperCase() + flat.slice(1);
}

function keyOf(value: { start: number; end: number; kind: string }): string {
  return `${value.start}:${value.end}:${value.kind}`;
}

export function createSuggestionService(
  db: NotebookDatabase,
  highlights: HighlightService,
  speakers: SpeakerService,
) {
  // The finder is pure and deterministic, so its result is cached per article text and
  // speaker list; a new speaker or a corrected text computes afresh.
  const cache = new Map<number, { fingerprint: string; result: FindQuotesResult }>();

  function find(articleId: number): {
    result: FindQuotesResult;
    text: string;
    speakers: Speaker[];
  } {
    const article = articleQueries.getArticle(db, articleId);
    if (!article) throw notFound('Article', articleId);
    const allSpeakers = listSpeakers(db);
    const fingerprint = `${article.contentHash}|${allSpeakers.map((speaker) => `${speaker.id}:${speaker.name}:${speaker.aliases.join(',')}`).join(';')}`;
    const cached = cache.get(articleId);
    if (cached && cached.fingerprint === fingerprint)
      return { result: cached.result, text: article.text, speakers: allSpeakers };
    const result = findQuotes(article.text, { speakers: knownSpeakers(allSpeakers) });
    cache.set(articleId, { fingerprint, result });
    return { result, text: article.text, speakers: allSpeakers };
  }

  function pending(articleId: number, minConfidence = 0): Suggestion[] {
    const { result, speakers: allSpeakers } = find(articleId);
    // Accepted ones are hidden by their highlight, so undoing the accept offers them again.
    const decided = new Set(
      verdicts
        .listVerdicts(db, articleId)
        .filter((verdict) => verdict.verdict === 'rejected')
        .map(keyOf),
    );
    const covered = new Set(
      listHighlightsForArticle(db, articleId).map(
        (highlight: Highlight) => `${highlight.start}:${highlight.end}`,
      ),
    );
    const known = knownSpeakers(allSpeakers);
    return result.candidates
      .filter((candidate) => candidate.confidence >= minConfidence)
      .filter(
        (candidate) =>
          !decided.has(keyOf(candidate)) && !covered.has(`${candidate.start}:${candidate.end}`),
      )
      .map((candidate) => {
        const match = candidate.speaker ? matchSpeaker(candidate.speaker, known) : null;
        const speaker = match
          ? (allSpeakers.find((existing) => existing.name === match.name) ?? null)
          : null;
        const proposal = candidate.speaker
          ? result.proposedSpeakers.find((proposed) => proposed.name === candidate.speaker)
          : undefined;
        const group = speaker
          ? speaker.group === true
          : candidate.speaker !== null && isCollective(candidate.speaker);
        return {
          articleId,
          start: candidate.start,
          end: candidate.end,
          exact: candidate.exact,
          kind: candidate.kind,
          speaker:
            speaker?.name ??
            (group
              ? groupName(candidate.speakerAsWritten ?? candidate.speaker!)
              : candidate.speaker),
          speakerId: speaker?.id ?? null,
          speakerAsWritten: candidate.speakerAsWritten,
          speakerIsGroup: group,
          proposedRole: speaker ? null : (proposal?.role ?? null),
          proposedCountry: speaker ? null : (proposal?.country ?? null),
          cue: candidate.cue,
          confidence: candidate.confidence,
          acceptAllEligible: candidate.confidence >= acceptAllMinimumConfidence,
        };
      });
  }

  function speakerIdFor(suggestion: Suggestion): number | null {
    if (suggestion.speakerId !== null) return suggestion.speakerId;
    if (!suggestion.speaker) return null;
    const existing = matchSpeaker(suggestion.speaker, knownSpeakers(listSpeakers(db)));
    if (existing)
      return speakers.list().find((speaker) => speaker.name === existing.name)?.id ?? null;
    return speakers.create({
      name: suggestion.speaker,
      role: suggestion.proposedRole,
      country: suggestion.proposedCountry,
      group: suggestion.speakerIsGroup === true,
    }).id;
  }

  function requirePending(
    articleId: number,
    key: { start: number; end: number; kind: string },
  ): Suggestion {
    const suggestion = pending(articleId).find((candidate) => keyOf(candidate) === keyOf(key));
    if (!suggestion)
      throw invalidInput(
        'That suggestion is no longer pending (it was accepted, rejected or the text changed).',
      );
    return suggestion;
  }

  /**
   * Stores the suggestion as a quotation: as proposed (creating its speaker if the notebook does
   * not know it), or as the analyst described it in the editor, whose speaker already exists.
   */
  function accept(
    articleId: number,
    key: { start: number; end: number; kind: string },
    edit?: SuggestionEdit,
  ): Highlight {
    const suggestion = requirePending(articleId, key);
    return highlights.batch(articleId, `Accept suggestion ${excerpt(suggestion.exact)}`, () => {
      const speakerId = edit
        ? edit.speakerId
        : suggestion.kind === 'term'
          ? null
          : speakerIdFor(suggestion);
      const highlight = highlights.create({
        articleId,
        kind: edit?.kind ?? suggestion.kind,
        start: suggestion.start,
        end: suggestion.end,
        speakerId,
        tagIds: edit?.tagIds,
        note: edit?.note,
      });
      verdicts.recordVerdict(db, articleId, suggestion, 'accepted');
      return highlight;
    });
  }

  return {
    pending,
    accept,
    reject(
      articleId: number,
      key: { start: number; end: number; kind: string },
    ): { articleId: number } {
      const suggestion = requirePending(articleId, key);
      highlights.recordVerdict(articleId, suggestion, 'rejected');
      return { articleId };
    },
    /**
     * Accepts every pending suggestion attributed to this speaker (by name as proposed) that the
     * finder is sure enough of to accept unseen; the others stay for review one by one.
     */
    acceptAllFrom(articleId: number, speaker: string): Highlight[] {
      const sure = pending(articleId).filter(
        (suggestion) => suggestion.acceptAllEligible && suggestion.speaker === speaker,
      );
      // One undo step for the whole click, labelled with how many it took.
      return highlights.batch(
        articleId,
        `Accept ${sure.length} suggestion${sure.length === 1 ? '' : 's'} from ${speaker}`,
        () => sure.map((suggestion) => accept(articleId, suggestion)),
      );
    },
    counts(articleIds: number[]): Record<number, number> {
      const counts: Record<number, number> = {};
      for (const id of articleIds) {
        if (articleQueries.getArticle(db, id)) counts[id] = pending(id).length;
      }
      return counts;
    },
  };
}

export type SuggestionService = ReturnType<typeof createSuggestionService>;
