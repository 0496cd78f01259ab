// Canonical text: the exact string highlights are anchored against. Owns paragraphing of
// plain text, inline whitespace collapsing and the final join. It only ever touches ASCII
// whitespace, a BOM and line endings: every other character (non-breaking spaces, curly
// quotes, dashes) passes through untouched so quotations stay verbatim.

import { paragraph, type Block } from './article';

const ASCII_WHITESPACE_RUN = /[ \t\n\v\f\r]+/g;
const LEADING_ASCII_WHITESPACE = /^[ \t\n\v\f\r]+/;
const TRAILING_ASCII_WHITESPACE = /[ \t\n\v\f\r]+$/;
/** Unicode spaces and invisible format characters: a paragraph made only of these is empty. */
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

const ASCII_WHITESPACE_CODES = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);
/** Besides double spaces, what collapseInline would change inside a paragraph. */
const NON_SPACE_WHITESPACE = /[\t\n\v\f\r]/;

function isAsciiWhitespace(code: number): boolean {
  return ASCII_WHITESPACE_CODES.has(code);
}

// Both run on every paragraph of every import, so the common case (nothing to change) is
// answered by a test, without building new strings.
export function trimAscii(text: string): string {
  if (text.length === 0) return text;
  if (
    !isAsciiWhitespace(text.charCodeAt(0)) &&
    !isAsciiWhitespace(text.charCodeAt(text.length - 1))
  )
    return text;
  return text.replace(LEADING_ASCII_WHITESPACE, '').replace(TRAILING_ASCII_WHITESPACE, '');
}

/** One paragraph's worth of text: ASCII whitespace runs become one space, ends trimmed. */
export function collapseInline(text: string): string {
  // Two plain tests scan faster than one pattern with an alternation.
  const needsCollapse = NON_SPACE_WHITESPACE.test(text) || text.includes('  ');
  return trimAscii(needsCollapse ? text.replace(ASCII_WHITESPACE_RUN, ' ') : text);
}

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/** The text of canonical blocks (collapsed, none blank: as textToBlocks and assembleArticle make them). */
export function joinBlocks(blocks: readonly Block[]): string {
  return blocks.map((block) => block.text).join('\n\n');
}

/** Lines longer than this are never the product of hard wrapping (mail and terminals wrap at 72–80). */
const MAX_WRAP_WIDTH = 100;
const LIST_MARKER = /^(?:[-*•·▪–]|\d{1,3}[.)])\s/;
const ENDS_SENTENCE = /[.!?:;…"”’»)\]]$/;

/**
 * Splits plain text into paragraphs. Blank lines always separate paragraphs. Single line
 * breaks are judged per document: text copied from the web usually has one paragraph per
 * line (long lines), while hard-wrapped text (mail, terminals) has lines of a similar width
 * that belong together. Only in the second case do single newlines collapse into spaces.
 */
export function textToBlocks(raw: string): Block[] {
  const lines = normaliseNewlines(stripBom(raw))
    .split('\n')
    .map((line) => (isBlank(line) ? '' : collapseInline(line)));
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) groups.push(current);

  const width = wrapWidth(groups);
  const paragraphs: string[] = [];
  for (const group of groups) {
    if (width === null) {
      for (const line of group) paragraphs.push(line);
      continue;
    }
    let pending: string[] = [];
    group.forEach((line, index) => {
      const next = group[index + 1];
      pending.push(line);
      if (next === undefined || endsWrappedParagraph(line, next, width)) {
        paragraphs.push(pending.join(' '));
        pending = [];
      }
    });
  }
  return paragraphs.map(paragraph);
}

function endsWrappedParagraph(line: string, next: string, width: number): boolean {
  if (LIST_MARKER.test(next)) return true;
  return ENDS_SENTENCE.test(line) && line.length < width * 0.7;
}

/** The wrap width when the text looks hard-wrapped, otherwise null (one paragraph per line). */
function wrapWidth(groups: readonly string[][]): number | null {
  const inner = groups.flatMap((group) => group.slice(0, -1)).map((line) => line.length);
  if (inner.length < 2) return null;
  const all = groups.flat();
  const longLines = all.filter((line) => line.length > MAX_WRAP_WIDTH).length;
  if (longLines > all.length * 0.05) return null;
  const sorted = [...inner].sort((a, b) => a - b);
  const width = sorted[Math.floor((sorted.length - 1) * 0.9)] ?? 0;
  if (width < 30) return null;
  const nearWidth = inner.filter((length) => length >= width * 0.6).length;
  return nearWidth >= inner.length * 0.7 ? width : null;
}
