// Recognisers for article metadata written as text: bylines, datelines, publication dates,
// source credits and disclaimers, plus a cheap language guess. Each takes one paragraph (or
// a sample of text) and returns what it states, or null; none of them decides what to remove
// (clean.ts) or which paragraph to look at (assemble.ts).

import { DAY, MONTH_TITLE, parseDate, parseDateOnlyLine, parseDateTime } from './dates';
import { wordSet } from './word-set';

export { parseDate };

const UPPER = '\\p{Lu}';
const NAME_TOKEN = `(?:${UPPER}[\\p{L}\\p{M}'’.-]*|${UPPER}\\.)`;
const NAME_PARTICLE = '(?:de|da|del|della|der|den|di|du|van|von|la|le|bin|ibn|al|el|ter|y|dos|das)';
const SPACE = '[ \\u00a0]';
const NAME = `${NAME_TOKEN}(?:${SPACE}(?:${NAME_PARTICLE}${SPACE}){0,2}${NAME_TOKEN}){0,4}`;
const NAMES = `${NAME}(?:${SPACE}*(?:,|and|AND|&)${SPACE}*${NAME})*`;

const BYLINE_LEAD =
  /^(?:by|written by|words by|reporting by|story by|text by|posted by|authors?[ \u00a0]*:)[ \u00a0]+/i;
const BYLINE_BODY = new RegExp(
  `^(${NAMES})(?:${SPACE}*(?:[,|•·]|${SPACE}[-–—]${SPACE})${SPACE}*(.{0,80}))?$`,
  'u',
);
const AUTHOR_LEAD = /^(?:author|about the author|written by)[ \u00a0]*[:–—-][ \u00a0]*/i;
const AUTHOR_NAME = new RegExp(`^(${NAME})`, 'u');

/** Words that follow a name in a bio ("Jane Roe Journalist, …") and are not part of it. */
const ROLE_WORDS = wordSet(
  'journalist reporter correspondent editor writer analyst researcher columnist ' +
    'contributor staff senior chief freelance photographer producer professor is',
);

/** First words that make "By …" prose or a time, not a byline. */
const NOT_A_NAME = wordSet(
  'the our staff admin editor editors guest news desk then now monday tuesday ' +
    'wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december early late mid contrast ' +
    'comparison law order',
);

