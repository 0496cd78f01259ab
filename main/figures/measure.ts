// What a figure measures: the noun phrase it attaches to ("Norvania–Kestria trade turnover",
// "investment projects") and a key that lets figures of the same measure from different
// articles be compared ("trade (Kestria–Norvania)"). Knows no period, source or kind.

import { FORECAST_CUES, FUNCTION_WORDS, REPORTING_VERBS, TARGET_CUES, wordSet } from './words';
import type { NumberMention } from './numbers';
import type { Span } from './sentences';

/** Nouns that name an economic or material measure a figure can be "of". */
const MEASURE_HEADS = wordSet(`
  trade turnover volume investment investments exports export imports import gdp output
  production revenue revenues budget deficit surplus debt loans loan aid assistance inflation
  growth freight cargo traffic capacity reserves spending funding financing sales income value
  cost costs price prices share tourists tourism remittances transit unemployment population
  emissions consumption supply demand grants contracts deals capital shipments throughput
  passengers expenditure numbers
`);

/** Heads that name the same measure, so "turnover" and "bilateral trade" compare. */
const HEAD_FAMILIES: ReadonlyMap<string, string> = new Map([
  ['turnover', 'trade'],
  ['investments', 'investment'],
  ['capital', 'investment'],
  ['exports', 'export'],
  ['imports', 'import'],
  ['revenues', 'revenue'],
  ['loans', 'loan'],
  ['costs', 'cost'],
  ['prices', 'price'],
  ['cargo', 'freight'],
  ['shipments', 'freight'],
  ['expenditure', 'spending'],
]);

/** Words a measure phrase is only the frame of: "the volume of trade" is trade. */
const FRAME_HEADS = wordSet('volume value share growth level amount total');

/** Verbs a measure's noun phrase stops at ("raise trade turnover" is trade turnover). */
const PHRASE_STOPS = new Set([
  ...wordSet(`
    reached reach reaches stood amounted totalled totaled was were is rose fell grew climbed hit
    raise raised increase increased boost boosted bring brought expand expanded lift cut reduce
    double doubled exceed exceeded surpassed hitting reaching
  `),
  ...REPORTING_VERBS,
  ...FORECAST_CUES,
  ...TARGET_CUES,
]);

/** Units of measure a count is written in: the thing measured is named before them. */
const MEASURE_UNITS = wordSet(`
  tonnes tons km kilometres kilometers kg barrels litres liters metres meters hectares ha
  mw gw kwh bcm cubic teu
`);

/** Demonyms that do not follow the -ian, -i, -ese patterns, mapped to their country. */
const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['chinese', 'China'],
  ['sino', 'China'],
  ['kazakh', 'Kazakhstan'],
  ['uzbek', 'Uzbekistan'],
  ['kyrgyz', 'Kyrgyzstan'],
  ['tajik', 'Tajikistan'],
  ['turkmen', 'Turkmenistan'],
  ['afghan', 'Afghanistan'],
  ['american', 'United States'],
  ['us', 'United States'],
  ['u.s.', 'United States'],
  ['british', 'United Kingdom'],
  ['french', 'France'],
  ['german', 'Germany'],
  ['turkish', 'Turkey'],
  ['japanese', 'Japan'],
  ['eu', 'European Union'],
  ['european', 'European Union'],
]);

export interface Measure {
  subject: string | null;
  /** the normalised head ("trade") and the parties it is between, sorted */
  head: string | null;
  parties: string[];
}

// The last text's answers: a demonym recurs through an article, and each check is a scan of it.
let placeChecks: { text: string; named: Map<string, boolean> } | null = null;

/** Whether the text names `place` as a word. */
function namesPlace(text: string, place: string): boolean {
  if (placeChecks?.text !== text) placeChecks = { text, named: new Map() };
  let named = placeChecks.named.get(place);
  if (named === undefined) {
    named = new RegExp(`(?<![\\p{L}])${place}(?![\\p{L}])`, 'u').test(text);
    placeChecks.named.set(place, named);
  }
  return named;
}

