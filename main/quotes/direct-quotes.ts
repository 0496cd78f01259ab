// Decides, for each outermost quotation, whether it is someone's words (direct) or a quoted
// term, and whose words they are: an attribution right after it ("…,” he said) or right before
// it (She added: “…”), a reporting verb it completes (praised “…”), a reported clause it sits
// in (said he was ‘saddened’), or the speaker of the quotation before it in the same passage.
// It knows the shapes of quotation in news English, not any article.

import {
  cueVerb,
  firstPersonWords,
  isCopula,
  isDeterminer,
  isFiniteVerb,
  isGerund,
  isPreposition,
  isVerbSideWord,
  wordSet,
} from './lexicon';
import type { Resolution } from './resolution';
import { finiteVerbAt } from './content-extent';
import type { Report } from './report-shape';
import type { Sentence, Token } from './text-units';

export interface QuoteAttribution {
  kind: 'direct' | 'term';
  resolution: Resolution | null;
  cue: string | null;
  /** how the quotation was attributed; "continuation" and "none" are guesses or gaps */
  via: 'after' | 'before' | 'partial' | 'inside' | 'guess' | 'continuation' | 'none';
}

const auxiliaryWords = wordSet(`
  is are was were be been being has have had will would could should can may might must not
  never
`);

export function attributeQuote(
  tokens: Token[],
  index: number,
  reports: Report[],
): QuoteAttribution | null {
  const after = reportAfter(tokens, index, reports);
  if (after !== null)
    return { kind: 'direct', resolution: after.resolution, cue: after.cue, via: 'after' };
  const before = reportBefore(tokens, index, reports);
  if (before !== null && before.gap === 'introduces') {
    return {
      kind: 'direct',
      resolution: before.report.resolution,
      cue: before.report.cue,
      via: 'before',
    };
  }
  // "Crew members nicknamed the shoot “The Long Night”": what a subject calls something is
  // their words, even when it is a title or a label before a noun.
  if (before !== null && before.gap === 'object' && namesObject(before.report)) {
    return {
      kind: 'direct',
      resolution: before.report.resolution,
      cue: before.report.cue,
      via: 'partial',
    };
  }
  const token = tokens[index];
  // "the so-called “X”" distances the writer from a word, and "“X”, a term for …" glosses it:
  // either way the writer is naming a word, not quoting anyone.
  if (
    token === undefined ||
    looksLikeName(tokens, index) ||
    tokens[index - 1]?.lower === 'so-called' ||
    glossed(tokens, index) ||
    passiveNaming(tokens, index)
  )
    return { kind: 'term', resolution: null, cue: null, via: 'none' };
  if (before !== null) {
    return {
      kind: 'direct',
      resolution: before.report.resolution,
      cue: before.report.cue,
      via: 'partial',
    };
  }
  const characterised = characterisingReport(tokens, index, reports);
  if (characterised !== null) {
    return {
      kind: 'direct',
      resolution: characterised.resolution,
      cue: characterised.cue,
      via: 'partial',
    };
  }
  // Quoted words inside someone's reported clause are that speaker's words (a quoted name was
  // set aside as a term above). Inside a noun phrase that a verb reports ("confirmed its
  // readiness to build a “X”") a quoted concept is a term unless it sounds like speech.
  const around = innermostReport(index, reports);
  if (around !== null) {
    const speechLike = soundsLikeWords(tokens, index);
    if (speechLike || (around.indirect && reportsClause(tokens, around, index))) {
      return {
        kind: 'direct',
        resolution: around.resolution,
        cue: around.cue,
        via: speechLike ? 'inside' : 'guess',
      };
    }
  }
  return null;
}

const glossNouns = wordSet(`term phrase word expression name label nickname shorthand euphemism`);

/** `a “digital sunset”, a term for …`: the writer explains the quoted word. */
function glossed(tokens: Token[], index: number): boolean {
  if (tokens[index + 1]?.text !== ',') return false;
  const article = tokens[index + 2]?.lower ?? '';
  if (!['a', 'an', 'the'].includes(article)) return false;
  for (let offset = 3; offset <= 4; offset++) {
    if (glossNouns.has(tokens[index + offset]?.lower ?? '')) return true;
  }
  return false;
}

/** A verb that gives its object a name: call, dub, nickname, brand, term, label. */
function namesObject(report: Report): boolean {
  const verb = report.verb;
  if (verb === null || report.subject === null) return false;
  return verb.frame === 'naming' || verb.lemma === 'call' || verb.lemma === 'label';
}

