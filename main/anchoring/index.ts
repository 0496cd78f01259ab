/**
 * Text anchoring: describes a range of an article's canonical text as a W3C-style text
 * selector (exact, prefix, suffix, start, end) and finds that range again after the text
 * has been revised, first by position, then by exact match, then by approximate match.
 *
 * Owns the matching and scoring policy. Knows nothing of storage, ProseMirror or the DOM:
 * it takes strings and returns numbers, so the highlights service and tests call it directly.
 * Offsets are UTF-16 code units, as JavaScript strings count them.
 */
import search from 'approx-string-match';
import type { TextSelector } from '../domain/records';

export type { TextSelector };

export type PlacedStatus = 'exact-position' | 'exact' | 'fuzzy';

export interface PlacedAnchor {
  readonly status: PlacedStatus;
  readonly start: number;
  readonly end: number;
  /** Confidence in [0, 1]: agreement of the quote, its context and its position. */
  readonly score: number;
}

export interface OrphanedAnchor {
  readonly status: 'orphaned';
}

export type AnchorResult = PlacedAnchor | OrphanedAnchor;

export interface AnchorOptions {
  /**
   * Where the passage is expected to start in the text being searched. Defaults to the
   * selector's own start; reanchorAll passes the start shifted by the revision's edits.
   */
  readonly expectedStart?: number;
}

export interface Reanchored {
  readonly result: AnchorResult;
  /**
   * The selector to store from now on: described afresh against the new text when the
   * passage was placed, the original one when it was orphaned, so that nothing the analyst
   * made is lost and a later revision can try again.
   */
  readonly selector: TextSelector;
}

/** How many characters of context a selector keeps on each side. */
export const CONTEXT_LENGTH = 32;

/** Approximate matches may differ from the stored quote in at most this share of its length. */
export const MAX_ERROR_RATIO = 0.2;

/** Approximate matches scoring below this are not trusted: the highlight is orphaned. */
export const MIN_FUZZY_SCORE = 0.7;

/*
 * The quote dominates: a candidate that differs from the quote by the whole error budget
 * with unrelated context falls below MIN_FUZZY_SCORE, while a corrected word inside a
 * passage whose surroundings are intact scores close to 1. Position only breaks near-ties
 * between repeated passages.
 */
const QUOTE_WEIGHT = 0.6;
const CONTEXT_WEIGHT = 0.3;
const POSITION_WEIGHT = 0.1;

/*
 * Approximate search costs about O(n * k / 32) for a text of n and an error budget k, so a
 * quote longer than LONG_EXACT_LENGTH is located by short pieces first and verified in full
 * only inside small windows around the places those pieces suggest; one longer than
 * FULL_VERIFY_LENGTH is not verified in full at all (see pairedPieceMatches).
 */
const LONG_EXACT_LENGTH = 256;
const FULL_VERIFY_LENGTH = 4096;
const PIECE_LENGTH = 64;
const MATCHES_PER_PIECE = 8;
/** Beyond the error budget, how far around an expected place a verification window reaches. */
const WINDOW_MARGIN = 64;
/** Repetitive texts can yield many equally good approximate matches; scoring them all is waste. */
const MAX_CANDIDATES = 256;
const SCORE_EPSILON = 1e-9;
/** The error budget an approximate search starts with before widening to the full one. */
const FIRST_BUDGET = 8;
/** How far a fuzzy match's edge may move to meet its stored context (see snapToContext). */
const SNAP_REACH = 16;

interface Match {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

interface Candidate extends Match {
  readonly score: number;
}

export function describeRange(text: string, start: number, end: number): TextSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`describeRange: start and end must be integers, got ${start} and ${end}`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(
      `describeRange: ${start}–${end} is not a non-empty range inside a text of length ${text.length}`,
    );
  }
  const prefixStart = avoidSplittingPairForward(text, Math.max(0, start - CONTEXT_LENGTH));
  const suffixEnd = avoidSplittingPairBackward(text, Math.min(text.length, end + CONTEXT_LENGTH));
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}

