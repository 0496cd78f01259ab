// A bound on how deeply a page's elements nest, applied to the raw HTML before any DOM is
// built. Real articles nest a few dozen levels; a hostile or broken page may nest 100,000,
// and every tree walk over it (the parser's, Readability's, ours) then costs seconds or
// overflows a stack. One pass of a tag tokenizer counts the depth; where it passes the limit,
// the tags beyond it are dropped and their text kept, so the page still imports, flattened.
// Knows nothing of what the elements mean beyond the HTML parsing rules for depth.

/** Dossier reads pages nested up to this many elements deep (not counting p, li, td…). */
export const MAX_NESTING_DEPTH = 150;

// No part of a tag may cross a '<', so a page of unclosed tags or quotes is scanned once, not
// once per '<' (linear on hostile input; an attribute holding '<' only goes uncounted).
const TAG =
  /<(?:!--[\s\S]*?(?:-->|$)|!\[CDATA\[[\s\S]*?(?:\]\]>|$)|[!?][^><]*>?|(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"'<]|"[^"<]*"|'[^'<]*')*)>)/g;

const VOID = new Set(
  'area base br col embed hr img input keygen link meta param source track wbr'.split(' '),
);
/** Elements whose end tag may be left out: a parser closes them, so they add no depth. */
const OPTIONAL_END = new Set(
  'p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp rtc html head body'.split(
    ' ',
  ),
);
/** Elements whose content is raw text up to their end tag, never markup. */
const RAW_TEXT = new Set(
  'script style textarea title xmp iframe noembed noframes noscript plaintext'.split(' '),
);
/** How far down the open elements a stray end tag may close, as parsers do for misnesting. */
const CLOSE_SEARCH = 12;

export interface NestingReport {
  /** The deepest nesting found (up to the limit, and beyond it when flattened). */
  depth: number;
  /** The HTML to parse: the same string when within the limit. */
  html: string;
  flattened: boolean;
}

/** Counts the nesting and flattens what goes deeper than `maxDepth`. */
export function measureNesting(html: string, maxDepth = MAX_NESTING_DEPTH): NestingReport {
  const open: string[] = [];
  const dropped: string[] = [];
  const pieces: string[] = [];
  let copiedUpTo = 0;
  let deepest = 0;
  let lower: string | null = null;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    const name = match[2]?.toLowerCase();
    if (!name) continue;
    const closing = match[1] === '/';
    const start = match.index;
    const end = TAG.lastIndex;
    const drop = () => {
      pieces.push(html.slice(copiedUpTo, start));
      copiedUpTo = end;
    };
    if (closing) {
      if (dropped.length > 0 && dropped[dropped.length - 1] === name) {
        dropped.pop();
        drop();
        continue;
      }
      const at = open.lastIndexOf(name);
      if (at >= 0 && at >= open.length - CLOSE_SEARCH) open.length = at;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, end);
      TAG.lastIndex = close < 0 ? html.length : close;
      continue;
    }
    if (VOID.has(name) || OPTIONAL_END.has(name) || (match[3] ?? '').trimEnd().endsWith('/')) {
      continue;
    }
    if (open.length >= maxDepth) {
      dropped.push(name);
      deepest = Math.max(deepest, open.length + dropped.length);
      drop();
      continue;
    }
    open.push(name);
    deepest = Math.max(deepest, open.length);
  }
  if (pieces.length === 0) return { depth: deepest, html, flattened: false };
  pieces.push(html.slice(copiedUpTo));
  return { depth: deepest, html: pieces.join(''), flattened: true };
}

/** The HTML with nesting beyond the limit flattened (the same string when within it). */
export function limitNesting(html: string, maxDepth = MAX_NESTING_DEPTH): string {
  return measureNesting(html, maxDepth).html;
}
