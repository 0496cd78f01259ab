// Publication dates as pages and texts state them, normalised to ISO 8601: a calendar date
// ("2025-03-03") when only a date is stated, a date and time with the stated zone
// ("2025-03-03T09:05:00-05:00") when the zone is stated, a local time without a zone when it
// is not. Nothing is ever filled in: no year is guessed for "March 3", no zone for "9:05".
// Knows nothing of where the string came from (meta tag, byline, dateline).

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** Month names as they appear in running text, for patterns that must stay case-sensitive. */
export const MONTH_TITLE =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
export const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
export const WEEKDAY =
  '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?';

const ISO =
  /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?[ ]?(Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d:])/;
const MONTH_FIRST = new RegExp(`\\b(${MONTH})\\s+(${DAY}),?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(${DAY})\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})\\b`, 'i');
/** 03.04.2025 is day.month.year wherever dots are used; slashes are ambiguous and left alone. */
const DOTTED = /\b([0-3]?\d)\.([01]?\d)\.(\d{4})\b/;

const TIME =
  /\b([01]?\d|2[0-3])[:.h]([0-5]\d)(?::([0-5]\d))?(?:\s*([ap])\.?\s?m\.?(?![a-z]))?|\b(1[0-2]|0?[1-9])\s*([ap])\.?m\.?(?![a-z])/i;
const ZONE =
  /^[\s,]*\(?\s*(?:(UTC|GMT)\s*([+-]\d{1,2}(?::?\d{2})?)?|([+-]\d{2}:?\d{2})|([A-Z]{1,5}))\b\)?/;

/** Fixed offsets in minutes; US zones without a season letter follow the US summer-time rule. */
const ZONE_OFFSETS: Record<string, number> = {
  Z: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  GST: 240,
  PKT: 300,
  HKT: 480,
  SGT: 480,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};
const US_ZONES: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** Where the date was found, so a time can be looked for next to it. */
  index: number;
  length: number;
}

/** The first calendar date stated in a string, with where it was found. */
export function findDate(text: string): DateParts | null {
  const candidates: DateParts[] = [];
  const iso = ISO.exec(text);
  if (iso) candidates.push(parts(iso, Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const [, month = '', day = '', year = ''] = monthFirst;
    candidates.push(parts(monthFirst, Number(year), monthNumber(month), parseInt(day, 10)));
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, day = '', month = '', year = ''] = dayFirst;
    candidates.push(parts(dayFirst, Number(year), monthNumber(month), parseInt(day, 10)));
  }
  const dotted = DOTTED.exec(text);
  if (dotted) {
    const [, day = '', month = '', year = ''] = dotted;
    candidates.push(parts(dotted, Number(year), Number(month), Number(day)));
  }
  const valid = candidates.filter((date) => isoDate(date.year, date.month, date.day) !== null);
  valid.sort((a, b) => a.index - b.index);
  return valid[0] ?? null;
}

function parts(match: RegExpExecArray, year: number, month: number, day: number): DateParts {
  return { year, month, day, index: match.index, length: match[0].length };
}

/** The first calendar date stated in a string, as YYYY-MM-DD, or null. */
export function parseDate(text: string): string | null {
  const found = findDate(text);
  return found ? isoDate(found.year, found.month, found.day) : null;
}

/** Beyond this length a string is prose, where a time near a date need not belong to it. */
const MAX_DATE_TIME_LENGTH = 200;

/**
 * The first date stated in a string as ISO 8601, with its time and zone where the string
 * states them: "2025-03-03T14:05:00Z", "Updated 9:05 AM ET, Mon March 3, 2025" ->
 * "2025-03-03T09:05:00-05:00", "March 3, 2025" -> "2025-03-03".
 */