export function anchor(
  text: string,
  selector: TextSelector,
  options: AnchorOptions = {},
): AnchorResult {
  const { exact } = selector;
  if (exact.length === 0) return { status: 'orphaned' };
  const storedStart = finiteOr(selector.start, 0);
  const expectedStart = clamp(
    Math.round(finiteOr(options.expectedStart, storedStart)),
    0,
    text.length,
  );
  const scoreOf = (match: Match): number => scoreCandidate(text, selector, expectedStart, match);

  if (storedOffsetsHold(text, selector) && contextHolds(text, selector)) {
    return placed(
      'exact-position',
      { start: selector.start, end: selector.end, errors: 0 },
      scoreOf,
    );
  }

  const occurrences = exactOccurrences(text, exact);
  if (occurrences.length > 0) {
    const best = bestCandidate(
      occurrences.map((start) => ({ start, end: start + exact.length, errors: 0 })),
      scoreOf,
      expectedStart,
    );
    const atStoredOffsets = best.start === selector.start && best.end === selector.end;
    return { status: atStoredOffsets ? 'exact-position' : 'exact', ...pick(best) };
  }

  const budget = errorBudget(exact.length);
  if (budget === 0) return { status: 'orphaned' };
  const hints = unique([expectedStart, clamp(storedStart, 0, text.length)]);
  const matches = approximateMatches(text, exact, budget, hints);
  if (matches.length === 0) return { status: 'orphaned' };
  const found = bestCandidate(matches, scoreOf, expectedStart);
  const snapped = snapToContext(text, selector, found, budget);
  const best = snapped === found ? found : bestCandidate([found, snapped], scoreOf, expectedStart);
  if (best.score < MIN_FUZZY_SCORE) return { status: 'orphaned' };
  return { status: 'fuzzy', ...pick(best) };
}

export function reanchorAll(
  oldText: string,
  newText: string,
  selectors: readonly TextSelector[],
): Reanchored[] {
  const shift = revisionShift(oldText, newText);
  return selectors.map((selector) => {
    const result = anchor(newText, selector, { expectedStart: shift(selector.start) });
    if (result.status === 'orphaned') return { result, selector };
    return { result, selector: describeRange(newText, result.start, result.end) };
  });
}

function placed(
  status: PlacedStatus,
  match: Match,
  scoreOf: (match: Match) => number,
): PlacedAnchor {
  return { status, start: match.start, end: match.end, score: scoreOf(match) };
}

function pick(candidate: Candidate): { start: number; end: number; score: number } {
  return { start: candidate.start, end: candidate.end, score: candidate.score };
}

function storedOffsetsHold(text: string, selector: TextSelector): boolean {
  return (
    Number.isInteger(selector.start) &&
    selector.start >= 0 &&
    selector.end === selector.start + selector.exact.length &&
    text.startsWith(selector.exact, selector.start)
  );
}

/*
 * A short quote such as a single word can sit at its old offsets by coincidence after an
 * edit moved the real passage; requiring the stored context too sends that case on to the
 * scored search, where the occurrence with the right surroundings wins.
 */
function contextHolds(text: string, selector: TextSelector): boolean {
  const { prefix, suffix, start, end } = selector;
  return (
    text.slice(Math.max(0, start - prefix.length), start) === prefix &&
    text.slice(end, end + suffix.length) === suffix
  );
}

function exactOccurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    starts.push(at);
  }
  return starts;
}

function errorBudget(length: number): number {
  return Math.floor(length * MAX_ERROR_RATIO);
}

function approximateMatches(
  text: string,
  exact: string,
  budget: number,
  hints: readonly number[],
): Match[] {
  const hint = hints[0] ?? 0;
  const slack = budget + WINDOW_MARGIN;
  const hintWindows = hints.map((at): Window => [at - slack, at + exact.length + slack]);
  let matches: Match[];
  if (exact.length <= LONG_EXACT_LENGTH) {
    matches = [
      ...lowestErrorMatches(text, exact, budget),
      ...verifyInWindows(text, exact, budget, hintWindows),
    ];
  } else if (exact.length <= FULL_VERIFY_LENGTH) {
    const starts = pieceStarts(text, exact, hint);
    const pieceWindows = starts.map((at): Window => [at - slack, at + exact.length + slack]);
    matches = verifyInWindows(text, exact, budget, [...hintWindows, ...pieceWindows]);
  } else {
    matches = pairedPieceMatches(text, exact, budget, hint);
  }
  return uniqueMatches(matches.map((match) => keepSurrogatePairs(text, match)))
    .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, MAX_CANDIDATES);
}

type Window = [number, number];

interface Piece {
  readonly text: string;
  /** Where the piece sits inside the quote. */
  readonly offset: number;
}

/*
 * The head, middle and tail of a long quote are searched across the whole text, each with
 * its own budget; where one lands tells roughly where the whole quote would start. Head and
 * tail survive edits near the other end; the middle survives edits at both ends.
 */
function pieceStarts(text: string, exact: string, hint: number): number[] {
  const middle = Math.floor((exact.length - PIECE_LENGTH) / 2);
  return [0, middle, exact.length - PIECE_LENGTH].flatMap((offset) =>
    pieceMatches(text, { text: exact.slice(offset, offset + PIECE_LENGTH), offset }, hint).map(
      (match) => match.start - offset,
    ),
  );
}

