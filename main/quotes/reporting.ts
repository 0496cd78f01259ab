// Finds reporting cues in a sentence and reads each one: who is reported (the subject of the
// verb, the source after "according to", the subject a participle leans on) and what is
// reported (the clause or content phrase after the cue, or before a post-posed cue).
// It works on one sentence's tokens plus the article's discourse; it knows English clause
// shapes, not any article.

import {
  blocksReport,
  cueVerb,
  isDeterminer,
  isGerund,
  isPassiveAuxiliary,
  isPreposition,
  isVerbSideWord,
  type CueVerb,
} from './lexicon';
import { noteSpeaker, type Discourse } from './discourse';
import { resolvePhrase } from './resolution';
import { timeAdverbialStart } from './phrases';
import type { Sentence, Token } from './text-units';
import { readAccordingTo } from './according-to';
import { contentAfter } from './content-extent';
import { readParticiple } from './participle';
import { postposedContent } from './postposed';
import { cueWords, type Report } from './report-shape';
import { invertedSubject, findSubject, mainClauseBefore } from './subjects';

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
    // "denies stealing the van": a plea to a charge, not a report of what was said.
    if (verb.lemma === 'deny' && isGerund(tokens[report.contentFrom]?.lower ?? ''))
      report.indirect = false;
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
