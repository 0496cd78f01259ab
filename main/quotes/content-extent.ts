// Where reported content starts and ends: after a cue (addressee, "that", a time adverbial),
// up to the end of the reported clause (before a new clause, an attribution, the writer's own
// addition). Token ranges only: it knows English clause shapes, not speakers or articles.

import {
  cueVerb,
  isCopula,
  isDeterminer,
  isFiniteVerb,
  isPassiveAuxiliary,
  isPreposition,
  isVerbSideWord,
  personalPronoun,
  shippedTags,
  stanceObjects,
  type CueVerb,
  wordSet,
} from './lexicon';

import { timeAdverbialEnd } from './phrases';
import type { Token } from './text-units';

/**
 * A finite verb at a position. Beyond what the word alone shows, a lower-case -s word right
 * after a noun and before a preposition or determiner is a present-tense verb ("depends on").
 */
export function finiteVerbAt(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || token.capitalised) return false;
  if (isFiniteVerb(token.lower)) return true;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (/ed$/u.test(token.lower)) {
    // "the company expected revenue": a participle the lexicon files as an adjective.
    return (
      previous?.kind === 'word' &&
      !isDeterminer(previous.lower) &&
      !isPreposition(previous.lower) &&
      !isCopula(previous.lower) &&
      !isVerbSideWord(previous.lower) &&
      !isFiniteVerb(previous.lower) &&
      next?.kind === 'word'
    );
  }
  if (!/[^s]s$/u.test(token.lower) || token.possessive) return false;
  if (next === undefined || next.kind !== 'word') return false;
  if (!(isPreposition(next.lower) || isDeterminer(next.lower) || next.lower === 'that'))
    return false;
  if (previous === undefined) return false;
  if (
    previous.text === ',' ||
    previous.capitalised ||
    personalPronoun(previous.lower) !== undefined
  )
    return true;
  const beforePrevious = tokens[index - 2];
  return (
    previous.kind === 'word' &&
    !isPreposition(previous.lower) &&
    !isDeterminer(previous.lower) &&
    beforePrevious !== undefined &&
    (isDeterminer(beforePrevious.lower) || beforePrevious.possessive)
  );
}

export interface Range {
  from: number;
  to: number;
}

const addresseeStoppers = new Set(['that', ':', ',', '.']);

