// Pairs quotation marks in plain text: curly and straight, double and single, guillemets and
// low-nine marks, nested quotations, and quotations that run over several paragraphs (the
// opening mark repeated at each paragraph, no closing mark until the last).
// It tells quotation marks from apostrophes (don’t, O’Hara, countries’) by context alone and
// knows nothing about who said what.

export interface QuoteSpan {
  /** index of the opening mark */
  open: number;
  /** first character inside the marks */
  start: number;
  /** index after the last character inside: the closing mark, or the end of a run-on paragraph */
  end: number;
  /** index after the closing mark (equals end when the quotation runs on) */
  close: number;
  /** 0 for an outermost quotation */
  depth: number;
  /** no closing mark in this paragraph: the quotation goes on in the next one */
  runsOn: boolean;
  /** this segment continues a quotation begun in an earlier paragraph */
  continues: boolean;
  /** segments of one quotation share a group */
  group: number;
}

type Family =
  | 'curly-double'
  | 'low-double'
  | 'guillemet'
  | 'reversed-guillemet'
  | 'single-guillemet'
  | 'reversed-single-guillemet'
  | 'curly-single'
  | 'low-single'
  | 'straight-double'
  | 'straight-single';

type Decision =
  | { kind: 'open'; family: Family }
  | { kind: 'close'; families: readonly Family[] }
  | { kind: 'none' };

interface OpenMark {
  family: Family;
  open: number;
  group: number;
  continues: boolean;
}

const markPattern = /[“”″„«»‹›‘’‚"']/gu;
const openingNeighbours = new Set([
  '(',
  '[',
  '{',
  '<',
  '—',
  '–',
  '-',
  '/',
  '“',
  '‘',
  '«',
  '„',
  '‚',
  '‹',
  '"',
  "'",
]);
const closingNeighbours = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '>',
  '—',
  '–',
  '-',
  '…',
  '/',
  '”',
  '’',
  '»',
  '“',
  '‘',
  '›',
  '"',
  "'",
  '″',
]);
const doubleFamilies: readonly Family[] = ['curly-double', 'low-double'];
const singleFamilies: readonly Family[] = ['curly-single', 'low-single'];

/** The marks that can open a paragraph that continues a quotation of each family. */
const reopeners: Record<Family, string> = {
  'curly-double': '“”',
  'low-double': '„',
  guillemet: '«',
  'reversed-guillemet': '»',
  'single-guillemet': '‹',
  'reversed-single-guillemet': '›',
  'curly-single': '‘',
  'low-single': '‚',
  'straight-double': '"',
  'straight-single': "'",
};

const open = (family: Family): Decision => ({ kind: 'open', family });
const close = (...families: Family[]): Decision => ({ kind: 'close', families });
const none: Decision = { kind: 'none' };

function isSpace(character: string): boolean {
  return character === '' || /\s/u.test(character);
}

function isWordCharacter(character: string): boolean {
  return character !== '' && /[\p{L}\p{N}]/u.test(character);
}

// Contractions that start with an apostrophe: ’90s, ’em, ’tis, rock ’n’ roll.
const elision = /^(?:\d\d|em\b|tis\b|twas\b|n\b|cause\b|til\b|till\b|bout\b)/iu;

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const lines = lineRanges(text);
  let carried: { family: Family; group: number } | null = null;
  let groups = 0;

  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const [lineStart, lineEnd] = lines[lineIndex] ?? [0, 0];
    const firstVisible = firstNonSpace(text, lineStart, lineEnd);
    if (firstVisible === lineEnd) continue;
    const stack: OpenMark[] = [];

    markPattern.lastIndex = lineStart;
    for (
      let match = markPattern.exec(text);
      match !== null && match.index < lineEnd;
      match = markPattern.exec(text)
    ) {
      const index = match.index;
      const character = match[0];
      const decision = decide(text, index, lineStart, lineEnd, stack);
      if (decision.kind === 'open') {
        const continues =
          carried !== null &&
          index === firstVisible &&
          stack.length === 0 &&
          reopeners[carried.family].includes(character);
        stack.push({
          family: decision.family,
          open: index,
          group: continues && carried !== null ? carried.group : ++groups,
          continues,
        });
      } else if (decision.kind === 'close') {
        let depth = stack.length - 1;
        while (depth >= 0 && !decision.families.includes(stack[depth]?.family ?? 'curly-double')) {
          depth--;
        }
        const entry = stack[depth];
        if (entry === undefined) continue;
        stack.length = depth;
        if (/\S/u.test(text.slice(entry.open + 1, index))) {
          spans.push({
            open: entry.open,
            start: entry.open + 1,
            end: index,
            close: index + 1,
            depth,
            runsOn: false,
            continues: entry.continues,
            group: entry.group,
          });
        }
      }
    }

    carried = null;
    const outer = stack[0];
    if (outer !== undefined) {
      const next = lines
        .slice(lineIndex + 1)
        .find(([start, end]) => firstNonSpace(text, start, end) < end);
      const nextFirst =
        next === undefined ? '' : (text[firstNonSpace(text, next[0], next[1])] ?? '');
      if (nextFirst !== '' && reopeners[outer.family].includes(nextFirst)) {
        const end = lastNonSpace(text, lineStart, lineEnd);
        if (end > outer.open + 1) {
          spans.push({
            open: outer.open,
            start: outer.open + 1,
            end,
            close: end,
            depth: 0,
            runsOn: true,
            continues: outer.continues,
            group: outer.group,
          });
        }
        carried = { family: outer.family, group: outer.group };
      }
    }
  }
  return spans.sort((a, b) => a.open - b.open);
}

