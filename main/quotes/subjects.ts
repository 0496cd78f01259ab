// The subject of a reporting verb: the noun phrase before it, around a parenthesis or
// apposition, after it when inverted (`“…,” said the coach`), or carried over from an earlier
// clause. It reads phrases (phrases.ts) and resolves them (discourse.ts); it knows no article.

import { isClauseOpener, isFiniteVerb, isGerund, isPreposition, isVerbSideWord } from './lexicon';
import type { Discourse } from './discourse';
import { ageFollows } from './name-runs';
import { resolvePhrase, type Resolution } from './resolution';
import { parsePhrase, phraseStartBefore, type NounPhrase } from './phrases';
import type { Sentence, Token } from './text-units';

interface SubjectSearch {
  phrase: NounPhrase | null;
  /** the verb is coordinated with an earlier one and shares its subject */
  coordinated: boolean;
}

/** Words that open a relative clause after a comma ("X, who chairs the board, said"). */
const relativeOpeners = new Set(['who', 'whose', 'which']);

/** `“…,” said the minister`: after a quotation the subject may follow its verb. */
export function invertedSubject(
  discourse: Discourse,
  tokens: Token[],
  before: number,
  cueTo: number,
): { subject: NounPhrase; resolution: Resolution } | null {
  const previous = tokens[before - 1];
  const quoteBefore =
    previous?.kind === 'quote' || (previous?.text === ',' && tokens[before - 2]?.kind === 'quote');
  if (!quoteBefore) return null;
  let end = cueTo;
  // "says union leader as strike enters third day": the subject stops at a new clause.
  while (
    end < tokens.length &&
    tokens[end]?.kind === 'word' &&
    !(end > cueTo && isClauseOpener(tokens[end]?.lower ?? ''))
  )
    end++;
  let subject = parsePhrase(discourse.text, tokens, cueTo, end, discourse.vocabulary);
  if (subject === null) return null;
  // `“…,” said its chief executive, X Y.`: the name in apposition to the role is the speaker.
  if (subject.kind === 'role' && tokens[end]?.text === ',') {
    let last = end + 1;
    while (last < tokens.length && tokens[last]?.kind === 'word') last++;
    const named = parsePhrase(discourse.text, tokens, end + 1, last, discourse.vocabulary);
    const closes = last >= tokens.length || ['.', ',', ';'].includes(tokens[last]?.text ?? '');
    if (named !== null && closes && (named.kind === 'person' || named.kind === 'name'))
      subject = named;
  }
  const resolution = resolvePhrase(discourse, subject);
  return resolution === null ? null : { subject, resolution };
}

/** The speaker-like subject that opens a sentence ("Ilse Marwick put forward three ideas:"). */
export function leadingSubject(discourse: Discourse, sentence: Sentence): Resolution | null {
  const { tokens } = sentence;
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (
      token === undefined ||
      token.kind !== 'word' ||
      token.capitalised ||
      !isFiniteVerb(token.lower)
    )
      continue;
    let before = index;
    while (before > 0 && isVerbSideWord(tokens[before - 1]?.lower ?? '')) before--;
    const search = findSubject(discourse, tokens, before);
    return search.phrase === null ? null : resolvePhrase(discourse, search.phrase);
  }
  return null;
}

/**
 * The subject of a verb: the noun phrase right before it, or around a parenthesis
 * (an adverbial, "X, for its part, argued"; an apposition, "X, a lawyer for Y, said"; a role
 * before the name, "The club’s captain, X, said").
 */
export function findSubject(
  discourse: Discourse,
  tokens: Token[],
  verbIndex: number,
): SubjectSearch {
  const { text, vocabulary } = discourse;
  const previous = tokens[verbIndex - 1];
  if (previous === undefined) return { phrase: null, coordinated: false };
  if (previous.kind === 'word' && (previous.lower === 'and' || previous.lower === 'but')) {
    return { phrase: null, coordinated: true };
  }
  if (previous.text === ',') {
    let open = verbIndex - 2;
    while (open >= 0 && tokens[open]?.text !== ',' && tokens[open]?.kind !== 'quote') open--;
    // "Tomasz, 71, a retired postman, said": the age is a second apposition; look past it.
    if (open >= 2 && ageFollows(tokens, open - 2)) open -= 2;
    // "X, who signed the deal with her counterpart, Y, said": a relative clause can hold an
    // apposition of its own; the subject is still what the clause describes.
    for (let at = open - 1; at > 0 && tokens[at]?.kind !== 'quote'; at--) {
      if (tokens[at]?.text === ',' && relativeOpeners.has(tokens[at + 1]?.lower ?? '')) {
        open = at;
        break;
      }
    }
    if (open < 0 || tokens[open]?.kind === 'quote' || open + 1 >= verbIndex - 1) {
      return { phrase: null, coordinated: false };
    }
    const innerFirst = tokens[open + 1];
    const outerStart = phraseStartBefore(tokens, open, vocabulary);
    const outer =
      outerStart < open ? parsePhrase(text, tokens, outerStart, open, vocabulary) : null;
    const innerIsClause =
      innerFirst === undefined ||
      isPreposition(innerFirst.lower) ||
      isClauseOpener(innerFirst.lower) ||
      tokens
        .slice(open + 1, verbIndex - 1)
        .some((token) => token.kind === 'word' && !token.capitalised && isFiniteVerb(token.lower));
    let inner = innerIsClause
      ? null
      : parsePhrase(text, tokens, open + 1, verbIndex - 1, vocabulary);
    // "…, speaking in parliament, said" is a clause; "…, driving instructor X, said" names X.
    const gerund =
      innerFirst !== undefined && !innerFirst.capitalised && isGerund(innerFirst.lower);
    if (gerund && inner?.kind !== 'person') inner = null;
    const named = (phrase: NounPhrase | null): boolean =>
      phrase !== null && ['person', 'name'].includes(phrase.kind);
    // "The state railway company, Quarrow Rail, said", "Its coordinator, X Y, said", "The
    // plant's owner, Z Metals, said": the apposition names whoever the description points to.
    const namesDescribed =
      inner !== null &&
      inner.name !== null &&
      ['person', 'name', 'organisation'].includes(inner.kind) &&
      outer !== null &&
      (outer.kind === 'organisation-noun' || outer.kind === 'role');
    if ((named(inner) && !named(outer)) || namesDescribed)
      return { phrase: inner, coordinated: false };
    return { phrase: outer, coordinated: false };
  }
  const start = phraseStartBefore(tokens, verbIndex, vocabulary);
  if (start >= verbIndex) return { phrase: null, coordinated: false };
  return { phrase: parsePhrase(text, tokens, start, verbIndex, vocabulary), coordinated: false };
}

/** The subject of the main verb before a trailing participle ("the ministers agreed …, expressing"). */
export function mainClauseBefore(
  discourse: Discourse,
  tokens: Token[],
  commaIndex: number,
): NounPhrase | null {
  for (let index = commaIndex - 1; index >= 0; index--) {
    const token = tokens[index];
    if (token === undefined || token.kind !== 'word' || token.capitalised) continue;
    if (!isFiniteVerb(token.lower)) continue;
    let verbStart = index;
    while (
      verbStart > 0 &&
      (isVerbSideWord(tokens[verbStart - 1]?.lower ?? '') ||
        (isFiniteVerb(tokens[verbStart - 1]?.lower ?? '') && !tokens[verbStart - 1]?.capitalised))
    ) {
      verbStart--;
    }
    const search = findSubject(discourse, tokens, verbStart);
    return search.phrase;
  }
  return null;
}
