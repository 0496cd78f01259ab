// Finds reporting cues in a sentence and reads each one: who is reported (the subject of the
// verb, the source after "according to", the subject a participle leans on) and what is
// reported (the clause or content phrase after the cue, or before a post-posed cue).
// It works on one sentence's tokens plus the article's discourse; it knows English clause
// shapes, not any article.

import {
  blocksReport,
  cueVerb,
  isCopula,
  isClauseOpener,
  isDeterminer,
  isFiniteVerb,
  isGerund,
  isOrganisationNoun,
  isPassiveAuxiliary,
  isPreposition,
  isVerbSideWord,
  personalPronoun,
  shippedTags,
  stanceObjects,
  type CueVerb,
  wordSet,
} from './lexicon';
import {
  ageFollows,
  noteSpeaker,
  resolvePhrase,
  type Discourse,
  type Resolution,
} from './discourse';
import {
  parsePhrase,
  phraseStartBefore,
  timeAdverbialEnd,
  timeAdverbialStart,
  type NounPhrase,
} from './phrases';
import type { Sentence, Token } from './text-units';

export type ReportShape = 'finite' | 'participle' | 'according' | 'postposed';

export interface Report {
  shape: ReportShape;
  /** token range of the cue words ("called for", "according to") */
  cueFrom: number;
  cueTo: number;
  cue: string;
  verb: CueVerb | null;
  subject: NounPhrase | null;
  resolution: Resolution | null;
  /** token range of the reported content; empty when the cue only introduces a quotation */
  contentFrom: number;
  contentTo: number;
  /** whether the content counts as indirect speech (some cues only attribute a quotation) */
  indirect: boolean;
}

interface SubjectSearch {
  phrase: NounPhrase | null;
  /** the verb is coordinated with an earlier one and shares its subject */
  coordinated: boolean;
}

/** Words that open a relative clause after a comma ("X, who chairs the board, said"). */
const relativeOpeners = new Set(['who', 'whose', 'which']);

/** Participles that report speech even after a verb that is not itself a report. */
const sayingParticiples = wordSet(`
  say add state warn argue insist claim explain tell rule find
`);

export function findReports(discourse: Discourse, sentence: Sentence): Report[] {
  const { tokens } = sentence;
  const reports: Report[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== 'word') continue;
    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
      const report = readAccordingTo(discourse, tokens, index);
      if (report !== null) reports.push(report);
      index++;
      continue;
    }
    const verb = cueVerb(token.lower);
    if (verb === undefined) continue;
    if (token.capitalised && index > 0) continue;
    const report = verb.participle
      ? readParticiple(discourse, tokens, index, verb, reports)
      : readFinite(discourse, tokens, index, verb, reports);
    if (report === null || withinReportedClause(tokens, report, reports)) continue;
    // Its content still credits quoted words to the subject; it is just not reported speech.
    if (!verb.speech) report.indirect = false;
    reports.push(report);
    // Whoever is reported becomes the likeliest antecedent of a later "he", "she" or "they";
    // a stance verb that reported nothing ("opposed the tariffs") is an action, not speech.
    const entity = report.resolution?.entity;
    // …except for a body taking a position ("The ministry rejected that account."): the
    // statement that follows ("In a statement, it said …") is usually its own.
    const bodyStance =
      report.subject?.kind === 'organisation' || report.subject?.kind === 'organisation-noun';
    const spoke = report.indirect || report.verb?.frame !== 'stance' || bodyStance;
    if (entity != null && report.subject !== null && spoke) {
      const previous = tokens[report.subject.from - 1];
      const afterQuote =
        previous?.kind === 'quote' ||
        (previous?.text === ',' && tokens[report.subject.from - 2]?.kind === 'quote') ||
        report.subject.from > report.cueFrom;
      noteSpeaker(discourse, entity, report.subject.start, afterQuote);
    }
  }
  return reports;
}

/** Words that open an adverbial clause: what follows them is part of the sentence around. */
const adverbialOpeners = new Set(['after', 'before', 'because', 'since', 'until', 'when', 'while']);

/**
 * `It said the checks began after inspectors found “irregularities”`: a cue inside an
 * adverbial clause of what someone else is reported to have said is part of that report,
 * and its quotation is theirs, not a new speaker's.
 */
function withinReportedClause(tokens: Token[], report: Report, earlier: Report[]): boolean {
  if (report.subject === null) return false;
  const opener = tokens[report.subject.from - 1];
  if (opener?.kind !== 'word' || !adverbialOpeners.has(opener.lower)) return false;
  return earlier.some(
    (outer) =>
      outer.indirect &&
      outer.contentFrom <= report.subject!.from &&
      report.cueFrom < outer.contentTo,
  );
}