function decide(
  text: string,
  index: number,
  lineStart: number,
  lineEnd: number,
  stack: readonly OpenMark[],
): Decision {
  const character = text[index] ?? '';
  const previous = index > lineStart ? (text[index - 1] ?? '') : '';
  const next = index + 1 < lineEnd ? (text[index + 1] ?? '') : '';
  const opening =
    (isSpace(previous) || openingNeighbours.has(previous)) && !isSpace(next) && next !== '';
  const closing = !isSpace(previous) && (isSpace(next) || closingNeighbours.has(next));
  const has = (families: readonly Family[]): boolean =>
    stack.some((entry) => families.includes(entry.family));
  const top = stack[stack.length - 1]?.family;

  switch (character) {
    case '“':
      // German „…“ closes with this mark; a few texts also misuse it as a closing mark.
      if (has(['low-double']) && closing && !opening) return close('low-double');
      if (top === 'curly-double' && closing && !opening) return close('curly-double');
      return isSpace(next) ? none : open('curly-double');
    case '”':
      if (has(doubleFamilies) && (closing || !opening)) return close(...doubleFamilies);
      // Some typesetting uses ” on both sides of a quotation.
      return opening ? open('curly-double') : none;
    case '″':
      // Word processors may turn a closing " after a letter or digit into a double prime; it
      // closes a quotation only when one is open (otherwise it is inches or seconds).
      if ((top === 'curly-double' || top === 'straight-double') && !isSpace(previous)) {
        return close('curly-double', 'straight-double');
      }
      return none;
    case '„':
      return isSpace(next) ? none : open('low-double');
    case '«':
      if (has(['reversed-guillemet']) && closing && !opening) return close('reversed-guillemet');
      return open('guillemet');
    case '»':
      if (has(['guillemet'])) return close('guillemet');
      return opening ? open('reversed-guillemet') : none;
    case '‹':
      if (has(['reversed-single-guillemet']) && closing && !opening) {
        return close('reversed-single-guillemet');
      }
      return open('single-guillemet');
    case '›':
      if (has(['single-guillemet'])) return close('single-guillemet');
      return opening ? open('reversed-single-guillemet') : none;
    case '‚':
      return opening ? open('low-single') : none;
    case '‘':
      if (has(['low-single']) && closing && !opening) return close('low-single');
      if (top === 'curly-single' && closing && !opening) return close('curly-single');
      if (isWordCharacter(previous) && isWordCharacter(next)) return none;
      return opening ? open('curly-single') : none;
    case '’':
      if (isWordCharacter(previous) && isWordCharacter(next)) return none;
      if (has(singleFamilies) && closing) {
        return isPluralPossessive(text, index, lineEnd, '’') ? none : close(...singleFamilies);
      }
      return opening && !elision.test(text.slice(index + 1, index + 6))
        ? open('curly-single')
        : none;
    case '"':
      if (isWordCharacter(previous) && isWordCharacter(next)) return none;
      if (has(['straight-double']) && (closing || !opening)) return close('straight-double');
      if (opening || (!closing && isSpace(previous) && isSpace(next)))
        return open('straight-double');
      return none;
    case "'":
      if (isWordCharacter(previous) && isWordCharacter(next)) return none;
      if (has(['straight-single']) && closing) {
        return isPluralPossessive(text, index, lineEnd, "'") ? none : close('straight-single');
      }
      return opening && !elision.test(text.slice(index + 1, index + 6))
        ? open('straight-single')
        : none;
    default:
      return none;
  }
}

/**
 * An apostrophe after a plural ("the players’ union") looks like a closing single quotation
 * mark. Inside an open single quotation it is taken as an apostrophe when another closing mark
 * follows later in the paragraph.
 */
function isPluralPossessive(text: string, index: number, lineEnd: number, mark: string): boolean {
  const previous = text[index - 1] ?? '';
  const next = text[index + 1] ?? '';
  const after = text[index + 2] ?? '';
  if (!/[sS]/u.test(previous) || !/\s/u.test(next) || !/\p{L}/u.test(after)) return false;
  for (
    let later = text.indexOf(mark, index + 1);
    later !== -1 && later < lineEnd;
    later = text.indexOf(mark, later + 1)
  ) {
    const before = text[later - 1] ?? '';
    const following = later + 1 < lineEnd ? (text[later + 1] ?? '') : '';
    if (!(isWordCharacter(before) && isWordCharacter(following)) && !isSpace(before)) return true;
  }
  return false;
}

function lineRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    ranges.push([start, end > start && text[end - 1] === '\r' ? end - 1 : end]);
    start = end + 1;
  }
  return ranges;
}

function firstNonSpace(text: string, start: number, end: number): number {
  let index = start;
  while (index < end && isSpace(text[index] ?? '')) index++;
  return index;
}

function lastNonSpace(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && isSpace(text[index - 1] ?? '')) index--;
  return index;
}