/** Where the reported content after a cue starts and ends, or null when there is none. */
export function contentAfter(tokens: Token[], from: number, verb: CueVerb): Range | null {
  let start = from;
  while (start < tokens.length && isVerbSideWord(tokens[start]?.lower ?? '')) start++;
  // "insisted on Tuesday that …", "pledged last week to …": the time adverbial is not content.
  start = timeAdverbialEnd(tokens, start);
  while (start < tokens.length && isVerbSideWord(tokens[start]?.lower ?? '')) start++;
  let token = tokens[start];
  if (token === undefined) return null;
  // With its particle a clause verb takes a plain object too: "warned of a crisis".
  let tookParticle = verb.particles.includes(tokens[from - 1]?.lower ?? '');

  if (verb.frame === 'addressee' && token.lower !== 'that' && token.kind === 'word') {
    // "told the jury he had …", "told reporters that …", "warned residents of …"
    const that = findWithin(tokens, start, 6, (candidate) => candidate.lower === 'that');
    if (that !== null) {
      start = that + 1;
    } else {
      let cursor = start;
      if (isDeterminer(tokens[cursor]?.lower ?? '')) cursor++;
      while (cursor < tokens.length && cursor - start < 4) {
        const word = tokens[cursor];
        if (word === undefined || word.kind !== 'word' || addresseeStoppers.has(word.lower)) break;
        if (
          cursor > start &&
          (isDeterminer(word.lower) ||
            personalPronoun(word.lower) !== undefined ||
            word.capitalised)
        )
          break;
        if (isPreposition(word.lower) || isFiniteVerb(word.lower)) break;
        cursor++;
      }
      start = cursor;
      if (verb.particles.includes(tokens[start]?.lower ?? '')) {
        start++;
        tookParticle = true;
      }
    }
    token = tokens[start];
    if (token === undefined) return null;
  }

  let openedByThat = tokens[start - 1]?.lower === 'that';
  const evidence = verb.needsThat ? evidenceClauseThat(tokens, start) : null;
  if (evidence !== null) {
    // "found no evidence that …": the noun phrase carries the finding, so it stays in.
    openedByThat = true;
  } else if (
    verb.infinitive &&
    token.lower === 'to' &&
    tokens[start + 1]?.kind === 'word' &&
    !isDeterminer(tokens[start + 1]?.lower ?? '')
  ) {
    // "pledged to cut fares": the plan is the content, "to" included.
  } else if (
    token.kind === 'word' &&
    isPreposition(token.lower) &&
    !verb.particles.includes(token.lower)
  ) {
    // An adverbial first ("said in a statement that …"): the content starts after "that".
    const that = findWithin(tokens, start, 12, (candidate) => candidate.lower === 'that');
    if (that === null) return null;
    start = that + 1;
    token = tokens[start];
    openedByThat = true;
  } else if (token.text === ',') {
    // "she said, adding that …": the clause belongs to the participle, which reports it.
    const following = tokens[start + 1];
    if (following !== undefined && cueVerb(following.lower)?.participle === true) return null;
    const that = findWithin(tokens, start + 1, 6, (candidate) => candidate.lower === 'that');
    if (that === null) return null;
    start = that + 1;
    token = tokens[start];
    openedByThat = true;
  } else if (token.lower === 'that' && clauseFollows(tokens, start + 1)) {
    start++;
    token = tokens[start];
    openedByThat = true;
  } else if (token.text === ':') {
    if (tokens[start + 1]?.kind === 'quote') return null;
    start++;
    token = tokens[start];
  }
  if (token === undefined || token.kind === 'punct') return null;
  if (token.kind === 'word' && ['and', 'or', 'but', 'nor'].includes(token.lower)) return null;

  const end = contentEnd(tokens, start);
  if (end - start < 2 && tokens[start]?.kind !== 'quote') return null;
  const words = tokens.slice(start, end);
  if (verb.frame === 'clause' || verb.frame === 'addressee') {
    const hasVerb = words.some(
      (_, position) => finiteVerbAt(words, position) || quotedPredicate(words, position),
    );
    if (!hasVerb && !tookParticle && words[0]?.kind !== 'quote') return null;
  }
  if (verb.frame === 'as' && !words.some((word) => word.lower === 'as')) return null;
  if (verb.needsThat && !openedByThat) return null;
  if (verb.frame === 'dismissal' && !words.some((word) => ['as', 'that'].includes(word.lower)))
    return null;
  if (verb.frame === 'stance') {
    const object = words.slice(0, 5);
    if (!object.some((word) => stanceObjects.has(word.base))) return null;
    // "rejected that claim": an object that only points back reports nothing new.
    if (demonstratives.has(words[0]?.lower ?? '') && words.length <= 3) return null;
  }
  return { from: start, to: end };
}

const demonstratives = wordSet(`this that these those such`);

const evidenceNouns = wordSet(`
  evidence sign signs indication indications proof suggestion trace
`);

const evidenceQuantifiers = wordSet(`no little some any clear strong further new`);

/** "no evidence that", "clear signs that": where the "that" is, when the content opens so. */
function evidenceClauseThat(tokens: Token[], start: number): number | null {
  let cursor = start;
  while (cursor < start + 2 && evidenceQuantifiers.has(tokens[cursor]?.lower ?? '')) cursor++;
  if (!evidenceNouns.has(tokens[cursor]?.lower ?? '')) return null;
  return tokens[cursor + 1]?.lower === 'that' ? cursor + 1 : null;
}

