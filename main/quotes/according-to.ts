// "According to X, …" and "…, according to X": the source (with an apposition naming it, or
// the body that issued a document) and the clause it reports. It knows English, not articles.

import {
  isClauseOpener,
  isFiniteVerb,
  isOrganisationNoun,
  isPreposition,
  isVerbSideWord,
} from './lexicon';
import type { Discourse } from './discourse';
import { resolvePhrase } from './resolution';
import { parsePhrase, type NounPhrase } from './phrases';
import type { Token } from './text-units';
import { contentEnd, trimmedEnd, datelineEnd } from './content-extent';
import type { Report } from './report-shape';

function agentOfDocument(
  discourse: Discourse,
  tokens: Token[],
  from: number,
  to: number,
): NounPhrase | null {
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (token === undefined || !['by', 'from'].includes(token.lower)) continue;
    let end = index + 1;
    while (end < to && !(isPreposition(tokens[end]?.lower ?? '') && !tokens[end]?.capitalised))
      end++;
    const agent = parsePhrase(discourse.text, tokens, index + 1, end, discourse.vocabulary);
    if (agent !== null && resolvePhrase(discourse, agent)?.speaker != null) return agent;
  }
  return null;
}

function ownerOfDocument(
  discourse: Discourse,
  tokens: Token[],
  from: number,
  to: number,
): NounPhrase | null {
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (token?.possessive !== true) continue;
    const parsed = parsePhrase(discourse.text, tokens, from, index + 1, discourse.vocabulary);
    if (parsed === null) return null;
    // The owner is the head of its own phrase: "the agency" in "the agency's report".
    const end = token.end - (/['’]s$/u.test(token.lower) ? 2 : 1);
    const text = discourse.text.slice(parsed.start, end);
    const owner: NounPhrase = {
      ...parsed,
      kind: isOrganisationNoun(token.base) ? 'organisation-noun' : parsed.kind,
      end,
      text,
      head: token.base,
      core: text.replace(/^the\s+/iu, ''),
    };
    return resolvePhrase(discourse, owner)?.speaker != null ? owner : null;
  }
  return null;
}

export function readAccordingTo(
  discourse: Discourse,
  tokens: Token[],
  index: number,
): Report | null {
  const { text, vocabulary } = discourse;
  const sourceFrom = index + 2;
  let sourceTo = sourceFrom;
  while (
    sourceTo < tokens.length &&
    tokens[sourceTo]?.text !== ',' &&
    tokens[sourceTo]?.kind !== 'quote' &&
    tokens[sourceTo]?.text !== '.'
  ) {
    sourceTo++;
  }
  let source = parsePhrase(text, tokens, sourceFrom, sourceTo, vocabulary);
  if (source === null) return null;
  // "According to Dr X, the club’s physician, …": a description after a named person, closed by
  // a second comma, is not the reported clause.
  if (source.kind === 'person' && tokens[sourceTo]?.text === ',') {
    let next = sourceTo + 1;
    while (next < tokens.length && tokens[next]?.text !== ',' && tokens[next]?.kind !== 'quote')
      next++;
    const segment = tokens.slice(sourceTo + 1, next);
    const opener = segment[0]?.lower ?? '';
    const description =
      tokens[next]?.text === ',' &&
      segment.length <= 10 &&
      ['a', 'an', 'the', 'its', 'his', 'her', 'their'].includes(opener) &&
      !segment.some(
        (token) => token.kind === 'word' && !token.capitalised && isFiniteVerb(token.lower),
      );
    if (description) sourceTo = next;
  }
  // "According to the club’s physician, Dr X, …": an apposition after the source names it.
  while (tokens[sourceTo]?.text === ',' && source.kind !== 'person' && source.kind !== 'pronoun') {
    let next = sourceTo + 1;
    while (next < tokens.length && tokens[next]?.text !== ',' && tokens[next]?.kind !== 'quote')
      next++;
    const segment = tokens.slice(sourceTo + 1, next);
    if (
      segment.some(
        (token) => token.kind === 'word' && !token.capitalised && isFiniteVerb(token.lower),
      )
    )
      break;
    const apposition = parsePhrase(text, tokens, sourceTo + 1, next, vocabulary);
    if (apposition === null || (apposition.kind !== 'person' && apposition.kind !== 'name')) break;
    source = apposition;
    sourceTo = next;
  }
  if (source.kind === 'event') return null;
  if (source.kind === 'document') {
    // "figures published by the health authority": the body behind a document speaks;
    // so does the owner in "the agency's report".
    const agent =
      agentOfDocument(discourse, tokens, source.from, sourceTo) ??
      ownerOfDocument(discourse, tokens, source.from, sourceTo);
    if (agent !== null) source = agent;
  }
  let resolution = resolvePhrase(discourse, source);
  if (resolution === null) {
    resolution = {
      entity: null,
      speaker: null,
      asWritten: source.text,
      certainty: 0.5,
      phrase: source,
    };
  }

  let leading = 0;
  while (
    leading < index &&
    tokens[leading]?.kind === 'word' &&
    (isClauseOpener(tokens[leading]?.lower ?? '') || isVerbSideWord(tokens[leading]?.lower ?? ''))
  ) {
    leading++;
  }
  if (tokens[leading]?.text === ',') leading++;
  let contentFrom: number;
  let contentTo: number;
  const dateline = datelineEnd(tokens);
  if (leading === index || (dateline > 0 && dateline === index)) {
    contentFrom = tokens[sourceTo]?.text === ',' ? sourceTo + 1 : sourceTo;
    contentTo = contentEnd(tokens, contentFrom);
  } else if (
    tokens[index - 1]?.text === ',' &&
    tokens[sourceTo]?.text === ',' &&
    sourceTo + 2 < tokens.length
  ) {
    // "An outcome, according to the analyst, was …": the whole sentence is reported.
    contentFrom = 0;
    contentTo = trimmedEnd(tokens, 0, tokens.length);
  } else if (tokens[index - 1]?.text === ',') {
    contentFrom = dateline;
    contentTo = index - 1;
  } else {
    return null;
  }
  if (contentTo - contentFrom < 2) return null;
  return {
    shape: 'according',
    cueFrom: index,
    cueTo: index + 2,
    cue: `${tokens[index]?.text ?? 'according'} ${tokens[index + 1]?.text ?? 'to'}`,
    verb: null,
    subject: source,
    resolution,
    contentFrom,
    contentTo,
    indirect: true,
  };
}
