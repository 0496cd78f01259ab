// Who states a figure and whether it is an actual figure, a target or a forecast. The source
// is the innermost one named: "according to X" in the figure's clause, else a reporting verb
// before it inside the quotation or reported clause it sits in ("X estimates it at …"), else
// that quotation's speaker (the quote finder's output, passed in), else a trailing cue
// (", X said"), else nobody: the article itself states it.

import { FORECAST_CUES, GENERIC_SOURCES, REPORTING_VERBS, TARGET_CUES, wordSet } from './words';
import type { FigureKind } from './types';
import type { Span } from './sentences';

export interface QuoteSpan {
  start: number;
  end: number;
  speaker: string | null;
}

const NP_STOPS = wordSet(`
  that which who and but while whereas although because if when as said says to of in on at by
  for with from than then also has have had is was were are be been will would
`);

const DETERMINERS = wordSet('the a an its their his her our these those this that some many');

/** Role nouns a person's name follows ("Foreign Minister Wang Yi"), lower case. */
const ROLE_NOUNS = wordSet(`
  minister president chairman chairwoman chair secretary ambassador spokesman spokeswoman
  spokesperson director chief governor premier analyst expert head envoy mayor ceo adviser
  advisor economist deputy official representative professor researcher commissioner
`);

const PRONOUNS = wordSet('he she they we i it you him her them us this that who which');