/** `“…,” the minister said` / `“…”, Marek stressed` / `“…,” said Smith` / `“…,” according to X`. */
function reportAfter(tokens: Token[], index: number, reports: Report[]): Report | null {
  let next = index + 1;
  if (tokens[next]?.text === ',') next++;
  for (const report of reports) {
    if (report.cueFrom < next || report.resolution === null) continue;
    if (report.shape === 'according') return report.cueFrom === next ? report : null;
    const subject = report.subject;
    if (subject === null) continue;
    // An attribution after a quotation has no object of its own: `“…,” X expressed Y` is a new
    // clause that the quotation ends, not its attribution.
    if (report.indirect && report.contentTo > report.contentFrom) return null;
    if (
      subject.from === next &&
      (onlyVerbSideWords(tokens, subject.to, report.cueFrom) ||
        apposition(tokens, subject.to, report.cueFrom))
    )
      return report;
    if (report.cueFrom === next && subject.from >= report.cueTo) return report;
    // `“…,” its chief executive, X Y, said`: the role before the name is the lead-in.
    if (
      subject.from > next &&
      roleLeadIn(tokens, next, subject.from) &&
      tokens[subject.to]?.text === ',' &&
      onlyVerbSideWords(tokens, subject.to + 1, report.cueFrom)
    )
      return report;
    return null;
  }
  return null;
}

/** `its chief executive,` before a name in apposition: words with no verb, then a comma. */
function roleLeadIn(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to - 1]?.text !== ',' || to - 1 - from < 1 || to - 1 - from > 6) return false;
  return tokens
    .slice(from, to - 1)
    .every(
      (token) =>
        token.kind === 'word' &&
        !(!token.capitalised && isFiniteVerb(token.lower)) &&
        !isVerbSideWord(token.lower),
    );
}

/** `“…,” X, the shop steward, said`: a parenthesis between the subject and its verb. */
function apposition(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from]?.text !== ',' || tokens[to - 1]?.text !== ',' || to - from < 3) return false;
  return tokens
    .slice(from + 1, to - 1)
    .every(
      (token) =>
        token.kind !== 'quote' &&
        token.text !== ',' &&
        !(token.kind === 'word' && !token.capitalised && isFiniteVerb(token.lower)),
    );
}

function onlyVerbSideWords(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    if (!isVerbSideWord(tokens[index]?.lower ?? '')) return false;
  }
  return true;
}

interface ReportBefore {
  report: Report;
  /** "introduces": `He said: “…”`; "object": the quotation completes the verb (`praised “…”`) */
  gap: 'introduces' | 'object';
}

/** A report whose cue comes shortly before the quotation, with nothing but its object between. */
function reportBefore(tokens: Token[], index: number, reports: Report[]): ReportBefore | null {
  let last = index - 1;
  let separated = false;
  if (tokens[last]?.text === ':' || tokens[last]?.text === ',') {
    separated = true;
    last--;
  }
  const candidates = reports.filter(
    (report) => report.cueTo - 1 <= last && report.resolution !== null,
  );
  const report = candidates[candidates.length - 1];
  if (report === undefined) return null;
  const gap = tokens.slice(report.cueTo, last + 1);
  if (gap.some((token) => token.kind === 'quote')) return null;
  if (gap.length === 0) return { report, gap: separated ? 'introduces' : 'object' };
  if (gap.length > 7) return null;
  const words = gap.filter((token) => token.kind === 'word');
  if (
    gap.some(
      (token) =>
        token.kind === 'punct' && token.text !== ',' && token.text !== '’' && token.text !== "'",
    )
  )
    return null;
  // A verb, gerund or infinitive between the cue and the quotation makes it part of a longer
  // object ("criticized X for launching a “price war”"), where quoted words are usually terms.
  // An -ing word after a determiner is a noun ("called the ruling “…”").
  const deeper = words.some(
    (token, position) =>
      !token.capitalised &&
      ((isFiniteVerb(token.lower) && !auxiliaryWords.has(token.lower)) ||
        (isGerund(token.lower) && !isDeterminer(words[position - 1]?.lower ?? ''))),
  );
  if (deeper) return null;
  // "told reporters: “…”", "said on Monday, “…”"
  if (separated) return { report, gap: 'introduces' };
  const infinitive = words.some(
    (token, position) =>
      token.lower === 'to' &&
      position < words.length - 1 &&
      !isDeterminer(words[position + 1]?.lower ?? ''),
  );
  if (infinitive) return null;
  return { report, gap: 'object' };
}

/**
 * `described the scheme, which ran for years, as “…”`, `accused officials of treating schools
 * as “…”`: a characterising verb reaches its "as" (or "of") complement across a longer object
 * than reportBefore allows, as long as no other clause or quotation comes between.
 */
function characterisingReport(tokens: Token[], index: number, reports: Report[]): Report | null {
  const previous = tokens[index - 1];
  if (previous?.kind !== 'word' || !['as', 'of', 'for'].includes(previous.lower)) return null;
  for (let cursor = reports.length - 1; cursor >= 0; cursor--) {
    const report = reports[cursor];
    if (report === undefined || report.resolution === null || report.cueTo > index) continue;
    const frame = report.verb?.frame;
    const characterising =
      frame === 'as' ||
      frame === 'dismissal' ||
      frame === 'naming' ||
      report.verb?.speech === false;
    if (!characterising || index - report.cueTo > 20) return null;
    const between = tokens.slice(report.cueTo, index);
    if (between.some((token) => token.kind === 'quote' || [';', ':'].includes(token.text)))
      return null;
    return report;
  }
  return null;
}