/*
 * Verifying a match costs about m * m / 32 whatever the budget, which is too slow for a
 * quote of many thousand characters. Such a quote is placed from its head to its tail, and
 * its error count is estimated from the pieces' errors and the change in length, so a
 * sentence cut from the middle of a section still leaves the section highlighted.
 */
function pairedPieceMatches(text: string, exact: string, budget: number, hint: number): Match[] {
  const tailOffset = exact.length - PIECE_LENGTH;
  const heads = pieceMatches(text, { text: exact.slice(0, PIECE_LENGTH), offset: 0 }, hint);
  const tails = pieceMatches(text, { text: exact.slice(tailOffset), offset: tailOffset }, hint);
  const matches: Match[] = [];
  for (const head of heads) {
    for (const tail of tails) {
      if (tail.start < head.end) continue;
      const lengthChange = Math.abs(tail.end - head.start - exact.length);
      const errors = head.errors + tail.errors + lengthChange;
      if (errors <= budget) matches.push({ start: head.start, end: tail.end, errors });
    }
  }
  return matches;
}

/*
 * The piece's best matches across the whole text, plus its best match near where the hint
 * puts it: the whole-text search reports only the fewest-error matches, which may all be
 * repetitions elsewhere while the real piece nearby carries an edit.
 */
function pieceMatches(text: string, piece: Piece, hint: number): Match[] {
  const budget = errorBudget(piece.text.length);
  const expected = hint + piece.offset;
  const slack = budget + WINDOW_MARGIN;
  const near = verifyInWindows(text, piece.text, budget, [
    [expected - slack, expected + piece.text.length + slack],
  ]);
  const anywhere = lowestErrorMatches(text, piece.text, budget)
    .sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected))
    .slice(0, MATCHES_PER_PIECE);
  return uniqueMatches([...near, ...anywhere]);
}

function verifyInWindows(
  text: string,
  pattern: string,
  budget: number,
  windows: readonly Window[],
): Match[] {
  return mergeWindows(windows, text.length).flatMap(([from, to]) =>
    searchWindow(text, pattern, budget, from, to),
  );
}

function mergeWindows(windows: readonly Window[], textLength: number): Window[] {
  const sorted = windows
    .map(([from, to]): Window => [clamp(from, 0, textLength), clamp(to, 0, textLength)])
    .filter(([from, to]) => from < to)
    .sort((a, b) => a[0] - b[0]);
  const merged: Window[] = [];
  for (const window of sorted) {
    const last = merged[merged.length - 1];
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push([window[0], window[1]]);
  }
  return merged;
}

function searchWindow(
  text: string,
  exact: string,
  budget: number,
  from: number,
  to: number,
): Match[] {
  return lowestErrorMatches(text.slice(from, to), exact, budget).map((match) => ({
    start: match.start + from,
    end: match.end + from,
    errors: match.errors,
  }));
}

/*
 * search() reports only the matches with the fewest errors within its budget, and its cost
 * grows with the budget, so trying small budgets first gives the same answer far faster for
 * the usual revision, which changes a few characters of a passage.
 */
function lowestErrorMatches(text: string, pattern: string, budget: number): Match[] {
  for (let tried = Math.min(budget, FIRST_BUDGET); ; tried = Math.min(budget, tried * 4)) {
    const matches = search(text, pattern, tried);
    if (matches.length > 0 || tried === budget) return matches;
  }
}

/*
 * The fewest-error alignment can stop a few characters short of an edited edge of the
 * passage. Where the stored prefix or suffix still sits intact right beside the match, it
 * marks the true edge, so the match is stretched or shrunk to meet it; the caller keeps
 * whichever version scores better.
 */
function snapToContext(text: string, selector: TextSelector, match: Match, budget: number): Match {
  const reach = Math.min(SNAP_REACH, budget);
  const start = nearest(match.start, reach, (at) => endsWithAt(text, selector.prefix, at));
  const end = nearest(match.end, reach, (at) => text.startsWith(selector.suffix, at));
  if ((start === match.start && end === match.end) || start >= end) return match;
  const moved = Math.abs(start - match.start) + Math.abs(end - match.end);
  const errors =
    selector.exact.length <= LONG_EXACT_LENGTH
      ? editDistance(selector.exact, text.slice(start, end))
      : match.errors + moved;
  return { start, end, errors };
}

function endsWithAt(text: string, context: string, at: number): boolean {
  return at >= context.length && text.startsWith(context, at - context.length);
}

