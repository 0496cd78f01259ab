// Finds the numbers in a text that are figures and normalises each: amounts with their
// currency and magnitude, percentages, counts of things and multiples ("doubled", "half").
// Dates, years, ordinals, durations, labels ("Article 5") and definitional counts ("the five
// states") are left out. Knows no measure, period or source: those are other seams.

import {
  COUNT_SYNONYMS,
  CURRENCY_PREFIXES,
  CURRENCY_WORDS,
  DEFINITE_BEFORE,
  DURATION_NOUNS,
  FUNCTION_WORDS,
  HEDGES,
  IRREGULAR_PLURALS,
  LABEL_BEFORE,
  MAGNITUDES,
  MONTHS,
  NUMBER_WORDS,
} from './words';
import type { FigureBound, FigureCategory } from './types';

export interface NumberMention {
  start: number;
  end: number;
  exact: string;
  value: number;
  unit: string;
  category: FigureCategory;
  precision: number;
  bound: FigureBound;
  /** for a count, the words between the number and its noun, and the noun, as written */
  countedPhrase: string | null;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*|\S/gu;

/** The word that ends right before `index` (skipping spaces), or null. */
function wordBefore(text: string, index: number): Word | null {
  let end = index;
  // An opening quote mark hides nothing: "the “three forces”" is still "the three".
  while (end > 0 && /[\s“‘"«]/u.test(text[end - 1]!)) end -= 1;
  let start = end;
  while (start > 0 && /[\p{L}\p{M}.'’]/u.test(text[start - 1]!)) start -= 1;
  if (start === end) return end > 0 ? { text: text[end - 1]!, start: end - 1, end } : null;
  return { text: text.slice(start, end), start, end };
}

/** The words after `index` up to the end of its sentence-ish run, at most `limit`. */
function wordsAfter(text: string, index: number, limit: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = index;
  let match: RegExpExecArray | null;
  while (words.length < limit && (match = WORD.exec(text)) !== null) {
    if (/\n\s*\n/u.test(text.slice(words.at(-1)?.end ?? index, match.index))) break;
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** Digits and a decimal part times ten to `exponent`, without binary rounding on the way. */
export function scaledValue(digits: string, exponent: number): number {
  const [whole = '0', fraction = ''] = digits.replace(/,/gu, '').split('.');
  const mantissa = `${whole}${fraction}`.replace(/^0+(?=\d)/u, '');
  const shift = exponent - fraction.length;
  return Number(shift >= 0 ? `${mantissa}${'0'.repeat(shift)}` : `${mantissa}e${shift}`);
}

// Compiled once: an article has dozens of numbers, each checked against every hedge and sign.
const HEDGE_PATTERNS = HEDGES.map(
  ([phrase, bound]) => [new RegExp(`(?:^|[^\\p{L}])${phrase}\\s*$`, 'u'), bound] as const,
);
const CURRENCY_PATTERNS = CURRENCY_PREFIXES.map(
  ([sign, code]) =>
    [new RegExp(`(?:^|[^\\p{L}])(${sign.replace(/\$/gu, '\\$')}) ?$`, 'u'), code] as const,
);

function hedgeBefore(text: string, start: number): FigureBound {
  const before = text.slice(Math.max(0, start - 20), start).toLowerCase();
  for (const [pattern, bound] of HEDGE_PATTERNS) if (pattern.test(before)) return bound;
  return 'exact';
}

function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return /^\p{L}[\p{L}-]*[^su]s$/u.test(lower) && !/(?:ss|us|is|ous)$/u.test(lower);
}

/**
 * The counted noun after a number: up to three modifiers, then a plural noun. Null when the
 * words after are no noun phrase, or name a span of time.
 */
function countedNoun(text: string, end: number): { phrase: string; noun: string } | null {
  if (/^[-–]\p{L}/u.test(text.slice(end, end + 2))) return null;
  let from = end;
  // "Three out of the five states": the count is of what the whole is made of.
  const partOf = /^\s+out of (?:the )?(?:\d+|\p{L}+)(?=\s)/u.exec(text.slice(end, end + 40));
  if (partOf) from = end + partOf[0].length;
  const words = wordsAfter(text, from, 4);
  const modifiers: string[] = [];
  for (const word of words) {
    if (!/^\p{L}/u.test(word.text)) return null;
    const lower = word.text.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || (MONTHS.has(lower) && modifiers.length === 0)) return null;
    if (isPluralNoun(word.text)) {
      if (DURATION_NOUNS.has(lower)) return null;
      const phrase = text.slice(words[0]!.start, word.end);
      return { phrase, noun: COUNT_SYNONYMS.get(lower) ?? lower };
    }
    // "a two day visit" written without its hyphen is a duration too.
    if (DURATION_NOUNS.has(lower)) return null;
    modifiers.push(word.text);
    if (modifiers.length > 3) return null;
  }
  return null;
}

/**
 * "the number of patients to reach 1.5 million": a count with a magnitude and no noun after it
 * counts what "the number of" before it names.
 */
function numberOf(
  text: string,
  start: number,
  end: number,
  exponent: number,
): { phrase: string; noun: string } | null {
  if (exponent === 0 || !/^(?:[\s,.;)]|$)/u.test(text.slice(end, end + 1))) return null;
  const before = text.slice(Math.max(0, start - 80), start);
  const match = /\b(?:number|total|count) of ([\p{L}-]+)[^.;]*$/iu.exec(before);
  if (!match || !isPluralNoun(match[1]!)) return null;
  const noun = match[1]!.toLowerCase();
  return { phrase: match[1]!, noun: COUNT_SYNONYMS.get(noun) ?? noun };
}

/** A currency sign or code written right before `start` (a space between allowed). */
function currencyBefore(text: string, start: number): { code: string; start: number } | null {
  const before = text.slice(Math.max(0, start - 5), start);
  for (const [pattern, code] of CURRENCY_PATTERNS) {
    const match = pattern.exec(before);
    if (match) {
      const signIndex = match.index + match[0].lastIndexOf(match[1]!);
      return { code, start: start - before.length + signIndex };
    }
  }
  return null;
}

const DIGITS = /(?<![\p{L}\p{N}+/:.,-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\p{N}]|[.,]\d)/gu;
const SPELLED = new RegExp(
  `(?<![\\p{L}-])(a dozen|${[...NUMBER_WORDS.keys()].join('|')})(?![\\p{L}])`,
  'giu',
);

function nearDate(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  if (before && MONTHS.has(before.text.toLowerCase().replace(/\.$/u, ''))) return true;
  const [after] = wordsAfter(text, end, 1);
  return Boolean(after && MONTHS.has(after.text.toLowerCase()) && after.start - end <= 1);
}

function numberMention(
  text: string,
  start: number,
  end: number,
  digits: string,
  spelled: boolean,
): NumberMention | null {
  const decimals = digits.split('.')[1]?.length ?? 0;
  let cursor = end;
  const rest = text.slice(end, end + 24);
  if (!spelled && /^(?:st|nd|rd|th)\b/iu.test(rest)) return null;
  if (!spelled && /^[:/]\d/u.test(rest)) return null;
  if (!spelled && /^[-–]\d/u.test(rest) && /^\d{4}$/u.test(digits)) return null;
  let exponent = 0;
  const magnitude = /^ ?([\p{L}]+)(?![\p{L}])/u.exec(rest);
  if (magnitude && MAGNITUDES.has(magnitude[1]!.toLowerCase())) {
    const word = magnitude[1]!;
    const attached = !magnitude[0].startsWith(' ');
    // A one-letter abbreviation stands for a magnitude only written against the number.
    if (word.length > 1 || attached) {
      exponent = MAGNITUDES.get(word.toLowerCase())!;
      cursor = end + magnitude[0].length;
    }
  } else if (!spelled && /^\p{L}/u.test(rest)) {
    return null;
  }
  const prefix = spelled ? null : currencyBefore(text, start);
  let unit: string | null = prefix?.code ?? null;
  let category: FigureCategory | null = prefix ? 'amount' : null;
  const first = prefix?.start ?? start;
  const after = text.slice(cursor, cursor + 30);
  const percent = /^ ?(?:%|percent(?:age points?)?(?![\p{L}])|per cent(?![\p{L}]))/u.exec(after);
  if (!category && percent) {
    category = 'percent';
    unit = percent[0].includes('point') ? 'percentage points' : 'percent';
    cursor += percent[0].length;
  }
  if (!category) {
    const word = /^ ?(?:US )?([\p{L}]+)(?![\p{L}])/u.exec(after);
    const code = word ? CURRENCY_WORDS.get(word[1]!.toLowerCase()) : undefined;
    if (word && code && (exponent > 0 || !/^(?:som|sum|won)$/iu.test(word[1]!))) {
      category = 'amount';
      unit = code;
      cursor += word[0].length;
    }
  }
  if (!category) {
    if (!spelled && nearDate(text, start, end)) return null;
    if (
      !spelled &&
      exponent === 0 &&
      /^\d{4}$/u.test(digits) &&
      Number(digits) >= 1800 &&
      Number(digits) < 2200
    )
      return null;
    const before = wordBefore(text, start);
    const previous = before?.text.toLowerCase() ?? '';
    if (DEFINITE_BEFORE.has(previous) || LABEL_BEFORE.has(previous)) return null;
    // "the last ten finals", "the other three states": a definite group, counted by its article.
    if (
      /\bthe\s+(?:last|first|next|past|other|remaining|top)\s+$/iu.test(
        text.slice(Math.max(0, start - 24), start),
      )
    )
      return null;
    // "one of the four members": a count picked out of a known group is no claim.
    if (
      previous === 'of' &&
      /\b(?:one|two|three|some|each|any|all|none|most|many)\s+of\s*$/iu.test(
        text.slice(Math.max(0, start - 20), start),
      )
    )
      return null;
    // "Boeing 737 aircraft", "Terminal 5 gates": a number after a name mid-sentence is a label.
    if (
      before &&
      /^\p{Lu}/u.test(before.text) &&
      !spelled &&
      !/[.!?:"“”'‘’—–(\n]\s*$/u.test(text.slice(0, before.start)) &&
      before.start > 0
    )
      return null;
    const counted = countedNoun(text, cursor) ?? numberOf(text, start, cursor, exponent);
    if (!counted) return null;
    category = 'count';
    unit = counted.noun;
    const base = spelled ? (NUMBER_WORDS.get(digits.toLowerCase().replace(/^a /u, '')) ?? 0) : 0;
    const value = spelled ? base * 10 ** exponent : scaledValue(digits, exponent);
    return {
      start: first,
      end: cursor,
      exact: text.slice(first, cursor),
      value,
      unit,
      category,
      precision: 10 ** (exponent - decimals),
      bound: hedgeBefore(text, first),
      countedPhrase: counted.phrase,
    };
  }
  const base = spelled ? (NUMBER_WORDS.get(digits.toLowerCase().replace(/^a /u, '')) ?? 0) : 0;
  return {
    start: first,
    end: cursor,
    exact: text.slice(first, cursor),
    value: spelled ? base * 10 ** exponent : scaledValue(digits, exponent),
    unit: unit!,
    category,
    precision: 10 ** (exponent - decimals),
    bound: hedgeBefore(text, first),
    countedPhrase: null,
  };
}

const RATIO_WORDS: ReadonlyMap<string, number> = new Map([
  ['doubled', 2],
  ['doubling', 2],
  ['double', 2],
  ['twice', 2],
  ['tripled', 3],
  ['triple', 3],
  ['trebled', 3],
  ['tripling', 3],
  ['quadrupled', 4],
  ['halved', 0.5],
  ['half', 0.5],
  ['a third', 1 / 3],
  ['one third', 1 / 3],
  ['one-third', 1 / 3],
  ['two thirds', 2 / 3],
  ['two-thirds', 2 / 3],
  ['a quarter', 0.25],
  ['one quarter', 0.25],
  ['three quarters', 0.75],
  ['a fifth', 0.2],
  ['one fifth', 0.2],
  ['one-fifth', 0.2],
  ['a tenth', 0.1],
  ['one tenth', 0.1],
  ['threefold', 3],
  ['fourfold', 4],
  ['tenfold', 10],
]);
const RATIO = new RegExp(
  `(?<![\\p{L}-])(${[...RATIO_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}-])`,
  'giu',
);
const TIMES =
  /(?<![\p{L}\p{N}.,])(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?: times|-fold)(?![\p{L}])/giu;
const COMPARATIVES =
  /^\s+(?:as|more|higher|larger|greater|bigger|lower|less|smaller|over|compared|faster)\b/iu;
const GROWTH_VERBS =
  /\b(?:by|increased|increase|grew|grow|rose|rise|risen|fell|fall|expanded|decreased|multiplied)\s+$/iu;

function ratioMention(
  text: string,
  start: number,
  end: number,
  word: string,
): NumberMention | null {
  const lower = word.toLowerCase();
  const next = wordsAfter(text, end, 2);
  const nextWord = next[0]?.text ?? '';
  const nextLower = nextWord.toLowerCase();
  const before = text.slice(Math.max(0, start - 24), start);
  if (lower === 'half') {
    if (/\b(?:first|second|latter|former|1st|2nd)\s+$/iu.test(before)) return null;
    if (
      /^(?:an?|hour|day|year|month|century|time|of the (?:year|month|century|decade))\b/iu.test(
        text.slice(end).trim(),
      )
    )
      return null;
    if (/^of the (?:year|month|century|decade)\b/iu.test(text.slice(end).trim())) return null;
  }
  if (lower === 'double' || lower === 'triple') {
    if (/^\p{Ll}/u.test(nextWord) && !FUNCTION_WORDS.has(nextLower) && !/ly$/u.test(nextLower))
      return null;
  }
  if (lower === 'twice' && !/^(?:as|the|that|its|their|what)$/u.test(nextLower)) return null;
  if (/third|quarter|fifth|tenth/u.test(lower)) {
    const byBefore = /\b(?:by|nearly|almost|about|over|than|roughly)\s+$/iu.test(before);
    if (!byBefore && nextLower !== 'of' && /^\p{L}/u.test(nextWord)) return null;
  }
  return {
    start,
    end,
    exact: text.slice(start, end),
    value: RATIO_WORDS.get(lower)!,
    unit: 'ratio',
    category: 'ratio',
    precision: 0,
    bound: hedgeBefore(text, start),
    countedPhrase: null,
  };
}

const COMPOUND_AMOUNT = new RegExp(
  `(?<![\\p{L}-])(half|a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+(?:\\.\\d+)?)-(thousand|million|billion|trillion)-(${[...CURRENCY_WORDS.keys()].join('|')})(?![\\p{L}])`,
  'giu',
);

/** "a half-trillion-dollar mark", "a 5-billion-euro plan": an amount written as an adjective. */
function compoundAmounts(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(COMPOUND_AMOUNT)) {
    const [, count, magnitude, currency] = match as unknown as [string, string, string, string];
    const exponent = MAGNITUDES.get(magnitude.toLowerCase())!;
    const lower = count.toLowerCase();
    const value =
      lower === 'half'
        ? 5 * 10 ** (exponent - 1)
        : /^\d/u.test(count)
          ? scaledValue(count, exponent)
          : (lower === 'a' || lower === 'one' ? 1 : (NUMBER_WORDS.get(lower) ?? 0)) *
            10 ** exponent;
    const decimals = count.split('.')[1]?.length ?? 0;
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      exact: match[0],
      value,
      unit: CURRENCY_WORDS.get(currency.toLowerCase())!,
      category: 'amount',
      precision: lower === 'half' ? 10 ** (exponent - 1) : 10 ** (exponent - decimals),
      bound: hedgeBefore(text, match.index),
      countedPhrase: null,
    });
  }
  return mentions;
}

/** Every figure-like number in the text, in order, each once. */
export function findNumberMentions(text: string): NumberMention[] {
  const mentions: NumberMention[] = compoundAmounts(text);
  for (const match of text.matchAll(DIGITS)) {
    const start = match.index;
    const mention = numberMention(text, start, start + match[0].length, match[0], false);
    if (mention) mentions.push(mention);
  }
  for (const match of text.matchAll(SPELLED)) {
    const start = match.index;
    const mention = numberMention(text, start, start + match[0].length, match[0], true);
    if (mention) mentions.push(mention);
  }
  for (const match of text.matchAll(TIMES)) {
    const start = match.index;
    const end = start + match[0].length;
    const comparative = COMPARATIVES.test(text.slice(end, end + 16));
    if (
      !match[0].endsWith('fold') &&
      !comparative &&
      !GROWTH_VERBS.test(text.slice(Math.max(0, start - 16), start))
    )
      continue;
    const count = match[1]!.toLowerCase();
    const value = NUMBER_WORDS.get(count) ?? Number(count);
    mentions.push({
      start,
      end,
      exact: match[0],
      value,
      unit: 'ratio',
      category: 'ratio',
      precision: 0,
      bound: hedgeBefore(text, start),
      countedPhrase: null,
    });
  }
  for (const match of text.matchAll(RATIO)) {
    const start = match.index;
    const mention = ratioMention(text, start, start + match[0].length, match[0]);
    if (mention) mentions.push(mention);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NumberMention[] = [];
  for (const mention of mentions) {
    const last = kept.at(-1);
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}