/** A place as the text names it elsewhere: "Norvanian" is Norvania where the text says so. */
function placeOf(text: string, word: string): string {
  const known = DEMONYMS.get(word.toLowerCase());
  if (known) return known;
  for (const [ending, replacement] of [
    ['ian', 'ia'],
    ['an', 'a'],
    ['i', ''],
    ['ese', 'a'],
  ] as const) {
    if (word.endsWith(ending) && word.length > ending.length + 2) {
      const place = word.slice(0, word.length - ending.length) + replacement;
      if (namesPlace(text, place)) return place;
    }
  }
  return word;
}

const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]+`;
const PAIR = new RegExp(
  String.raw`(?<![\p{L}])((?:${NAME} )?${NAME})\s?[–—/-]\s?(${NAME})(?![\p{L}])`,
  'gu',
);
const BETWEEN = new RegExp(
  String.raw`\bbetween (?:the )?((?:${NAME} )?${NAME})(?: countries| states| nations)? and (?:the )?((?:${NAME} )?${NAME})`,
  'gu',
);

/** Pairs of parties written in a span ("Norvania–Kestria", "between X and Y"), with offsets. */
export function partiesIn(text: string, span: Span): Array<{ index: number; parties: string[] }> {
  const body = text.slice(span.start, span.end);
  const found: Array<{ index: number; parties: string[] }> = [];
  for (const pattern of [PAIR, BETWEEN]) {
    for (const match of body.matchAll(pattern)) {
      const parties = [placeOf(text, match[1]!), placeOf(text, match[2]!)].sort();
      if (parties[0] !== parties[1]) found.push({ index: span.start + match.index, parties });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function tokens(text: string, span: Span): Token[] {
  const body = text.slice(span.start, span.end);
  return [
    ...body.matchAll(
      /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu,
    ),
  ].map((match) => ({
    text: match[0],
    lower: match[0].toLowerCase(),
    start: span.start + match.index,
    end: span.start + match.index + match[0].length,
  }));
}

function isWord(token: Token): boolean {
  return /^[\p{L}]/u.test(token.text);
}

/** The noun phrase ending at tokens[head] (and a second head right after it), leftwards. */
function phraseAt(text: string, list: Token[], head: number): { start: number; end: number } {
  let first = head;
  while (first > 0) {
    const previous = list[first - 1]!;
    if (previous.lower === 'of' && first >= 2 && FRAME_HEADS.has(list[first - 2]!.lower)) {
      first -= 2;
      continue;
    }
    if (!isWord(previous) && !/^[–—-]$/u.test(previous.text)) break;
    if (isWord(previous) && FUNCTION_WORDS.has(previous.lower)) break;
    if (PHRASE_STOPS.has(previous.lower)) break;
    first -= 1;
  }
  let last = head;
  const next = list[head + 1];
  if (next && MEASURE_HEADS.has(next.lower) && !FRAME_HEADS.has(list[head]!.lower)) last = head + 1;
  return { start: list[first]!.start, end: list[last]!.end };
}

function headOf(list: Token[], from: number, to: number): string | null {
  let chosen: string | null = null;
  for (let index = from; index <= to; index += 1) {
    const token = list[index]!;
    if (!MEASURE_HEADS.has(token.lower)) continue;
    const family = HEAD_FAMILIES.get(token.lower) ?? token.lower;
    // "the volume of trade": the frame gives way to what it frames.
    // "the volume of trade" is trade, "freight volume" freight, "budget deficit" a deficit.
    if (chosen === null || !FRAME_HEADS.has(family)) chosen = family;
  }
  return chosen;
}

/**
 * The measure of a figure from its clause: a counted noun names its own measure (unless it is
 * a unit such as tonnes); otherwise the nearest measure noun before the figure, else the one
 * after it ("$26 billion in investments", "worth of projects").
 */
export function measureOf(text: string, clause: Span, mention: NumberMention): Measure {
  if (mention.category === 'count' && mention.countedPhrase && !MEASURE_UNITS.has(mention.unit)) {
    const words = mention.countedPhrase.toLowerCase().split(/\s+/u);
    const head = words.at(-1)!;
    return { subject: mention.countedPhrase, head: head, parties: [] };
  }
  const list = tokens(text, clause);
  const at = list.findIndex((token) => token.start >= mention.start);
  const figureIndex = at === -1 ? list.length : at;
  for (let index = figureIndex - 1; index >= 0; index -= 1) {
    if (!MEASURE_HEADS.has(list[index]!.lower)) continue;
    // A percentage "of" something is a share of it; its measure is what came before.
    const span = phraseAt(text, list, index);
    const startIndex = list.findIndex((token) => token.start === span.start);
    const endIndex = list.findIndex((token) => token.end === span.end);
    return {
      subject: text.slice(span.start, span.end),
      head: headOf(list, startIndex, endIndex),
      parties: partiesAround(text, span),
    };
  }
  const afterEnd = list.findIndex((token) => token.start >= mention.end);
  if (afterEnd !== -1) {
    for (let index = afterEnd; index < Math.min(list.length, afterEnd + 5); index += 1) {
      if (!MEASURE_HEADS.has(list[index]!.lower)) continue;
      const span = phraseAt(text, list, index);
      const start = Math.max(span.start, list[afterEnd]!.start);
      const startIndex = list.findIndex((token) => token.start >= start);
      return {
        subject: text.slice(start, span.end).replace(/^(?:in|of|worth of|worth)\s+/u, ''),
        head: headOf(list, startIndex, index + 1 < list.length ? index + 1 : index),
        parties: partiesIn(text, { start, end: span.end }).at(-1)?.parties ?? [],
      };
    }
  }
  return { subject: null, head: null, parties: [] };
}

const WITH = new RegExp(
  String.raw`^\s+(?:between (?:the )?((?:${NAME} )?${NAME})(?: countries| states| nations)? and (?:the )?((?:${NAME} )?${NAME})|of (?:the )?((?:${NAME} )?${NAME})(?: countries| states| nations)? with (?:the )?((?:${NAME} )?${NAME})|with (?:the )?((?:${NAME} )?${NAME}))`,
  'u',
);

/**
 * The parties of a measure phrase: a pair written in it ("Norvania–Kestria trade"), or right
 * after it ("trade between X and Y", "trade of the X countries with Y"); "X's trade with Y"
 * and "trade with Y" after a possessive take the owner as the other party.
 */
function partiesAround(text: string, span: Span): string[] {
  const inside = partiesIn(text, span).at(-1)?.parties;
  if (inside) return inside;
  const after = WITH.exec(text.slice(span.end, span.end + 120));
  if (!after) return [];
  let pair: Array<string | undefined> = [after[1] ?? after[3], after[2] ?? after[4]];
  if (after[5]) {
    const owner =
      /((?:\p{Lu}[\p{Ll}\p{M}]+ )?\p{Lu}[\p{Ll}\p{M}]+)[’']s\s+(?:\p{Ll}+\s+){0,3}$/u.exec(
        text
          .slice(Math.max(0, span.start - 40), span.start + 1 + (span.end - span.start))
          .slice(0, -(span.end - span.start)),
      );
    pair = [owner?.[1], after[5]];
  }
  if (!pair[0] || !pair[1]) return [];
  const parties = [
    placeOf(text, pair[0].replace(/ (?:countries|states|nations)$/u, '')),
    placeOf(text, pair[1]),
  ].sort();
  return parties[0] === parties[1] ? [] : parties;
}

/** The comparable key of a measure, or null when the figure's measure is unknown. */
export function measureKey(measure: Measure): string | null {
  if (!measure.head) return null;
  return measure.parties.length > 0
    ? `${measure.head} (${measure.parties.join('–')})`
    : measure.head;
}