/* The offset within reach of `at` that satisfies `holds`, nearest first; `at` if none does. */
function nearest(at: number, reach: number, holds: (offset: number) => boolean): number {
  for (let distance = 0; distance <= reach; distance += 1) {
    if (holds(at - distance)) return at - distance;
    if (holds(at + distance)) return at + distance;
  }
  return at;
}

function uniqueMatches(matches: readonly Match[]): Match[] {
  const byRange = new Map<string, Match>();
  for (const match of matches) {
    const key = `${match.start}:${match.end}`;
    const known = byRange.get(key);
    if (!known || match.errors < known.errors) byRange.set(key, match);
  }
  return [...byRange.values()];
}

function bestCandidate(
  matches: readonly Match[],
  scoreOf: (match: Match) => number,
  expectedStart: number,
): Candidate {
  let best: Candidate | undefined;
  for (const match of matches) {
    const candidate = { ...match, score: scoreOf(match) };
    if (!best || isBetter(candidate, best, expectedStart)) best = candidate;
  }
  if (!best) throw new Error('bestCandidate needs at least one match');
  return best;
}

function isBetter(candidate: Candidate, best: Candidate, expectedStart: number): boolean {
  if (candidate.score > best.score + SCORE_EPSILON) return true;
  if (candidate.score < best.score - SCORE_EPSILON) return false;
  const distance = Math.abs(candidate.start - expectedStart);
  const bestDistance = Math.abs(best.start - expectedStart);
  if (distance !== bestDistance) return distance < bestDistance;
  return candidate.start < best.start;
}

function scoreCandidate(
  text: string,
  selector: TextSelector,
  expectedStart: number,
  match: Match,
): number {
  const quote = Math.max(0, 1 - match.errors / selector.exact.length);
  const prefix = similarity(
    selector.prefix,
    text.slice(Math.max(0, match.start - CONTEXT_LENGTH), match.start),
  );
  const suffix = similarity(selector.suffix, text.slice(match.end, match.end + CONTEXT_LENGTH));
  const position =
    1 - Math.min(1, Math.abs(match.start - expectedStart) / Math.max(1, text.length));
  return (
    QUOTE_WEIGHT * quote + CONTEXT_WEIGHT * ((prefix + suffix) / 2) + POSITION_WEIGHT * position
  );
}

/*
 * The stored context is compared with a full-length window of the candidate's context, so
 * a short stored prefix (the passage was near the start of the text) counts against a
 * candidate that now sits deep inside it.
 */
function similarity(expected: string, actual: string): number {
  if (expected === actual) return 1;
  const longest = Math.max(expected.length, actual.length);
  return 1 - editDistance(expected, actual) / longest;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const deletion = (previous[j] ?? 0) + 1;
      const insertion = (current[j - 1] ?? 0) + 1;
      current.push(Math.min(substitution, deletion, insertion));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/*
 * Maps an offset in the old text to where it most likely lies in the new one, from the
 * longest unchanged head and tail of the two texts. Exact for edits on one side of a
 * passage; only a hint for passages between several edits, which the scored search absorbs.
 */
function revisionShift(oldText: string, newText: string): (offset: number) => number {
  const shortest = Math.min(oldText.length, newText.length);
  let head = 0;
  while (head < shortest && oldText.charCodeAt(head) === newText.charCodeAt(head)) head += 1;
  let tail = 0;
  while (
    tail < shortest - head &&
    oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)
  ) {
    tail += 1;
  }
  const delta = newText.length - oldText.length;
  return (offset) => {
    if (offset <= head) return offset;
    if (offset >= oldText.length - tail) return offset + delta;
    return clamp(offset, head, newText.length - tail);
  };
}

/* Approximate match edges may cut an astral character in half; widen to keep it whole. */
function keepSurrogatePairs(text: string, match: Match): Match {
  const start = isLowSurrogate(text.charCodeAt(match.start)) ? match.start - 1 : match.start;
  const end = isLowSurrogate(text.charCodeAt(match.end)) ? match.end + 1 : match.end;
  return start === match.start && end === match.end ? match : { start, end, errors: match.errors };
}

function avoidSplittingPairForward(text: string, offset: number): number {
  return isLowSurrogate(text.charCodeAt(offset)) ? offset + 1 : offset;
}

function avoidSplittingPairBackward(text: string, offset: number): number {
  return offset < text.length && isLowSurrogate(text.charCodeAt(offset)) ? offset - 1 : offset;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}

function unique(values: readonly number[]): number[] {
  return [...new Set(values)];
}