/** A paragraph that is only a byline ("By Jane Roe", "By Jane Roe and Ana Diaz | Reuters"). */
export function parseByline(text: string): string | null {
  const lead = BYLINE_LEAD.exec(text);
  const match = lead ? BYLINE_BODY.exec(text.slice(lead[0].length)) : null;
  if (!match) return null;
  const names = trimName(match[1] ?? '');
  const tail = match[2] ?? '';
  if (!names || /[.!?]["”]?$/.test(tail) || tail.split(/\s+/).length > 10) return null;
  const first = names.split(/[\s\u00a0]+/)[0]?.toLowerCase() ?? '';
  return NOT_A_NAME.has(first) ? null : names;
}

/** The date a byline states after its names ("By Jane Roe | Updated 9:05 AM ET, March 3, 2025"). */
export function parseBylineDate(text: string): { date: string; isUpdate: boolean } | null {
  const lead = BYLINE_LEAD.exec(text);
  const match = lead && parseByline(text) ? BYLINE_BODY.exec(text.slice(lead[0].length)) : null;
  const tail = match?.[2] ?? '';
  const date = tail ? parseDateTime(tail) : null;
  return date ? { date, isUpdate: /\b(?:updated|modified)\b/i.test(tail) } : null;
}

/** Several authors as one field: "A", "A and B", "A, B and C"; repeats dropped. */
export function joinNames(names: readonly string[]): string | null {
  const seen = new Set<string>();
  const unique = names
    .map((name) => name.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((name) => {
      const key = name.toLowerCase();
      if (!name || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0] ?? null;
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** "Author: Jane Roe, reporter based in …" — a bio or credit line that names the author. */
export function parseAuthorLabel(text: string): string | null {
  const lead = AUTHOR_LEAD.exec(text);
  const match = lead ? AUTHOR_NAME.exec(text.slice(lead[0].length)) : null;
  if (!match) return null;
  return trimName(match[1] ?? '') || null;
}

/** A wire service's credit line, "(Reporting by Jane Roe; Editing by Ana Diaz)": the reporters. */
export function parseReportingCredit(text: string): string | null {
  if (text.length > 200) return null;
  const match =
    /^\(?\s*(?:reporting|reported|writing|written)\s+by\s+([^;()]+?)\s*(?:[;)]|$)/iu.exec(text);
  if (!match) return null;
  return parseByline(`By ${match[1] ?? ''}`);
}

export function isAuthorBio(text: string): boolean {
  return (
    /^(?:about the author|about the writer)\b/i.test(text) ||
    (parseAuthorLabel(text) !== null && text.length <= 400)
  );
}

function trimName(raw: string): string {
  const tokens = raw.split(/([ \u00a0]+)/);
  const kept: string[] = [];
  for (let index = 0; index < tokens.length; index += 2) {
    const token = tokens[index] ?? '';
    if (ROLE_WORDS.has(token.toLowerCase().replace(/[.,]$/, ''))) break;
    kept.push(token, tokens[index + 1] ?? '');
  }
  return kept
    .join('')
    .replace(/[ \u00a0,]+$/u, '')
    .replace(/\s+(?:and|&)$/i, '');
}

/** True when a paragraph is nothing but the given name, possibly repeated (photo captions). */
export function isOnlyName(text: string, name: string): boolean {
  const flat = (value: string) =>
    value
      .replace(/[\s\u00a0]+/g, ' ')
      .trim()
      .toLowerCase();
  const wanted = flat(name);
  if (!wanted) return false;
  const words = flat(text)
    .replace(/[.,;:|]/g, ' ')
    .split(' ')
    .filter(Boolean)
    .join(' ');
  if (!words) return false;
  return words.split(wanted).every((rest) => rest.trim() === '');
}

/** A paragraph that only states a date ("Published: April 3, 2025", "Updated 9:05 AM ET, Mon March 3, 2025"). */
export function parseDateLine(text: string): { date: string; isUpdate: boolean } | null {
  const stated = parseDateOnlyLine(text);
  if (!stated) return null;
  if (stated.published) return { date: stated.published, isUpdate: false };
  return stated.updated ? { date: stated.updated, isUpdate: true } : null;
}

export interface Dateline {
  place: string;
  agency: string | null;
  publishedAt: string | null;
  /** True when the paragraph is only the dateline, with no sentence after it. */
  lineOnly: boolean;
}

const DATELINE = new RegExp(
  `^(${UPPER}[\\p{Lu}\\p{M}.'’ -]{1,40}?)` + // PLACE, in capitals
    `(?:,[ \\u00a0]*(?!${MONTH_TITLE}[ \\u00a0])((?:${UPPER}[\\p{Ll}\\p{M}.]+[ \\u00a0]?){1,3}))?` + // region, Title Case
    `(?:,?[ \\u00a0]*(${MONTH_TITLE}[ \\u00a0]+${DAY}(?:,?[ \\u00a0]+\\d{4})?|${DAY}[ \\u00a0]+${MONTH_TITLE}(?:,?[ \\u00a0]+\\d{4})?))?` +
    `(?:[ \\u00a0]*\\(([^()]{2,40})\\))?` + // (Agency)
    `[ \\u00a0]*(?:[—–]|--?(?=[ \\u00a0]|$))[ \\u00a0]*(.*)$`,
  'u',
);
/** Capitalised words that open a paragraph with a dash but are labels, not places. */
const NOT_PLACES = new Set([
  'UPDATE',
  'UPDATED',
  'BREAKING',
  'BREAKING NEWS',
  'EXCLUSIVE',
  'OPINION',
  'ANALYSIS',
  'EDITORIAL',
  'COMMENTARY',
  'WATCH',
  'LIVE',
  'NOTE',
  'PHOTO',
  'VIDEO',
]);

/** "ASTANA — …", "PORT ELLIS, March 4 (Wire) – …": the place (and agency, date) a story opens with. */
export function parseDateline(text: string): Dateline | null {
  const match = DATELINE.exec(text);
  if (!match) return null;
  const place = (match[1] ?? '').replace(/[ .-]+$/, '');
  const letters = place.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3 || letters !== letters.toUpperCase()) return null;
  if (NOT_PLACES.has(place)) return null;
  const rest = match[5] ?? '';
  const when = match[3] ?? '';
  return {
    place,
    agency: match[4]?.trim() || null,
    publishedAt: when ? parseDate(when) : null,
    lineOnly: rest.trim() === '',
  };
}

const CREDIT_PATTERNS: RegExp[] = [
  /^this[\s\u00a0]+(?:news|article|story|report|content|post|piece|item|material)\b[^.]{0,40}?\b(?:is|was|has[\s\u00a0]+been)[\s\u00a0]+(?:\w+[\s\u00a0]+)?(?:sourced|taken|republished|reproduced|reprinted|syndicated|adapted|translated)[\s\u00a0]+from[\s\u00a0]+(.+)$/iu,
  /^(?:this[\s\u00a0]+(?:article|story|piece|report)[\s\u00a0]+)?(?:was[\s\u00a0]+)?(?:originally|first)[\s\u00a0]+(?:published|appeared|posted|ran)[\s\u00a0]+(?:in|on|by|at)[\s\u00a0]+(.+)$/iu,
  /^(?:republished|reproduced|reprinted)[\s\u00a0]+(?:with[\s\u00a0]+permission[\s\u00a0]+)?(?:from|courtesy[\s\u00a0]+of)[\s\u00a0]+(.+)$/iu,
];
const SOURCE_LABEL =
  /^(?:source|courtesy(?:[\s\u00a0]+of)?|via|content[\s\u00a0]+from)[\s\u00a0]*[:–—-][\s\u00a0]*(.+)$/iu;

/** A source credit sentence ("This story is republished from X …"): the publisher it names. */
export function parseSourceCredit(text: string): string | null {
  if (text.length > 300) return null;
  for (const pattern of CREDIT_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const publisher = publisherName(match[1] ?? '');
    if (publisher) return publisher;
  }
  return null;
}

/**
 * A bare "Source: X" line. Mid-article the same words caption a chart or table, so callers
 * only trust it at the very end of an article.
 */
export function parseSourceLabel(text: string): string | null {
  const match = text.length <= 120 ? SOURCE_LABEL.exec(text) : null;
  return match ? publisherName(match[1] ?? '') : null;
}

const COPYRIGHT_LINE =
  /^(?:copyright[\s\u00a0]*)?(?:©|\(c\))?[\s\u00a0]*(?:copyright[\s\u00a0]*)?(?:\d{4}(?:[\s\u00a0]*[-–][\s\u00a0]*\d{4})?)?[\s\u00a0,]*(\p{Lu}[^.]{1,80}?)[\s\u00a0]*(?:[.,;|][\s\u00a0]*all[\s\u00a0]+rights[\s\u00a0]+reserved\b|\.|$)/iu;

/** The holder named in a copyright line ("© 2024 Harbour Weekly. All rights reserved."). */
export function parseCopyrightHolder(text: string): string | null {
  if (!/^(?:copyright|©|\(c\))/i.test(text) || text.length > 400) return null;
  const match = COPYRIGHT_LINE.exec(text);
  return match ? publisherName(match[1] ?? '') : null;
}

const DISCLAIMER =
  /\b(?:views|opinions|content)\b.{0,120}?\b(?:do|does|did)\s*(?:not|n[’']t)\s+necessarily\s+(?:reflect|represent)\b/is;

export function isDisclaimer(text: string): boolean {
  // The one literal word first: it rules out nearly every paragraph at a fraction of the cost.
  return text.length <= 500 && /necessarily/i.test(text) && DISCLAIMER.test(text);
}

/** The organisation a disclaimer speaks for ("… do not necessarily reflect the views of X."). */
export function disclaimerPublisher(text: string): string | null {
  const match =
    /\b(?:views|policy|policies|position|positions|opinions?)\s+of\s+([^.;()]+?)\s*[).]*\s*$/iu.exec(
      text.replace(/[\s\u00a0]+$/u, ''),
    );
  const name = publisherName(match?.[1] ?? '');
  return name &&
    /^\p{Lu}/u.test(name.replace(/^the\s+/i, '')) &&
    !/^(?:the\s+)?(?:author|writer)/i.test(name)
    ? name
    : null;
}

function publisherName(raw: string): string | null {
  const cut = raw
    .split(/\s+(?:and|under|with|on|for|which|who|as)\s+|[,;(|]|\.(?:\s|$)/u)[0]
    ?.replace(/[\s\u00a0.:]+$/u, '')
    .replace(/^[\s\u00a0]+/u, '');
  if (!cut || cut.length > 80 || cut.split(/\s+/).length > 8) return null;
  return cut;
}

const STOP_WORDS: Record<string, string> = {
  en: 'the and of to in is that for with was on as are by it this from have has',
  fr: 'le la les et des du un une est que qui dans pour pas sur au avec ce il',
  de: 'der die und das den nicht ist mit sich des auf für ein eine dem im auch es von',
  es: 'el la los las y que del en un una por con para es se su al lo como',
  it: 'il di che la e per un una del della non sono con gli le nel alla è si',
  pt: 'o os de que e do da em um uma para com não por se mais as dos ao',
  nl: 'de het een en van dat niet is op te zijn met voor die er ook aan worden wordt',
  ru: 'и в не на что с по это как к из за для от он о его также был',
  uk: 'і в не на що з це як до із за для від він та його також був є',
};

const LANGUAGES = Object.keys(STOP_WORDS);

/** Stop word -> a bit per language it belongs to (bit i is LANGUAGES[i]), built once. */
const STOP_WORD_LANGUAGES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  LANGUAGES.forEach((language, bit) => {
    for (const word of wordSet(STOP_WORDS[language] ?? '')) {
      map.set(word, (map.get(word) ?? 0) | (1 << bit));
    }
  });
  return map;
})();

/** Stop words are short: longer words are counted without being looked up. */
const LONGEST_STOP_WORD = Math.max(...[...STOP_WORD_LANGUAGES.keys()].map((word) => word.length));

/** Lower-case Latin, Greek and Cyrillic letters: every stop-word list is written in these. */
function isWordLetter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x370 && code <= 0x4ff)
  );
}

const CJK = /[\u3040-\u30ff\uac00-\ud7af\u4e00-\u9fff]/u;
const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/gu, 'ja'],
  [/[\uac00-\ud7af]/gu, 'ko'],
  [/[\u4e00-\u9fff]/gu, 'zh'],
];