/** A source as a reader names it: no leading article, a person's name without the title. */
export function cleanSource(phrase: string): string | null {
  let words = phrase
    .replace(/[“”"‘’]/gu, ' ')
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  // "Peter Osgrove of the Lindqvist Institute" is Peter Osgrove; "Bank of Norvania" stays whole.
  const of = words.indexOf('of');
  if (of >= 2 && /^\p{Lu}/u.test(words[of - 1]!)) words = words.slice(0, of);
  while (words.length > 0 && /^(?:the|a|an|The|A|An)$/u.test(words[0]!)) words = words.slice(1);
  if (words.length === 0) return null;
  if (words.length === 1 && GENERIC_SOURCES.has(words[0]!.toLowerCase())) return null;
  // "local officials", "media reports": nobody a reader could name.
  if (
    words.length <= 2 &&
    GENERIC_SOURCES.has(words.at(-1)!.toLowerCase()) &&
    /^\p{Ll}/u.test(words[0]!)
  )
    return null;
  const role = words
    .map((word) => word.toLowerCase())
    .findLastIndex((word) => ROLE_NOUNS.has(word));
  if (
    role >= 0 &&
    role < words.length - 1 &&
    words.slice(role + 1).every((word) => /^\p{Lu}/u.test(word))
  )
    return words.slice(role + 1).join(' ');
  // "Economy minister Tomas Brel", "the operator Vantrail": the name after a role noun.
  let tail = words.length;
  while (tail > 0 && /^\p{Lu}/u.test(words[tail - 1]!)) tail -= 1;
  if (tail > 0 && tail < words.length && words.slice(0, tail).some((word) => /^\p{Ll}/u.test(word)))
    return words.slice(tail).join(' ');
  return words.join(' ');
}

function wordsOf(text: string): Array<{ text: string; index: number }> {
  return [
    ...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:"“”()]/gu),
  ].map((match) => ({ text: match[0], index: match.index }));
}

/** The noun phrase right before a reporting verb at words[verb], as written, or null. */
function subjectBefore(words: Array<{ text: string }>, verb: number): string | null {
  let first = verb;
  while (first > 0) {
    const previous = words[first - 1]!.text;
    if (!/^[\p{L}\p{N}]/u.test(previous)) break;
    if (
      NP_STOPS.has(previous.toLowerCase()) &&
      !(previous === 'of' && first - 1 > 0 && /^\p{Lu}/u.test(words[first - 2]!.text))
    )
      break;
    first -= 1;
    if (verb - first > 8) return null;
  }
  if (first === verb) return null;
  return words
    .slice(first, verb)
    .map((word) => word.text)
    .join(' ');
}

/** "according to X" anywhere in the clause: X, or null for an unnamed source. */
function accordingTo(clauseText: string): {
  found: boolean;
  pronoun: boolean;
  source: string | null;
} {
  const match = /\baccording to ([^,.;:”"]+)/iu.exec(clauseText);
  if (!match) return { found: false, pronoun: false, source: null };
  const phrase = match[1]!.replace(/\s+(?:in|on|for|from|at|which|who|published)\b.*$/u, '');
  const pronoun = PRONOUNS.has(phrase.trim().toLowerCase());
  return { found: true, pronoun, source: pronoun ? null : cleanSource(phrase) };
}

/** The source named by the last reporting verb in `text`, or undefined where none is. */
function verbSource(text: string): string | null | undefined {
  // "The exchange, however, put it at…": an aside between subject and verb hides neither.
  const words = wordsOf(
    text.replace(/,\s+(?:however|though|meanwhile|in turn|for its part|too|also),/giu, ''),
  );
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const verb = words[index]!.text;
    // "the United States", "224 projects", "the reports": a noun, not a verb of saying.
    if (!REPORTING_VERBS.has(verb) || index === 0) continue;
    const before = words[index - 1]!.text.toLowerCase();
    if (/^\d/u.test(before) || DETERMINERS.has(before)) continue;
    if (/^puts?$/u.test(verb) && !words.slice(index + 1).some((word) => word.text === 'at'))
      continue;
    const subject = subjectBefore(words, index);
    if (subject === null) continue;
    if (PRONOUNS.has(subject.toLowerCase())) return undefined;
    return cleanSource(subject);
  }
  return undefined;
}

/** ", X said", ", X told reporters": the source after the figure, within the sentence. */
function trailingSource(text: string): string | null | undefined {
  const match =
    /,\s+([^,;:"“”]{2,80}?)\s+(?:said|says|told|reported|reports|added|noted|stated|announced|estimated|estimates)\b/u.exec(
      text,
    );
  if (!match) return undefined;
  if (PRONOUNS.has(match[1]!.toLowerCase())) return undefined;
  return cleanSource(match[1]!);
}

export function claimedByOf(
  text: string,
  sentence: Span,
  clause: Span,
  start: number,
  end: number,
  quotes: ReadonlyArray<QuoteSpan>,
): string | null {
  const quote = quotes
    .filter((candidate) => candidate.start <= start && candidate.end >= end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  const according = accordingTo(text.slice(clause.start, clause.end));
  // "According to him": the quote finder knows who he is.
  if (according.found && according.pronoun) return quote?.speaker ?? null;
  if (according.found) return according.source;
  const localStart = Math.max(clause.start, quote ? quote.start : clause.start);
  const local = verbSource(text.slice(localStart, start));
  if (local !== undefined && local !== null) return local;
  const trailing = trailingSource(text.slice(end, sentence.end));
  if (quote?.speaker) {
    // The finder may have resolved a speaker from elsewhere; a source named in this very
    // sentence ("…, the central bank said") is the better witness unless it is that speaker.
    const surname = quote.speaker.split(/\s+/u).at(-1)!;
    if (!trailing || text.slice(sentence.start, sentence.end).includes(surname))
      return quote.speaker;
    return trailing;
  }
  if (local === null) return null;
  const outer = verbSource(text.slice(clause.start, start));
  if (outer) return outer;
  return trailing ?? null;
}

/**
 * Actual, target or forecast, from the cues between the clause's start and the figure (and,
 * for a figure that opens its clause, the words after it: "Four terminals will open").
 */
export function kindOf(
  text: string,
  sentence: Span,
  clause: Span,
  start: number,
  end: number,
  ahead: boolean,
): FigureKind {
  const letters = (span: string) =>
    wordsOf(span).filter((word) => /^\p{L}/u.test(word.text)).length;
  let window = text.slice(clause.start, start);
  // A figure that opens its clause is its subject: what is said of it follows
  // ("Four terminals will open"), and "a goal was announced – $66 billion" completes the clause before.
  if (letters(window) <= 1) {
    window += ` ${text.slice(end, clause.end).split(/[,;]/u)[0]}`;
    if (sentence.start < clause.start)
      window = `${text.slice(sentence.start, clause.start)} ${window}`;
  }
  // A relative or participle clause ("…, which currently includes 224 projects") starts afresh.
  const relative = [...window.matchAll(/,\s+(?:which|who|where|\p{Ll}+ing)\b/gu)].at(-1);
  if (relative) window = window.slice(relative.index);
  const words = wordsOf(window.toLowerCase()).map((word) => word.text);
  if (words.some((word) => TARGET_CUES.has(word))) return 'target';
  if (words.some((word) => FORECAST_CUES.has(word))) return 'forecast';
  return ahead && /\b(?:to|reach)\s+$/u.test(text.slice(clause.start, start)) ? 'target' : 'actual';
}