/** `the judgment “draws a clear line”`: a quotation after a noun that opens with a verb. */
function quotedPredicate(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (token?.kind !== 'quote' || token.quote === undefined || previous?.kind !== 'word')
    return false;
  if (isDeterminer(previous.lower) || isPreposition(previous.lower) || isFiniteVerb(previous.lower))
    return false;
  const first = token.text.slice(token.quote.start - token.start).match(/^\p{Ll}+/u)?.[0] ?? '';
  return isFiniteVerb(first) || (/[^s]s$/u.test(first) && shippedTags(first).has('PresentTense'));
}

/** "that" opens a clause only when a verb follows; otherwise it points ("disputed that account"). */
export function clauseFollows(tokens: Token[], from: number): boolean {
  const end = contentEnd(tokens, from);
  for (let index = from; index < end; index++) if (finiteVerbAt(tokens, index)) return true;
  return tokens[from]?.kind === 'quote';
}

function findWithin(
  tokens: Token[],
  from: number,
  limit: number,
  test: (token: Token) => boolean,
): number | null {
  for (let index = from; index < tokens.length && index < from + limit; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind === 'quote') return null;
    if (test(token)) return index;
    if (token.kind === 'punct' && token.text !== ',') return null;
  }
  return null;
}

export function quoteEndsWithComma(token: Token | undefined): boolean {
  if (token?.kind !== 'quote' || token.quote === undefined) return false;
  const inner = token.text.slice(0, token.quote.end - token.start).trimEnd();
  return inner.endsWith(',');
}

/** The end of a reported clause: the sentence end, or where a second report begins. */
export function contentEnd(tokens: Token[], start: number): number {
  let end = tokens.length;
  for (let index = start; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.text === ';') {
      end = index;
      break;
    }
    const commaHere = token.text === ',';
    if (commaHere || quoteEndsWithComma(token)) {
      const next = tokens[index + 1];
      const boundary = commaHere ? index : index + 1;
      if (next !== undefined && next.kind === 'word') {
        const nextVerb = cueVerb(next.lower);
        if (nextVerb?.participle === true && !next.capitalised) {
          end = boundary;
          break;
        }
        if (next.lower === 'according' && tokens[index + 2]?.lower === 'to') {
          end = boundary;
          break;
        }
        if (commaHere && contrastOpeners.has(next.lower) && reportFollows(tokens, index + 2)) {
          // "said X, although she cautioned that Y": the second report is not part of X.
          end = boundary;
          break;
        }
        if (commaHere && writersAddition(tokens, index, start)) {
          end = boundary;
          break;
        }
        if (
          commaHere &&
          (isDeterminer(next.lower) ||
            next.capitalised ||
            personalPronoun(next.lower) !== undefined) &&
          attributionFollows(tokens, index + 1)
        ) {
          // "X recalled its envoy, the ministry said, …": an attribution of the whole sentence.
          end = boundary;
          break;
        }
      }
    }
    if (
      token.kind === 'word' &&
      (token.lower === 'and' || token.lower === 'but') &&
      index > start
    ) {
      let after = index + 1;
      while (after < tokens.length && isVerbSideWord(tokens[after]?.lower ?? '')) after++;
      const following = tokens[after];
      const followingVerb = following === undefined ? undefined : cueVerb(following.lower);
      const finiteCue = followingVerb !== undefined && !followingVerb.participle;
      const contrastVerb =
        token.lower === 'but' &&
        following !== undefined &&
        /ed$/u.test(following.lower) &&
        isFiniteVerb(following.lower);
      // "reported a drop in profit and cut its forecast": after an object with no verb of its
      // own, a second verb is the subject's next act, not part of what was reported.
      const nextAct =
        following !== undefined &&
        following.kind === 'word' &&
        !following.capitalised &&
        (isFiniteVerb(following.lower) ||
          // "and cut its forecast": a bare word then a determiner is a verb and its object.
          (!isDeterminer(following.lower) &&
            !isPreposition(following.lower) &&
            ['its', 'their', 'his', 'her', 'the'].includes(tokens[after + 1]?.lower ?? ''))) &&
        !isPassiveAuxiliary(following.lower) &&
        !hasFiniteVerb(tokens, start, index);
      if (finiteCue || contrastVerb || nextAct) {
        end = tokens[index - 1]?.text === ',' ? index - 1 : index;
        break;
      }
    }
    if (token.text === ':' && tokens[index + 1]?.kind === 'quote') {
      end = index;
      break;
    }
  }
  return trimmedEnd(tokens, start, end);
}

