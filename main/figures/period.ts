// The period a figure refers to: a year written near it ("in 2030", "by 2035"), or a relative
// one ("last year", "this year", "next year") resolved against the article's year, which is
// its publication date, else the date in its dateline, else the latest year it reports on.

import type { Span } from './sentences';

const YEAR =
  /(?<![\p{L}\p{N}$€£.,-])((?:19|20)\d{2})(?![\p{N}]|[.,]\d|\s?(?:bn|billion|million|%))/gu;
const RELATIVE =
  /\b(last|past|previous|this|current|next|coming) year\b|\ba year (?:ago|earlier)\b/giu;
const DATELINE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2},? ((?:19|20)\d{2})\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) ((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-\d{2}-\d{2}\b/u;

/**
 * The year an article speaks from. The publication date wins; else a full date near the top
 * (a dateline); else the latest year the text names outside a goal ("by 2035" is ahead of it).
 */
export function articleYear(text: string, published?: string | null): number | null {
  const fromDate = /^\s*((?:19|20)\d{2})/u.exec(published ?? '');
  if (fromDate) return Number(fromDate[1]);
  const dateline = DATELINE.exec(text.slice(0, 800));
  if (dateline) return Number(dateline[1] ?? dateline[2] ?? dateline[3]);
  let latest: number | null = null;
  for (const match of text.matchAll(YEAR)) {
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    if (/\b(?:by|until|till|to|through|before|towards?)\s+$/iu.test(before)) continue;
    // "for 2026–2030" is a plan's span, not the year the article speaks from.
    if (
      /[–-]\s?$/u.test(before) ||
      /^[–-]\s?\d{4}/u.test(text.slice(match.index + 4, match.index + 10))
    )
      continue;
    const year = Number(match[1]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

function resolveRelative(word: string, year: number | null): string | null {
  if (year === null) return null;
  const lower = word.toLowerCase();
  if (/^(?:last|past|previous)|ago|earlier/u.test(lower)) return String(year - 1);
  if (/^(?:next|coming)/u.test(lower)) return String(year + 1);
  return String(year);
}

export interface Period {
  period: string | null;
  /** the year is one aimed at ("by 2035"), which hints at a target or forecast */
  ahead: boolean;
}

/**
 * The period of a figure at [start, end) within its clause: the year or relative year closest
 * to it, after it first ("reached $9 billion in 2030") when both sides are equally near.
 */
export function periodOf(
  text: string,
  clause: Span,
  start: number,
  end: number,
  year: number | null,
  expected = false,
): Period {
  const candidates: Array<{ distance: number; period: string | null; ahead: boolean }> = [];
  const body = text.slice(clause.start, clause.end);
  for (const match of body.matchAll(YEAR)) {
    const at = clause.start + match.index;
    if (at >= start && at < end) continue;
    const before = body.slice(Math.max(0, match.index - 30), match.index);
    // "since 2024", "in 2024-2025" describe when something began or a span, not the figure's year.
    if (/\b(?:since|from)\s+$/iu.test(before)) continue;
    if (/^\s*[-–]\s*\d/u.test(body.slice(match.index + 4, match.index + 7))) continue;
    if (/\d{4}\s?[-–]\s?$/u.test(before)) continue;
    // "October 8, 2033" dates an event or the article; it is not the period of a figure.
    if (/\b\p{L}+\.? \d{1,2},? $|\b\d{1,2} \p{L}+ $/u.test(before)) continue;
    // "tripled since the drought of 2031": the year is where a change began.
    const between = at >= end ? text.slice(end, at) : text.slice(at, start);
    if (/\b(?:since|from)\b/iu.test(between) && at >= end) continue;
    if (/\bas in\s+$/iu.test(before)) continue;
    const ahead = /\b(?:by|until|till|before|towards?)\s+$/iu.test(before);
    // A goal or an expectation is for a year ahead of it, not one reported before it.
    if (expected && at < start && !ahead) continue;
    candidates.push({ distance: distance(at, start, end), period: match[1]!, ahead });
  }
  for (const match of body.matchAll(RELATIVE)) {
    const at = clause.start + match.index;
    candidates.push({
      distance: distance(at, start, end),
      period: resolveRelative(match[0], year),
      ahead: /next|coming/iu.test(match[0]),
    });
  }
  candidates.sort((a, b) => a.distance - b.distance);
  const best = candidates[0];
  return best ? { period: best.period, ahead: best.ahead } : { period: null, ahead: false };
}

function distance(at: number, start: number, end: number): number {
  // Words after a figure ("$9 billion in 2030") bind closer than words before it.
  return at >= end ? at - end : (start - at) * 1.5;
}