/** The report's content is a clause: a finite verb of its own before the quotation. */
function reportsClause(tokens: Token[], report: Report, index: number): boolean {
  for (let position = report.contentFrom; position < index; position++) {
    const token = tokens[position];
    if (token?.kind === 'word' && !token.capitalised && finiteVerbAt(tokens, position)) return true;
  }
  return false;
}

function innermostReport(index: number, reports: Report[]): Report | null {
  let best: Report | null = null;
  for (const report of reports) {
    if (report.resolution === null) continue;
    if (report.contentFrom <= index && index < report.contentTo) {
      if (best === null || report.contentFrom >= best.contentFrom) best = report;
    }
  }
  return best;
}

function innerText(token: Token): string {
  return token.quote === undefined
    ? token.text
    : token.text.slice(token.quote.start - token.start, token.quote.end - token.start).trim();
}

function innerWords(token: Token): string[] {
  const inner =
    token.quote === undefined
      ? token.text
      : token.text.slice(token.quote.start - token.start, token.quote.end - token.start);
  return inner.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
}

const adverbs = wordSet(`regardless anyway instead again too though either already still`);

/** `known locally as “…”`, `billed as “…”`: a passive naming with no one doing it. */
function passiveNaming(tokens: Token[], index: number): boolean {
  if (tokens[index - 1]?.lower !== 'as') return false;
  for (let back = index - 2; back >= Math.max(0, index - 6); back--) {
    const token = tokens[back];
    if (token === undefined || token.kind !== 'word') return false;
    if (['known', 'billed', 'styled', 'marketed', 'sold'].includes(token.lower)) return true;
  }
  return false;
}

/** A quoted name or title ("Move Tarnbury", "Miracle of March") or a label before a noun. */
function looksLikeName(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  const words = innerWords(token);
  if (words.length === 0) return true;
  const content = words.filter((word) => word.length > 3 || /^\p{Lu}/u.test(word));
  const titleCase = content.length > 0 && content.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
  // A capitalised first word then a full stop is a sentence ("Someone has to be."), not a title.
  const sentence = /[.!?…]$/u.test(innerText(token)) && words.some((word) => /^\p{Ll}/u.test(word));
  if (titleCase && words.length <= 6 && !sentence) return true;
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  // A quoted label used as a modifier after a determiner: the “G7 + 2” format, its “hub and
  // spoke” model, the ‘Night Tide’ concerts.
  const determined =
    previous?.kind === 'word' &&
    (isDeterminer(previous.lower) || previous.lower === 'whose' || /[’']s$/u.test(previous.text));
  if (
    determined &&
    next?.kind === 'word' &&
    !next.lower.endsWith('ly') &&
    !adverbs.has(next.lower) &&
    !next.capitalised &&
    !isPreposition(next.lower) &&
    !isFiniteVerb(next.lower) &&
    cueVerb(next.lower) === undefined &&
    !['and', 'or', 'but', 'that', 'which', 'who', 'as', 'than', 'rather'].includes(next.lower)
  ) {
    return words.length <= 6;
  }
  return false;
}

/**
 * Inside a reported clause, a quotation is the speaker's words when it is a predicate or a
 * fragment of speech (‘saddened’, ‘with no choice’, "the last thing we need"), and a term
 * when it is a concept after an article ("a “price war”").
 */
function soundsLikeWords(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  const words = innerWords(token).map((word) => word.toLowerCase());
  if (words.some((word) => firstPersonWords.has(word))) return true;
  const previous = tokens[index - 1];
  if (
    previous?.kind === 'word' &&
    (isCopula(previous.lower) || auxiliaryWords.has(previous.lower))
  ) {
    return true;
  }
  // Straight after a verb the quotation is what the verb did or said ("was costing ‘tens of
  // thousands’", "had attached «unacceptable conditions»"); terms follow an article instead.
  if (previous?.kind === 'word' && (finiteVerbAt(tokens, index - 1) || isGerund(previous.lower))) {
    return true;
  }
  const first = words[0] ?? '';
  if (
    isPreposition(first) ||
    first === 'as' ||
    first.endsWith('ly') ||
    first === 'never' ||
    first === 'not'
  ) {
    return true;
  }
  if (words.length <= 2 && first.endsWith('ed')) return true;
  return false;
}

/** The quotation fills its sentence, apart from punctuation. */
export function standsAlone(sentence: Sentence, index: number): boolean {
  return sentence.tokens.every((token, position) => position === index || token.kind === 'punct');
}

/** Full sentences in quotation marks are someone's words even without an attribution. */
export function isUtterance(token: Token): boolean {
  const words = innerWords(token);
  if (words.length === 0) return false;
  const inner =
    token.quote === undefined
      ? token.text
      : token.text.slice(token.quote.start - token.start, token.quote.end - token.start).trim();
  if (words.some((word) => firstPersonWords.has(word.toLowerCase()))) return true;
  return words.length >= 5 && /^\p{Lu}/u.test(inner) && /[.!?,…]$/u.test(inner);
}
