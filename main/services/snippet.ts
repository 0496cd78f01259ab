// Search-result snippets, built from an article's text and what the query marks (its words and
// phrases; not what it excludes, nor words it looks for only in titles): the passage of about
// 200 characters with the most matches, each wrapped in \u0002…\u0003 so the UI can emphasise
// them without ever treating text as markup. Words compare the way the FTS5 index does (case
// and diacritics folded, any separators between a phrase's words), so every hit can be shown.
// It knows nothing of the query syntax: main/domain/search-query.ts gives it the marks.
import { foldText, type MarkToken, type SearchMark } from '../domain/search-query';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../domain/snippet-marks';

export { SNIPPET_CLOSE, SNIPPET_OPEN };

interface Token {
  start: number;
  end: number;
}

const MAX_HITS = 200;
const WORD = '[\\p{L}\\p{N}]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A mark as a regular expression: a phrase's words with any separators between, as FTS5 reads them. */
function markPattern(mark: SearchMark): string {
  return mark.tokens
    .map(
      (token) => `(?:${token.forms.map(escapeRegExp).join('|')})${token.prefix ? `${WORD}*` : ''}`,
    )
    .join(`[^\\p{L}\\p{N}]+`);
}

function marksPattern(marks: readonly SearchMark[]): RegExp {
  // Longer marks first, so a phrase wins over one of its own words at the same place.
  const ordered = [...marks].sort((a, b) => b.tokens.length - a.tokens.length);
  return new RegExp(`(?<!${WORD})(?:${ordered.map(markPattern).join('|')})(?!${WORD})`, 'giu');
}

/** Fast path: one case-insensitive regular expression over the text. */
function findHitsExactly(text: string, pattern: RegExp): Token[] {
  const hits: Token[] = [];
  for (const match of text.matchAll(pattern)) {
    hits.push({ start: match.index, end: match.index + match[0].length });
    if (hits.length >= MAX_HITS) break;
  }
  return hits;
}

function tokenMatches(token: MarkToken, folded: string): boolean {
  return token.forms.some((form) => (token.prefix ? folded.startsWith(form) : folded === form));
}

/** The marks with every form folded once, for the word-by-word comparison. */
function foldedMarks(marks: readonly SearchMark[]): SearchMark[] {
  return marks.map((mark) => ({
    tokens: mark.tokens.map((token) => ({ ...token, forms: token.forms.map(foldText) })),
  }));
}

/** Slow path, for hits the index found through folded diacritics: compare word by word (marks folded). */
function findHitsFolded(text: string, marks: readonly SearchMark[]): Token[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: foldText(match[0]),
  }));
  const hits: Token[] = [];
  for (let index = 0; index < words.length && hits.length < MAX_HITS; index += 1) {
    const length = marks
      .filter((mark) =>
        mark.tokens.every(
          (token, offset) =>
            index + offset < words.length && tokenMatches(token, words[index + offset]!.folded),
        ),
      )
      .reduce((longest, mark) => Math.max(longest, mark.tokens.length), 0);
    if (length === 0) continue;
    hits.push({ start: words[index]!.start, end: words[index + length - 1]!.end });
    index += length - 1;
  }
  return hits;
}

/** A snippet builder for one search; the pattern is compiled once for all its results. */
export function snippetMaker(marks: readonly SearchMark[], width = 200): (text: string) => string {
  const pattern = marks.length > 0 ? marksPattern(marks) : null;
  const folded = foldedMarks(marks);
  return (text) => {
    if (!pattern) return clip(text, 0, width);
    let hits = findHitsExactly(text, pattern);
    if (hits.length === 0) hits = findHitsFolded(text, folded);
    return hits.length === 0 ? clip(text, 0, width) : snippetAround(text, hits, width);
  };
}

function snippetAround(text: string, hits: Token[], width: number): string {
  // The window of `width` characters that holds the most hits.
  let best = 0;
  let bestCount = 0;
  let last = 0;
  for (let first = 0; first < hits.length; first += 1) {
    while (last < hits.length && hits[last]!.end - hits[first]!.start <= width) last += 1;
    if (last - first > bestCount) {
      bestCount = last - first;
      best = first;
    }
  }
  const anchor = hits[best]!;
  const lead = Math.min(
    60,
    Math.floor((width - (hits[best + bestCount - 1]!.end - anchor.start)) / 2),
  );
  let from = Math.max(0, anchor.start - Math.max(lead, 0));
  const paragraphStart = text.lastIndexOf('\n\n', anchor.start);
  if (paragraphStart >= 0 && paragraphStart + 2 > from) from = paragraphStart + 2;
  else if (from > 0) from = nextWordStart(text, from);
  const to = Math.min(text.length, from + width);
  const inside = hits.filter((hit) => hit.start >= from && hit.end <= to);
  let snippet = '';
  let cursor = from;
  for (const hit of inside) {
    snippet +=
      text.slice(cursor, hit.start) + SNIPPET_OPEN + text.slice(hit.start, hit.end) + SNIPPET_CLOSE;
    cursor = hit.end;
  }
  snippet += text.slice(cursor, previousWordEnd(text, to));
  return `${from > 0 ? '…' : ''}${snippet.replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

function nextWordStart(text: string, at: number): number {
  const rest = /\s/.exec(text.slice(at, at + 40));
  return rest ? at + rest.index + 1 : at;
}

function previousWordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const back = text.slice(Math.max(0, at - 40), at);
  const space = back.search(/\s\S*$/);
  return space >= 0 ? at - back.length + space : at;
}

function clip(text: string, from: number, width: number): string {
  const to = Math.min(text.length, from + width);
  return `${text.slice(from, previousWordEnd(text, to)).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