export function parseDateTime(text: string): string | null {
  const iso = ISO.exec(text);
  const found = findDate(text);
  if (!found) return null;
  const date = isoDate(found.year, found.month, found.day);
  if (!date) return null;
  if (iso && iso.index === found.index) {
    if (iso[4] === undefined) return date;
    const time = `${iso[4]}:${iso[5]}:${iso[6] ?? '00'}`;
    return `${date}T${time}${iso[7] ? offsetText(iso[7]) : ''}`;
  }
  if (text.length > MAX_DATE_TIME_LENGTH) return date;
  const rest =
    text.slice(0, found.index) + ' '.repeat(found.length) + text.slice(found.index + found.length);
  const time = TIME.exec(rest);
  if (!time) return date;
  const clock = clockOf(time);
  if (!clock) return date;
  const zone = zoneAfter(rest.slice(time.index + time[0].length), found);
  return `${date}T${clock}${zone ?? ''}`;
}

function clockOf(match: RegExpExecArray): string | null {
  const meridiem = (match[4] ?? match[6] ?? '').toLowerCase();
  let hour = Number(match[1] ?? match[5]);
  const minute = Number(match[2] ?? 0);
  const second = Number(match[3] ?? 0);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (match[1] === undefined) {
    return null;
  }
  return `${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

function zoneAfter(text: string, date: DateParts): string | null {
  const match = ZONE.exec(text);
  if (!match) return null;
  if (match[1]) return match[2] ? offsetText(match[2]) : 'Z';
  if (match[3]) return offsetText(match[3]);
  const name = match[4] ?? '';
  const fixed = ZONE_OFFSETS[name];
  if (fixed !== undefined) return minutesText(fixed);
  const standard = US_ZONES[name];
  if (standard === undefined) return null;
  return minutesText(standard + (isUsSummerTime(date) ? 60 : 0));
}

/** US summer time: from the second Sunday of March to the first Sunday of November. */
function isUsSummerTime({ year, month, day }: DateParts): boolean {
  const sunday = (monthIndex: number, nth: number) => {
    const first = new Date(Date.UTC(year, monthIndex, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (nth - 1) * 7;
  };
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  return month === 3 ? day >= sunday(2, 2) : day < sunday(10, 1);
}

function offsetText(raw: string): string {
  if (raw === 'Z') return 'Z';
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(raw);
  if (!match) return '';
  const minutes = (Number(match[2]) * 60 + Number(match[3] ?? 0)) * (match[1] === '-' ? -1 : 1);
  return minutesText(minutes);
}

function minutesText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTHS[lower.slice(0, lower.startsWith('sept') ? 4 : 3)] ?? 0;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

const DATE_LABEL =
  /\b(?:published|posted|updated|last\s+updated|first\s+published|modified|date|dated|on|at|and)\b/gi;
const UPDATE_LABEL = /\b(?:updated|last\s+updated|modified)\b/i;

export interface StatedDates {
  published: string | null;
  updated: string | null;
}

/**
 * A line that only states dates ("Published 3 March 2025, 09:05 GMT | Updated …"): the
 * publication and update dates it states, or null when anything else is on the line.
 */
export function parseDateOnlyLine(text: string): StatedDates | null {
  if (text.length > 160) return null;
  const stated: StatedDates = { published: null, updated: null };
  for (const segment of text.split(/\s*[|•·;/]\s*|\s+[-–—]\s+/)) {
    if (!segment.trim()) continue;
    const found = findDate(segment);
    if (!found) return null;
    const leftover = (
      segment.slice(0, found.index) +
      ' ' +
      segment.slice(found.index + found.length)
    )
      .replace(DATE_LABEL, ' ')
      .replace(new RegExp(`\\b${WEEKDAY}`, 'gi'), ' ')
      .replace(TIME_OR_ZONE, ' ')
      .replace(/[\s,:.()]+/g, '');
    if (leftover !== '') return null;
    const value = parseDateTime(segment);
    if (UPDATE_LABEL.test(segment)) stated.updated ??= value;
    else stated.published ??= value;
  }
  return stated.published || stated.updated ? stated : null;
}

const TIME_OR_ZONE = new RegExp(
  `${TIME.source}|\\b(?:UTC|GMT)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}\\b|\\b(?:${[
    ...Object.keys(ZONE_OFFSETS),
    ...Object.keys(US_ZONES),
  ].join('|')})\\b`,
  'gi',
);
