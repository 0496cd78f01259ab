// The figures finder: the numeric claims of a news article (amounts, percentages, counts,
// multiples), each with its normalised value, the measure it describes, its period, who
// states it and whether it is actual, a target or a forecast; and, across articles, the
// figures for one measure and period that disagree. Pure: text in, data out. It must not
// know any particular article, person or phrase; words.ts holds the general English it uses.

import { findQuotes } from '../quotes';
import { claimedByOf, kindOf } from './claim';
import { measureKey, measureOf, partiesIn, type Measure } from './measure';
import { findNumberMentions } from './numbers';
import { articleYear, periodOf } from './period';
import { clauseAround, splitSentences } from './sentences';
import type { Figure, FindFiguresOptions } from './types';

export type { Figure, FigureBound, FigureCategory, FigureKind, FindFiguresOptions } from './types';
export { findConflicts, agreeWithinRounding } from './conflicts';
export type { ConflictGroup, FigureInArticle } from './conflicts';

const BILATERAL = /\b(?:bilateral|mutual|two-way)\b/iu;

export function findFigures(text: string, options: FindFiguresOptions = {}): Figure[] {
  const mentions = findNumberMentions(text);
  if (mentions.length === 0) return [];
  const quotes = options.quotes ?? findQuotes(text).candidates;
  const year = articleYear(text, options.published);
  const sentences = splitSentences(text);
  // Where the text pairs two parties with a measure ("Norvania–Kestria trade"), a later
  // "bilateral trade" is between the same two.
  const pairedMeasures: Array<{ index: number; parties: string[] }> = [];
  const figures: Figure[] = [];
  let previous: { figure: Figure; paragraph: number; sentence: number } | null = null;
  let sentenceIndex = 0;
  for (const mention of mentions) {
    while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex]!.end <= mention.start)
      sentenceIndex += 1;
    const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length, paragraph: 0 };
    const clause = clauseAround(text, sentence, mention.start, mention.end);
    let measure: Measure = measureOf(text, clause, mention);
    // A figure alone in its clause ("a goal for trade was announced – $66 billion") takes
    // its measure from the rest of the sentence.
    if (measure.head === null && (clause.start > sentence.start || clause.end < sentence.end))
      measure = measureOf(text, sentence, mention);
    if (measure.parties.length > 0)
      pairedMeasures.push({ index: mention.start, parties: measure.parties });
    // A count of things ("224 projects") is a stock, not a flow: a year elsewhere in the
    // sentence is not its period. A count in units ("8 million tonnes") is a flow like money.
    const countsThings = mention.category === 'count' && measure.head === mention.unit;
    const expected = kindOf(text, sentence, clause, mention.start, mention.end, false) !== 'actual';
    let { period, ahead } = periodOf(text, clause, mention.start, mention.end, year, expected);
    if (period === null) {
      const inSentence = periodOf(text, sentence, mention.start, mention.end, year, expected);
      if (inSentence.period !== null && !countsThings) ({ period, ahead } = inSentence);
    }
    // "The other side puts it at $12 billion": a figure with no measure of its own, right
    // after another, is a second estimate of the same thing.
    const anaphoric =
      measure.head === null &&
      (mention.category === 'amount' || mention.category === 'count') &&
      previous !== null &&
      previous.paragraph === sentence.paragraph &&
      sentenceIndex - previous.sentence <= 1 &&
      previous.figure.unit === mention.unit;
    if (anaphoric && previous) period ??= previous.figure.period;
    // A year stated for one amount carries on through the next sentence of the paragraph
    // ("Last year X reached $9 billion. Y contributed 46%.") until another year is stated.
    if (
      period === null &&
      previous !== null &&
      !countsThings &&
      previous.paragraph === sentence.paragraph &&
      sentenceIndex - previous.sentence <= 1 &&
      previous.figure.kind === 'actual' &&
      !expected &&
      !/\b(?:since|(?:19|20)\d{2})\b/u.test(text.slice(sentence.start, sentence.end))
    )
      period = previous.figure.period;
    if (
      measure.head !== null &&
      measure.parties.length === 0 &&
      BILATERAL.test(measure.subject ?? '')
    ) {
      const paired =
        [...pairedMeasures].reverse().find((entry) => entry.index < mention.start) ??
        partiesIn(text, { start: 0, end: mention.start }).at(-1);
      if (paired) measure.parties = paired.parties;
    }
    const figure: Figure = {
      start: mention.start,
      end: mention.end,
      exact: mention.exact,
      value: mention.value,
      unit: mention.unit,
      category: mention.category,
      precision: mention.precision,
      bound: mention.bound,
      subject: measure.subject,
      measure: anaphoric && previous ? previous.figure.measure : measureKey(measure),
      period,
      claimedBy: claimedByOf(text, sentence, clause, mention.start, mention.end, quotes),
      kind: kindOf(text, sentence, clause, mention.start, mention.end, ahead),
    };
    if (anaphoric && previous && figure.subject === null) figure.subject = previous.figure.subject;
    figures.push(figure);
    previous = { figure, paragraph: sentence.paragraph, sentence: sentenceIndex };
  }
  return figures;
}