/**
 * A cheap guess at the language from its commonest words. A few thousand characters are
 * plenty, and the guess runs on every import, so it reads only the opening of the text.
 */
export function guessLanguage(text: string): string | null {
  // One pass over the lower-cased sample, looking up only words short enough to be stop
  // words; CJK text is recognised by its script below.
  const sample = text.slice(0, 800);
  const lower = sample.toLowerCase();
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  let words = 0;
  let letters = 0;
  let start = -1;
  for (let index = 0; index <= lower.length; index += 1) {
    const inWord = index < lower.length && isWordLetter(lower.charCodeAt(index));
    if (inWord) {
      if (start < 0) start = index;
      continue;
    }
    if (start < 0) continue;
    const length = index - start;
    words += 1;
    letters += length;
    const languages =
      length <= LONGEST_STOP_WORD ? (STOP_WORD_LANGUAGES.get(lower.slice(start, index)) ?? 0) : 0;
    for (let bit = 0; languages >> bit !== 0; bit += 1) {
      if ((languages >> bit) & 1) hits[bit] = (hits[bit] ?? 0) + 1;
    }
    start = -1;
  }
  if (CJK.test(sample)) {
    letters += (sample.match(/[\u3040-\u30ff\uac00-\ud7af\u4e00-\u9fff]/gu) ?? []).length;
    for (const [pattern, language] of SCRIPTS) {
      if ((sample.match(pattern) ?? []).length > letters * 0.3) return language;
    }
  }
  if (letters < 40 || words < 20) return null;
  const ranked = hits
    .map((count, bit) => ({ count, language: LANGUAGES[bit] ?? '' }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  const [best, second] = ranked;
  if (!best || best.count < words * 0.08) return null;
  if (second && best.count < second.count * 1.5) return null;
  return best.language;
}