const contrastOpeners = wordSet(`although though while whereas but yet`);

function hasFiniteVerb(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    if (finiteVerbAt(tokens, index) || quotedPredicate(tokens, index)) return true;
  }
  return false;
}

const definingWords = wordSet(`for that which who used meaning describing referring known`);

/**
 * After a complete reported clause, the writer's own gloss on a word in it: ", a term for …",
 * ", a practice used …". (A result clause such as ", putting 340 jobs at risk" stays: the gold
 * labels keep it as part of what was reported.)
 */
function writersAddition(tokens: Token[], comma: number, start: number): boolean {
  const next = tokens[comma + 1];
  if (next === undefined || next.kind !== 'word' || next.capitalised) return false;
  if (!hasFiniteVerb(tokens, start, comma)) return false;
  if (next.lower !== 'a' && next.lower !== 'an') return false;
  for (let index = comma + 2; index < comma + 6; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== 'word') return false;
    if (definingWords.has(token.lower)) return index > comma + 2;
  }
  return false;
}

/** A subject of up to five words, then a finite reporting verb: "she cautioned", "the mayor said". */
function reportFollows(tokens: Token[], from: number): boolean {
  for (let index = from; index < tokens.length && index <= from + 5; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== 'word') return false;
    const verb = cueVerb(token.lower);
    if (verb !== undefined && !verb.participle) return index > from;
    if (isFiniteVerb(token.lower) && !token.capitalised) return false;
  }
  return false;
}

/**
 * A short interposed attribution: a subject of up to five words, then a reporting verb that
 * closes the clause or takes only an adverbial ("the ministry said in a statement,").
 */
function attributionFollows(tokens: Token[], from: number): boolean {
  for (let index = from + 1; index < tokens.length && index <= from + 5; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== 'word') return false;
    const verb = cueVerb(token.lower);
    if (verb !== undefined && !verb.participle && !token.capitalised) {
      if (isDeterminer(tokens[index - 1]?.lower ?? '')) return false;
      const next = tokens[index + 1];
      return (
        next === undefined ||
        next.kind === 'punct' ||
        (next.kind === 'word' && isPreposition(next.lower))
      );
    }
    if (isFiniteVerb(token.lower) && !token.capitalised) return false;
  }
  return false;
}

/** Drops the final full stop and other trailing punctuation from a content range. */
export function trimmedEnd(tokens: Token[], start: number, end: number): number {
  let trimmed = end;
  while (
    trimmed > start &&
    ['.', ',', ';', ':', '—', '–', '-'].includes(tokens[trimmed - 1]?.text ?? '')
  ) {
    trimmed--;
  }
  return trimmed;
}

/**
 * A wire dateline that opens a story ("SOLVIK, March 12 (Agency) - "): where the story's own
 * first sentence starts, or 0 when there is none.
 */
export function datelineEnd(tokens: Token[]): number {
  if (
    !/^\p{Lu}{2,}/u.test(tokens[0]?.text ?? '') ||
    tokens[0]?.text !== tokens[0]?.text.toUpperCase()
  )
    return 0;
  for (let index = 1; index < Math.min(tokens.length, 14); index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (['-', '—', '–'].includes(token.text)) return index + 1;
    if (token.kind === 'word' && !token.capitalised) return 0;
    if (token.kind === 'quote') return 0;
  }
  return 0;
}
