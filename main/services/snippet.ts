// Search-result snippets, built from an article's text and the words searched for: the
// passage with the most matches, about 200 characters, with matches wrapped in \u0002…\u0003
// so the UI can emphasise them without ever treating text as markup. Words compare the way
// the FTS5 index does (case and diacritics folded), so every hit the index finds can be shown.

export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

interface Token {
  start: number;
  end: number;
}

const MAX_HITS = 200;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordsPattern(words: string[], prefixLast: boolean): RegExp {
  const alternatives = words.map((word, index) =>
    prefixLast && index === words.length - 1
      ? `${escapeRegExp(word)}[\\p{L}\\p{N}]*`
      : escapeRegExp(word),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
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

/** Slow path, for hits the index found through folded diacritics: compare word by word. */
function findHitsFolded(text: string, words: string[], prefixLast: boolean): Token[] {
  const wanted = words.map(fold);
  const hits: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const folded = fold(match[0]);
    const hit = wanted.some(
      (word, index) =>
        folded === word || (prefixLast && index === wanted.length - 1 && folded.startsWith(word)),
    );
    if (hit) hits.push({ start: match.index, end: match.index + match[0].length });
    if (hits.length >= MAX_HITS) break;
  }
  return hits;
}

/** A snippet builder for one search; the pattern is compiled once for all its results. */
export function snippetMaker(
  words: string[],
  prefixLast: boolean,
  width = 200,
): (text: string) => string {
  const pattern = words.length > 0 ? wordsPattern(words, prefixLast) : null;
  return (text) => {
    if (!pattern) return clip(text, 0, width);
    let hits = findHitsExactly(text, pattern);
    if (hits.length === 0) hits = findHitsFolded(text, words, prefixLast);
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
