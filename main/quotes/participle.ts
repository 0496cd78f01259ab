// Participle reports: `…, saying the plan was dead`, `Noting the delay, the judge said …`, and
// a participial clause between a subject and its verb. The subject is the main clause's.
// It knows English clause shapes, not any article.

import { isFiniteVerb, isVerbSideWord, stanceObjects, type CueVerb, wordSet } from './lexicon';
import type { Discourse } from './discourse';
import { resolvePhrase, type Resolution } from './resolution';
import { parsePhrase, phraseStartBefore, type NounPhrase } from './phrases';
import type { Token } from './text-units';
import { clauseFollows, quoteEndsWithComma, contentEnd, trimmedEnd } from './content-extent';
import { cueWords, type Report } from './report-shape';
import { mainClauseBefore } from './subjects';

/** Participles that report speech even after a verb that is not itself a report. */
const sayingParticiples = wordSet(`
  say add state warn argue insist claim explain tell rule find
`);

export function readParticiple(
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