function cueWords(
  tokens: Token[],
  index: number,
  verb: CueVerb,
): { to: number; text: string } | null {
  const next = tokens[index + 1];
  const verbText = tokens[index]?.text ?? '';
  // "insisted on Tuesday that …": the preposition opens a time adverbial, not the particle.
  if (
    next !== undefined &&
    verb.particles.includes(next.lower) &&
    timeAdverbialEnd(tokens, index + 1) === index + 1
  ) {
    return { to: index + 2, text: `${verbText} ${next.text}` };
  }
  if (verb.frame === 'particle') return null;
  return { to: index + 1, text: verbText };
}

function readFinite(
  discourse: Discourse,
  tokens: Token[],
  index: number,
  verb: CueVerb,
  earlier: Report[],
): Report | null {
  let before = index;
  while (before > 0 && isVerbSideWord(tokens[before - 1]?.lower ?? '')) before--;
  const time = timeAdverbialStart(tokens, before);
  if (time > 0 && time < before) before = time;
  while (before > 0 && isVerbSideWord(tokens[before - 1]?.lower ?? '')) before--;
  const previous = tokens[before - 1];
  if (previous !== undefined && previous.kind === 'word') {
    if (isPassiveAuxiliary(previous.lower) || blocksReport(previous.lower)) return null;
    // After a determiner or preposition the word is a noun ("the notes", "in reports"), except
    // after "both" standing alone as the subject ("…: both said").
    const standingBoth =
      previous.lower === 'both' && (before - 1 === 0 || tokens[before - 2]?.kind === 'punct');
    if (
      (isDeterminer(previous.lower) && !standingBoth) ||
      (isPreposition(previous.lower) && previous.lower !== 'as')
    )
      return null;
  }
  const cue = cueWords(tokens, index, verb) ?? { to: index + 1, text: tokens[index]?.text ?? '' };
  const inverted = invertedSubject(discourse, tokens, before, cue.to);
  if (inverted !== null) {
    return {
      shape: 'finite',
      cueFrom: index,
      cueTo: cue.to,
      cue: cue.text,
      verb,
      subject: inverted.subject,
      resolution: inverted.resolution,
      contentFrom: cue.to,
      contentTo: cue.to,
      indirect: false,
    };
  }
  const search = findSubject(discourse, tokens, before);
  let subject = search.phrase;
  let resolution = subject === null ? null : resolvePhrase(discourse, subject);
  if (search.coordinated) {
    // "X declined to comment but said …": the subject of the first verb carries over, whether
    // or not that verb reported anything.
    const shared = earlier[earlier.length - 1];
    subject = shared?.subject ?? mainClauseBefore(discourse, tokens, before - 1);
    resolution =
      shared?.resolution ?? (subject === null ? null : resolvePhrase(discourse, subject));
  }
  if (subject === null || resolution === null) return null;

  const countsAsCue = cueWords(tokens, index, verb) !== null;
  const content = countsAsCue ? contentAfter(tokens, cue.to, verb) : null;
  const report: Report = {
    shape: 'finite',
    cueFrom: index,
    cueTo: cue.to,
    cue: cue.text,
    verb,
    subject,
    resolution,
    contentFrom: content?.from ?? cue.to,
    contentTo: content?.to ?? cue.to,
    indirect: content !== null,
  };
  if (content === null && countsAsCue && !search.coordinated) {
    const postposed = postposedContent(tokens, subject.from, cue.to);
    if (postposed !== null) {
      return {
        ...report,
        shape: 'postposed',
        contentFrom: postposed.from,
        contentTo: postposed.to,
        indirect: true,
      };
    }
  }
  return report;
}

/** `“…,” said the minister`: after a quotation the subject may follow its verb. */
function invertedSubject(
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
  const subject = parsePhrase(discourse.text, tokens, cueTo, end, discourse.vocabulary);
  if (subject === null) return null;
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
function findSubject(discourse: Discourse, tokens: Token[], verbIndex: number): SubjectSearch {
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
      (!innerFirst.capitalised && isGerund(innerFirst.lower)) ||
      tokens
        .slice(open + 1, verbIndex - 1)
        .some((token) => token.kind === 'word' && !token.capitalised && isFiniteVerb(token.lower));
    const inner = innerIsClause
      ? null
      : parsePhrase(text, tokens, open + 1, verbIndex - 1, vocabulary);
    const named = (phrase: NounPhrase | null): boolean =>
      phrase !== null && ['person', 'name'].includes(phrase.kind);
    // "The state railway company, Northline Rail, said": the apposition names the body.
    const namesBody =
      inner?.kind === 'organisation' && outer !== null && outer.kind === 'organisation-noun';
    if ((named(inner) && !named(outer)) || namesBody) return { phrase: inner, coordinated: false };
    return { phrase: outer, coordinated: false };
  }
  const start = phraseStartBefore(tokens, verbIndex, vocabulary);
  if (start >= verbIndex) return { phrase: null, coordinated: false };
  return { phrase: parsePhrase(text, tokens, start, verbIndex, vocabulary), coordinated: false };
}

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

