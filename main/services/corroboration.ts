// Statements across outlets for the notebook: one speaker's statements, each with the other
// articles that report it and how their wordings differ. The passages are the analyst's
// highlights of the speaker and the quote finder's attributions to them (run on each article
// that names the speaker or holds one of their highlights, cached per article text and
// speaker list); the matching and the differences are main/corroboration's.
import type { NotebookDatabase } from '../../db/open';
import * as articleQueries from '../../db/queries/articles';
import { listHighlightsForArticle, queryHighlights } from '../../db/queries/highlights';
import { getHighlight } from '../../db/queries/highlights';
import { getSpeaker, listSpeakers } from '../../db/queries/speakers';
import type { Article, Speaker } from '../../db/model';
import { compareWordings, groupStatements } from '../corroboration';
import type {
  CorroboratedStatement,
  SpeakerCorroboration,
  StatementPassage,
} from '../domain/corroboration';
import { invalidInput, notFound } from '../domain/errors';
import type { SearchHit } from '../domain/records';
import { findQuotes, matchSpeaker, type FindQuotesResult, type KnownSpeaker } from '../quotes';

/** At most this many articles found by the speaker's names are read (beside their highlights'). */
export const MAX_ARTICLES_SEARCHED = 100;

export interface CorroborationPorts {
  /** The notebook's full-text search (the articles service's). */
  search(query: string, limit: number): SearchHit[];
}

function knownSpeakers(speakers: readonly Speaker[]): KnownSpeaker[] {
  return speakers.map((speaker) => ({
    name: speaker.name,
    aliases: speaker.aliases,
    role: speaker.role,
    country: speaker.country,
  }));
}

/**
 * A search for articles naming a speaker: any word of any of their names. First names count
 * too, because full-text search cannot fold transliterations: an outlet that spells the
 * surname another way ("Holmenko" for "Kholmenko") is still found by the first name.
 */
export function nameQuery(speaker: Pick<Speaker, 'name' | 'aliases'>): string | null {
  const words = new Set<string>();
  for (const name of [speaker.name, ...speaker.aliases])
    for (const word of name.match(/[\p{L}\p{N}]+/gu) ?? []) if (word.length >= 3) words.add(word);
  return words.size === 0 ? null : [...words].map((word) => `"${word}"`).join(' OR ');
}

interface Passage extends StatementPassage {
  /** Reading order: date, article, place. */
  readonly order: string;
}

function passageOf(
  article: Article,
  fields: Pick<StatementPassage, 'highlightId' | 'kind' | 'start' | 'end' | 'exact'>,
): Passage {
  return {
    ...fields,
    articleId: article.id,
    articleTitle: article.title,
    articlePublisher: article.publisher,
    articlePublishedAt: article.publishedAt,
    order: `${article.publishedAt ?? '9999'}|${String(article.id).padStart(12, '0')}|${String(fields.start).padStart(12, '0')}|${fields.highlightId === null ? 1 : 0}`,
  };
}

function strip(passage: Passage): StatementPassage {
  const { order: _order, ...rest } = passage;
  return rest;
}