interface Range {
  from: number;
  to: number;
}

const addresseeStoppers = new Set(['that', ':', ',', '.']);

/** Where the reported content after a cue starts and ends, or null when there is none. */
function contentAfter(tokens: Token[], from: number, verb: CueVerb): Range | null {
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
function clauseFollows(tokens: Token[], from: number): boolean {
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

function quoteEndsWithComma(token: Token | undefined): boolean {
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
function trimmedEnd(tokens: Token[], start: number, end: number): number {
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

/** "…, the mayor said on Monday." The clause before the comma is the content. */
function postposedContent(tokens: Token[], subjectFrom: number, cueTo: number): Range | null {
  const comma = tokens[subjectFrom - 1];
  if (comma?.text !== ',') return null;
  // Only adverbials may follow the cue ("announced on Thursday"), then perhaps a participle
  // clause of its own ("…, the ministry said in a statement, accusing …").
  let restEnd = tokens.length;
  for (let index = cueTo; index < tokens.length - 1; index++) {
    const next = tokens[index + 1];
    if (tokens[index]?.text === ',' && next !== undefined && !next.capitalised) {
      if (cueVerb(next.lower)?.participle === true) {
        restEnd = index;
        break;
      }
    }
  }
  const rest = tokens.slice(cueTo, restEnd);
  if (rest.some((token) => token.kind === 'quote' || token.text === ':')) return null;
  const trailing = rest.filter((token) => token.kind === 'word');
  if (trailing.length > 0 && !isPreposition(trailing[0]?.lower ?? '')) {
    if (rest[0]?.text !== ',') return null;
  }
  const before = tokens.slice(0, subjectFrom - 1);
  // `“…,” the minister said` attributes the quotation; a quoted word inside a longer clause
  // does not stop the clause from being reported.
  const lastBefore = before[before.length - 1];
  if (
    lastBefore?.kind === 'quote' ||
    (lastBefore?.text === ',' && before[before.length - 2]?.kind === 'quote')
  )
    return null;
  if (
    before.length > 0 &&
    before.every((token) => token.kind === 'quote' || token.kind === 'punct')
  )
    return null;
  const hasVerb = (part: Token[]): boolean => part.some((_, index) => finiteVerbAt(part, index));
  if (rest[0]?.text === ',' && rest.length > 2 && restEnd === tokens.length) {
    // "A, the minister said, depends on B": the whole sentence is reported.
    if (!hasVerb(rest)) return null;
    return { from: datelineEnd(tokens), to: trimmedEnd(tokens, 0, tokens.length) };
  }
  if (!hasVerb(before)) return null;
  const from = datelineEnd(tokens);
  return { from, to: contentEnd(tokens.slice(0, subjectFrom - 1), from) };
}

function readParticiple(
  discourse: Discourse,
  tokens: Token[],
  index: number,
  verb: CueVerb,
  earlier: Report[],
): Report | null {
  const particle = cueWords(tokens, index, verb);
  const cue = particle ?? { to: index + 1, text: tokens[index]?.text ?? '' };
  const previous = tokens[index - 1];
  let subject: NounPhrase | null = null;
  let resolution: Resolution | null = null;
  let indirect = false;
  let contentLimit = tokens.length;

  if (previous === undefined) {
    // "Stressing X, Ilse Marwick expressed Y": the subject comes after the participial clause.
    const main = mainClauseAfter(discourse, tokens, cue.to);
    if (main === null) return null;
    subject = main.subject;
    contentLimit = main.boundary;
    indirect = true;
  } else if (previous.text === ',' || quoteEndsWithComma(previous)) {
    const commaIndex = previous.text === ',' ? index - 1 : index;
    const governing = [...earlier]
      .reverse()
      .find(
        (report) =>
          (report.shape === 'finite' || report.shape === 'postposed') && report.cueFrom < index,
      );
    const appositive = appositiveSubject(discourse, tokens, commaIndex, cue.to);
    if (appositive !== null) {
      subject = appositive.subject;
      contentLimit = appositive.boundary;
      indirect = true;
    } else if (governing !== undefined) {
      subject = governing.subject;
      resolution = governing.resolution;
      indirect = governing.indirect || sayingParticiples.has(verb.lemma);
    } else {
      const main = mainClauseBefore(discourse, tokens, commaIndex);
      if (main === null) return null;
      subject = main;
      indirect = sayingParticiples.has(verb.lemma);
    }
  } else {
    return null;
  }
  if (subject === null) return null;
  resolution ??= resolvePhrase(discourse, subject);
  if (resolution === null) return null;

  let start = cue.to;
  if (tokens[start]?.lower === 'that' && clauseFollows(tokens, start + 1)) start++;
  const end = trimmedEnd(tokens, start, Math.min(contentEnd(tokens, start), contentLimit));
  const words = tokens.slice(start, end);
  if (verb.frame === 'stance' && !words.slice(0, 5).some((word) => stanceObjects.has(word.base))) {
    indirect = false;
  }
  if (verb.frame === 'as' && !words.some((word) => word.lower === 'as')) indirect = false;
  if (verb.needsThat && tokens[start - 1]?.lower !== 'that') indirect = false;
  if (verb.frame === 'dismissal' && !words.some((word) => ['as', 'that'].includes(word.lower)))
    indirect = false;
  if (end - start < 2 && tokens[start]?.kind !== 'quote') indirect = false;
  if (particle === null) indirect = false;
  return {
    shape: 'participle',
    cueFrom: index,
    cueTo: cue.to,
    cue: cue.text,
    verb,
    subject,
    resolution,
    contentFrom: start,
    contentTo: end,
    indirect,
  };
}

/** After a fronted participial clause: the comma, then the subject of the main verb. */
function mainClauseAfter(
  discourse: Discourse,
  tokens: Token[],
  from: number,
): { subject: NounPhrase; boundary: number } | null {
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    const boundary = token.text === ',' ? index : quoteEndsWithComma(token) ? index + 1 : -1;
    if (boundary < 0) continue;
    const subjectStart = index + 1;
    let verbIndex = subjectStart;
    while (
      verbIndex < tokens.length &&
      !(
        tokens[verbIndex]?.kind === 'word' &&
        !tokens[verbIndex]?.capitalised &&
        isFiniteVerb(tokens[verbIndex]?.lower ?? '')
      )
    ) {
      if (tokens[verbIndex]?.kind !== 'word') break;
      verbIndex++;
    }
    let phraseEnd = verbIndex;
    while (phraseEnd > subjectStart && isVerbSideWord(tokens[phraseEnd - 1]?.lower ?? ''))
      phraseEnd--;
    if (phraseEnd <= subjectStart || tokens[verbIndex]?.kind !== 'word') continue;
    if (phraseStartBefore(tokens, phraseEnd, discourse.vocabulary) !== subjectStart) continue;
    const subject = parsePhrase(
      discourse.text,
      tokens,
      subjectStart,
      phraseEnd,
      discourse.vocabulary,
    );
    if (subject !== null && resolvePhrase(discourse, subject) !== null) {
      return { subject, boundary };
    }
  }
  return null;
}

/**
 * A participial clause between a subject and its verb ("The striker, admitting he had struggled,
 * said …"): the subject before the first comma is the verb's.
 */
function appositiveSubject(
  discourse: Discourse,
  tokens: Token[],
  commaIndex: number,
  from: number,
): { subject: NounPhrase; boundary: number } | null {
  if (tokens[commaIndex]?.text !== ',') return null;
  const start = phraseStartBefore(tokens, commaIndex, discourse.vocabulary);
  if (start !== 0 && tokens[start - 1]?.text !== ',') return null;
  if (start >= commaIndex) return null;
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.text !== ',' && !quoteEndsWithComma(token)) continue;
    let verbIndex = index + 1;
    while (verbIndex < tokens.length && isVerbSideWord(tokens[verbIndex]?.lower ?? '')) verbIndex++;
    const verb = tokens[verbIndex];
    if (
      verb !== undefined &&
      verb.kind === 'word' &&
      !verb.capitalised &&
      isFiniteVerb(verb.lower)
    ) {
      const subject = parsePhrase(discourse.text, tokens, start, commaIndex, discourse.vocabulary);
      if (subject === null || resolvePhrase(discourse, subject) === null) return null;
      return { subject, boundary: token.text === ',' ? index : index + 1 };
    }
    return null;
  }
  return null;
}

/** The subject of the main verb before a trailing participle ("the ministers agreed …, expressing"). */
function mainClauseBefore(
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

function readAccordingTo(discourse: Discourse, tokens: Token[], index: number): Report | null {
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