export function createCorroborationService(db: NotebookDatabase, ports: CorroborationPorts) {
  const finderCache = new Map<number, { fingerprint: string; result: FindQuotesResult }>();

  function findIn(article: Article, speakers: readonly Speaker[], fingerprint: string) {
    const cached = finderCache.get(article.id);
    if (cached && cached.fingerprint === `${article.contentHash}|${fingerprint}`)
      return cached.result;
    const result = findQuotes(article.text, { speakers: knownSpeakers(speakers) });
    // Bounded, like any cache of a long session: the oldest article read goes first.
    if (finderCache.size >= 500) finderCache.delete(finderCache.keys().next().value!);
    finderCache.set(article.id, { fingerprint: `${article.contentHash}|${fingerprint}`, result });
    return result;
  }

  function passagesOf(speaker: Speaker): { passages: Passage[]; articlesRead: number } {
    const speakers = listSpeakers(db);
    const known = knownSpeakers(speakers);
    const fingerprint = speakers
      .map((each) => `${each.id}:${each.name}:${each.aliases.join(',')}`)
      .join(';');
    const highlights = queryHighlights(db, { speakerId: speaker.id }).filter(
      (highlight) => highlight.kind !== 'term' && !highlight.orphaned,
    );
    const articleIds = new Set(highlights.map((highlight) => highlight.articleId));
    const query = nameQuery(speaker);
    if (query)
      for (const hit of ports.search(query, MAX_ARTICLES_SEARCHED)) articleIds.add(hit.articleId);

    const passages: Passage[] = [];
    let articlesRead = 0;
    for (const articleId of articleIds) {
      const article = articleQueries.getArticle(db, articleId);
      if (!article) continue;
      articlesRead += 1;
      const own = highlights.filter((highlight) => highlight.articleId === articleId);
      for (const highlight of own) {
        passages.push(
          passageOf(article, {
            highlightId: highlight.id,
            kind: highlight.kind,
            start: highlight.start,
            end: highlight.end,
            exact: highlight.exact,
          }),
        );
      }
      // A passage the analyst marked (for this speaker or another) is theirs to attribute.
      const marked = listHighlightsForArticle(db, articleId).filter(
        (highlight) => !highlight.orphaned,
      );
      for (const candidate of findIn(article, speakers, fingerprint).candidates) {
        if (candidate.kind === 'term' || candidate.speaker === null) continue;
        if (matchSpeaker(candidate.speaker, known)?.name !== speaker.name) continue;
        if (
          marked.some(
            (highlight) => highlight.start < candidate.end && candidate.start < highlight.end,
          )
        )
          continue;
        passages.push(
          passageOf(article, {
            highlightId: null,
            kind: candidate.kind,
            start: candidate.start,
            end: candidate.end,
            exact: candidate.exact,
          }),
        );
      }
    }
    passages.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    return { passages, articlesRead };
  }

  function statementOf(speaker: Speaker, members: Passage[]): CorroboratedStatement {
    const first = members.find((member) => member.highlightId !== null) ?? members[0]!;
    return {
      speakerId: speaker.id,
      speakerName: speaker.name,
      first: strip(first),
      others: members
        .filter((member) => member !== first)
        .map((member) => ({
          ...strip(member),
          comparison: compareWordings(first.exact, member.exact),
        })),
    };
  }

  function requireSpeaker(id: number): Speaker {
    const speaker = getSpeaker(db, id);
    if (!speaker) throw notFound('Speaker', id);
    return speaker;
  }

  function grouped(speaker: Speaker) {
    const { passages, articlesRead } = passagesOf(speaker);
    const groups = groupStatements(passages).map((indices) =>
      indices.map((index) => passages[index]!),
    );
    return { groups, articlesRead };
  }

  return {
    /** Every statement of a speaker that two or more articles report, most outlets first. */
    forSpeaker(speakerId: number): SpeakerCorroboration {
      const speaker = requireSpeaker(speakerId);
      const { groups, articlesRead } = grouped(speaker);
      const statements = groups
        .filter((members) => members.length > 1)
        .map((members) => statementOf(speaker, members))
        .sort((a, b) => b.others.length - a.others.length);
      const unmatched = groups
        .filter((members) => members.length === 1 && members[0]!.highlightId !== null)
        .map((members) => strip(members[0]!));
      return { speakerId, speakerName: speaker.name, statements, unmatched, articlesRead };
    },

    /** One highlight's statement with the other articles that report it (none, perhaps). */
    forHighlight(highlightId: number): CorroboratedStatement {
      const highlight = getHighlight(db, highlightId);
      if (!highlight) throw notFound('Highlight', highlightId);
      if (highlight.speakerId === null)
        throw invalidInput('That passage has no speaker; name one to find who else reported it.');
      const speaker = requireSpeaker(highlight.speakerId);
      const { groups } = grouped(speaker);
      const members = groups.find((group) =>
        group.some((member) => member.highlightId === highlightId),
      );
      if (!members) throw invalidInput('That passage can no longer be found in its article.');
      const statement = statementOf(speaker, members);
      if (statement.first.highlightId === highlightId) return statement;
      // Asked about this highlight, so it is the wording the others are compared with.
      const mine = members.find((member) => member.highlightId === highlightId)!;
      return statementOf(speaker, [mine, ...members.filter((member) => member !== mine)]);
    },
  };
}

export type CorroborationService = ReturnType<typeof createCorroborationService>;
