// Boilerplate removal: decides which blocks are not the article (related-story lists and
// teasers, promo and share lines, credits, sign-offs, disclaimers, metadata-only lines).
// Rules are general: labels any site uses, structure (a headline repeated before a teaser),
// repetition, link density and position in the tail. It never edits a block's text, only
// keeps or drops whole blocks, and it never drops a block that quotes someone unless the
// block is explicitly labelled as something else ("Photo: …", "Also read: …").

import type { Block } from './article';
import { joinBlocks, textToBlocks } from './canonical';
import { wordSet } from './word-set';
import {
  isAuthorBio,
  isDisclaimer,
  isOnlyName,
  parseAuthorLabel,
  parseByline,
  parseDateLine,
  parseDateline,
  parseSourceCredit,
  parseSourceLabel,
} from './metadata';

export type RemovalReason =
  | 'byline'
  | 'dateline'
  | 'date'
  | 'author-bio'
  | 'source-credit'
  | 'disclaimer'
  | 'image-credit'
  | 'caption'
  | 'promo'
  | 'share'
  | 'read-more'
  | 'call-to-action'
  | 'related-heading'
  | 'links'
  | 'teaser'
  | 'duplicate'
  | 'tags'
  | 'page-furniture'
  | 'trailing';

/** How many blocks at the end may hold a bare "Source: X" credit. */
export const TAIL_LABEL_WINDOW = 3;
/** Date-only lines are metadata near the top; further down they may be timeline headings. */
const DATE_LINE_HEAD = 6;

export interface CleanOptions {
  /** The author if already known (HTML meta); otherwise taken from a byline in the blocks. */
  author?: string | null;
}

export interface CleanResult {
  kept: Block[];
  removed: string[];
  /** Why each removed block went, in the same order as `removed` (for tests and debugging). */
  reasons: RemovalReason[];
}

/** Re-runs paragraphing and cleaning on raw text (e.g. an article's stored original). */
export function cleanText(raw: string): { text: string; removed: string[] } {
  const { kept, removed } = cleanBlocks(textToBlocks(raw));
  return { text: joinBlocks(kept), removed };
}

export function cleanBlocks(blocks: readonly Block[], options: CleanOptions = {}): CleanResult {
  const author = options.author ?? findAuthor(blocks);
  const marks: (RemovalReason | null)[] = blocks.map((block, index) =>
    labelledReason(block, index, author),
  );
  markSourceLabels(blocks, marks);
  blocks.forEach((block, index) => {
    if (marks[index] === null && !isProtected(block)) marks[index] = heuristicReason(block);
  });
  markLinkLists(blocks, marks);
  markTeasers(blocks, marks);
  markTrailingMatter(blocks, marks);

  const kept: Block[] = [];
  const removed: string[] = [];
  const reasons: RemovalReason[] = [];
  blocks.forEach((block, index) => {
    const reason = marks[index];
    if (reason) {
      removed.push(block.text);
      reasons.push(reason);
    } else {
      kept.push(block);
    }
  });
  return { kept, removed, reasons };
}

/** Whether one block on its own is boilerplate (for choosing a title among the first lines). */
export function isBoilerplate(block: Block): boolean {
  if (labelledReason(block, 0, null) !== null) return true;
  return !isProtected(block) && heuristicReason(block) !== null;
}

function findAuthor(blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    const name = parseByline(block.text) ?? parseAuthorLabel(block.text);
    if (name) return name;
  }
  return null;
}

/** Closing marks for each opening quotation mark (German „…“ closes with a left-hand mark). */
const CLOSERS: Record<string, string> = {
  '“': '”“',
  '„': '“”',
  '«': '»',
  '"': '"',
  '‘': '’',
};
/** How far a quotation may run; a mark without a partner this close is not a quotation. */
const QUOTATION_WINDOW = 3000;

/**
 * A quotation of at least three words: the analyst's raw material, never boilerplate by
 * guesswork. A scan, not a regular expression, so a stray opening mark in a long paragraph
 * cannot trigger catastrophic backtracking.
 */
const ANY_OPENER = new RegExp(
  `[${Object.keys(CLOSERS)
    .map((mark) => `\\u${mark.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}]`,
  'g',
);

export function hasQuotation(text: string): boolean {
  ANY_OPENER.lastIndex = 0;
  for (let found = ANY_OPENER.exec(text); found; found = ANY_OPENER.exec(text)) {
    const index = found.index;
    const closers = CLOSERS[text.charAt(index)];
    if (!closers) continue;
    const end = closingMark(text, index + 1, closers);
    if (end < 0) continue;
    const words = text
      .slice(index + 1, end)
      .split(/[\s\u00a0]+/)
      .filter((word) => /\p{L}/u.test(word));
    if (words.length >= 3) return true;
    ANY_OPENER.lastIndex = end + 1;
  }
  return false;
}

function closingMark(text: string, from: number, closers: string): number {
  const limit = Math.min(text.length, from + QUOTATION_WINDOW);
  for (let index = from; index < limit; index += 1) {
    const char = text.charAt(index);
    if (!closers.includes(char)) continue;
    // ’ between letters is an apostrophe (“it’s”), not the end of a ‘single-quoted’ phrase.
    if (char === '’' && /\p{L}/u.test(text.charAt(index + 1))) continue;
    return index;
  }
  return -1;
}

function isProtected(block: Block): boolean {
  return hasQuotation(block.text);
}

/** Substantive prose: long enough and with more than one sentence. */
function isSubstantive(block: Block): boolean {
  return block.text.length >= 250 && (block.text.match(/[.!?]["”’»]?(?:\s|$)/g) ?? []).length >= 2;
}

function isHeadingLike(block: Block): boolean {
  const text = block.text;
  return text.length <= 160 && text.split(/\s+/).length <= 24 && !/[.!?]["”’»]?$/.test(text.trim());
}

/** Rules that recognise what a block says it is; they apply even to quoting blocks. */
function labelledReason(block: Block, index: number, author: string | null): RemovalReason | null {
  const text = block.text;
  if (block.kind === 'caption') return 'caption';
  if (parseByline(text)) return 'byline';
  if (author && text.length <= 200 && isOnlyName(text, author)) return 'byline';
  if (isAuthorBio(text)) return 'author-bio';
  if (parseSourceCredit(text)) return 'source-credit';
  if (isDisclaimer(text)) return 'disclaimer';
  if (IMAGE_CREDIT_LABEL.test(text) && text.length <= 400) return 'image-credit';
  if (PROMO_LABEL.test(text) && text.length <= 250 && !isSubstantive(block)) return 'promo';
  if (TAGS_LABEL.test(text) && text.length <= 300) return 'tags';
  if (parseDateline(text)?.lineOnly) return 'dateline';
  if (index < DATE_LINE_HEAD && parseDateLine(text)) return 'date';
  return null;
}

/** Rules that judge by shape; they never touch a block that quotes someone. */
function heuristicReason(block: Block): RemovalReason | null {
  const text = block.text;
  if (isShareLine(text)) return 'share';
  if (isReadMore(text)) return 'read-more';
  if (text.length <= 200 && CALL_TO_ACTION.some((pattern) => pattern.test(text))) {
    return 'call-to-action';
  }
  if (text.length <= 400 && COPYRIGHT.test(text)) return 'call-to-action';
  if (text.length <= 60 && RELATED_HEADING.test(text)) return 'related-heading';
  if (text.length <= 80 && PAGE_FURNITURE.test(text)) return 'page-furniture';
  if (text.length <= 200 && PHOTO_BY.test(text)) return 'image-credit';
  if (text.length <= 400 && mayEndInCredit(text) && TRAILING_IMAGE_CREDIT.test(text)) {
    return 'image-credit';
  }
  if (block.linkDensity >= 0.6 && text.length <= 300 && !isSubstantive(block)) return 'links';
  return null;
}

const IMAGE_CREDIT_LABEL =
  /^[([]?[\s\u00a0]*(?:(?:main|top|lead|header|featured|cover|file)[\s\u00a0]+)?(?:photo(?:graph)?s?|images?|pictures?|pic|illustrations?|graphics?|credits?)(?:[\s\u00a0]+(?:credits?|sources?|courtesy|by|via))?[\s\u00a0]*(?::|\||[–—]|-[\s\u00a0])/iu;
/** "(Photo by Jane Roe/Agency)": a credit with no colon, in brackets. */
const PHOTO_BY =
  /^[([][\s\u00a0]*(?:file[\s\u00a0]+)?(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video)[\s\u00a0]+(?:by|courtesy|credit|via|from)\b[^)\]]*[)\]][\s\u00a0.]*$/iu;
const TAGS_LABEL =
  /^(?:tags|topics|filed[\s\u00a0]+under|categories|category|keywords)[\s\u00a0]*:/iu;
/** Reader-tool and advertising lines that sites print between paragraphs. */
const PAGE_FURNITURE =
  /^(?:advertisement|advertising|sponsored(?:[\s\u00a0]+content)?|story[\s\u00a0]+continues[\s\u00a0]+below(?:[\s\u00a0]+(?:this[\s\u00a0]+)?(?:advertisement|ad))?|article[\s\u00a0]+continues[\s\u00a0]+(?:below|after[\s\u00a0]+(?:this[\s\u00a0]+)?(?:advertisement|ad))|listen[\s\u00a0]+to[\s\u00a0]+(?:this|the)[\s\u00a0]+(?:article|story)(?:[\s\u00a0]+\d+[\s\u00a0]*min)?|\d+[\s\u00a0]*(?:min|mins|minutes?)[\s\u00a0]+read|reading[\s\u00a0]+time:?[\s\u00a0]*\d+[\s\u00a0]*(?:min|mins|minutes?)|print(?:[\s\u00a0]+this[\s\u00a0]+(?:page|article))?|font[\s\u00a0]+size:?.*|text[\s\u00a0]+size:?.*|\d+[\s\u00a0]+comments?|comments?(?:[\s\u00a0]*\(\d+\))?|leave[\s\u00a0]+a[\s\u00a0]+comment|show[\s\u00a0]+comments?|skip[\s\u00a0]+to[\s\u00a0]+(?:main[\s\u00a0]+)?content|back[\s\u00a0]+to[\s\u00a0]+top)[\s\u00a0.!]*$/iu;
const TRAILING_IMAGE_CREDIT =
  /(?:[[(](?:file[\s\u00a0]+)?(?:photo(?:graph)?s?|images?|pictures?|illustrations?|credits?)\b[^\])]{1,120}[\])]|(?:^|[.!?][\s\u00a0]+|\|[\s\u00a0]*)(?:photo(?:graph)?|image|picture)s?(?:[\s\u00a0]+credit)?[\s\u00a0]*:[^.:]{1,80})[\s\u00a0.]*$/iu;
/**
 * What TRAILING_IMAGE_CREDIT needs at the end of a block: a closing bracket, or a colon in the
 * last hundred characters. Checked from the end, which the pattern itself cannot do.
 */
function mayEndInCredit(text: string): boolean {
  let end = text.length;
  while (end > 0 && /[\s\u00a0.]/.test(text.charAt(end - 1))) end -= 1;
  const last = text.charAt(end - 1);
  return last === ')' || last === ']' || text.lastIndexOf(':') >= end - 100;
}
const PROMO_LABEL =
  /^(?:also[\s\u00a0]+(?:see|read|watch|listen|on)|see[\s\u00a0]+also|read[\s\u00a0]+(?:also|more|next|too|this)|related(?:[\s\u00a0]+(?:article|story|stories|news|coverage|reading))?|recommended(?:[\s\u00a0]+reading)?|more[\s\u00a0]+(?:on|from|about|news|stories)(?:[\s\u00a0]+[\p{L}\p{N}’']+){0,3}|must[\s\u00a0]+read|don[’']?t[\s\u00a0]+miss|you[\s\u00a0]+(?:may|might)[\s\u00a0]+also[\s\u00a0]+like|further[\s\u00a0]+reading|suggested(?:[\s\u00a0]+reading)?|in[\s\u00a0]+case[\s\u00a0]+you[\s\u00a0]+missed[\s\u00a0]+it|watch|listen)[\s\u00a0]*(?::|\||»|›|>|[–—]|-[\s\u00a0])[\s\u00a0]*\S/iu;
const RELATED_HEADING =
  /^(?:recent|latest|related|more|popular|trending|recommended|top|editor[’']?s[\s\u00a0]+picks?|most[\s\u00a0]+(?:read|popular|viewed|shared)|read[\s\u00a0]+next|up[\s\u00a0]+next|you[\s\u00a0]+(?:may|might)[\s\u00a0]+also[\s\u00a0]+like|also[\s\u00a0]+(?:read|see)|see[\s\u00a0]+also|further[\s\u00a0]+reading|in[\s\u00a0]+other[\s\u00a0]+news)(?:[\s\u00a0]+(?:posts|articles|stories|news|headlines|reads|coverage|content|links|videos|(?:from|in|on|about)(?:[\s\u00a0]+[\p{L}’']+){1,4}))?[\s\u00a0]*:?$/iu;
const CALL_TO_ACTION: RegExp[] = [
  /^(?:subscribe|sign[\s\u00a0]+up|sign[\s\u00a0]+in|log[\s\u00a0]+in|register[\s\u00a0]+(?:now|for|to)|follow[\s\u00a0]+us|join[\s\u00a0]+(?:us|our)|download[\s\u00a0]+(?:our|the)[\s\u00a0]+app|get[\s\u00a0]+(?:our|the)[\s\u00a0]+(?:newsletter|app)|click[\s\u00a0]+here|tap[\s\u00a0]+here|like[\s\u00a0]+us|support[\s\u00a0]+(?:us|our[\s\u00a0]+journalism))\b/iu,
  /\b(?:we[\s\u00a0]+use[\s\u00a0]+cookies|accept[\s\u00a0]+(?:all[\s\u00a0]+)?cookies|cookie[\s\u00a0]+(?:policy|settings|preferences)|all[\s\u00a0]+rights[\s\u00a0]+reserved)\b/iu,
];
const COPYRIGHT = /^(?:©|\(c\)[\s\u00a0]*\d{4}|copyright[\s\u00a0]+(?:©|\(c\)|\d{4}))/iu;

const SHARE_WORDS = wordSet(
  'share shares shared sharing tweet twitter x facebook linkedin whatsapp telegram ' +
    'email e-mail mail print reddit pinterest copy copied link url on this article ' +
    'story page via messenger vk threads bluesky mastodon flipboard pocket save ' +
    'bookmark comments comment the to or and with friends',
);
const STRONG_SHARE_WORDS = wordSet(
  'share shares tweet facebook twitter linkedin whatsapp telegram reddit pinterest ' +
    'flipboard bluesky mastodon',
);

function isShareLine(text: string): boolean {
  if (text.length > 120) return false;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.every((word) => SHARE_WORDS.has(word) || /^\d+$/.test(word)) &&
    words.some((word) => STRONG_SHARE_WORDS.has(word))
  );
}

const READ_MORE =
  /^(?:read[\s\u00a0]+(?:more|the[\s\u00a0]+full[\s\u00a0]+(?:story|article)|full[\s\u00a0]+(?:story|article)|next|on)|continue[\s\u00a0]+reading|learn[\s\u00a0]+more|see[\s\u00a0]+(?:more|all)|view[\s\u00a0]+(?:more|all)|show[\s\u00a0]+more|load[\s\u00a0]+more|more[\s\u00a0]+stories|full[\s\u00a0]+story|next[\s\u00a0]+(?:article|story|post)|previous[\s\u00a0]+(?:article|story|post))\b[^\p{L}]*$/iu;
const ARROW_EDGE = /^[»›→⟶➔▶>]|[»›→⟶➔▶]$/u;

function isReadMore(text: string): boolean {
  return READ_MORE.test(text) || (text.length <= 60 && ARROW_EDGE.test(text.trim()));
}

/** Lists (or runs of list items) that are mostly links are navigation or related stories. */
function markLinkLists(blocks: readonly Block[], marks: (RemovalReason | null)[]): void {
  const groups = new Map<number, number[]>();
  blocks.forEach((block, index) => {
    if (block.group === undefined) return;
    const members = groups.get(block.group);
    if (members) members.push(index);
    else groups.set(block.group, [index]);
  });
  for (const members of groups.values()) {
    const linked = members.filter((index) => (blocks[index]?.linkDensity ?? 0) >= 0.5).length;
    if (members.length < 2 || linked < members.length * 0.6) continue;
    for (const index of members) {
      const block = blocks[index];
      if (block && marks[index] === null && !isProtected(block) && !isSubstantive(block)) {
        marks[index] = 'links';
      }
    }
  }
}

function sameHeadline(a: Block | undefined, b: Block | undefined): boolean {
  if (!a || !b) return false;
  const flat = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/[\s:.»›|–—-]+$/u, '')
      .trim();
  return flat(a.text) !== '' && flat(a.text) === flat(b.text);
}

/**
 * Teasers: a headline repeated (link + heading of the same story card) followed by a blurb,
 * or a headline and blurb followed by a "Read more" line. The blurb goes with its headline
 * unless it quotes someone.
 */
function markTeasers(blocks: readonly Block[], marks: (RemovalReason | null)[]): void {
  const isReadMoreAt = (index: number) => marks[index] === 'read-more';
  // Only a pair nothing else has claimed: a repeated byline is a byline, not a story card.
  const startsPairAt = (index: number) =>
    marks[index] === null &&
    marks[index + 1] === null &&
    isHeadingLike(blocks[index] ?? { text: '', kind: 'paragraph', linkDensity: 0 }) &&
    sameHeadline(blocks[index], blocks[index + 1]);

  for (let index = 0; index < blocks.length - 1; index += 1) {
    if (!startsPairAt(index)) continue;
    if (index === 0) {
      // A headline printed twice at the very top is the title and its echo, not a teaser.
      marks[1] ??= 'duplicate';
      continue;
    }
    marks[index] ??= 'teaser';
    marks[index + 1] ??= 'teaser';
    const blurb = index + 2;
    const block = blocks[blurb];
    const closes =
      blurb === blocks.length - 1 ||
      isReadMoreAt(blurb + 1) ||
      startsPairAt(blurb + 1) ||
      marks[blurb + 1] === 'related-heading';
    if (block && marks[blurb] === null && closes && !isProtected(block)) marks[blurb] = 'teaser';
    index += 1;
  }

  // Headline, blurb, "Read more": a story card. A lone one may be the article's own last
  // section and a link to its next page, so cards count only when they repeat or follow an
  // end-of-article marker (a "Related" heading, a source credit).
  const cards: { headline: number; blurb: number }[] = [];
  blocks.forEach((_, index) => {
    if (!isReadMoreAt(index)) return;
    const blurb = index - 1;
    const headline = index - 2;
    const blurbBlock = blocks[blurb];
    const headlineBlock = blocks[headline];
    if (!blurbBlock || marks[blurb] !== null || isProtected(blurbBlock)) return;
    const headed =
      marks[headline] === 'teaser' ||
      (headlineBlock !== undefined && marks[headline] === null && isHeadingLike(headlineBlock));
    if (headed) cards.push({ headline, blurb });
  });
  const firstMarker = marks.findIndex((reason) => reason !== null && END_MARKERS.has(reason));
  for (const card of cards) {
    const blurbBlock = blocks[card.blurb];
    const headlineBlock = blocks[card.headline];
    if (!blurbBlock) continue;
    const trusted = cards.length > 1 || (firstMarker >= 0 && firstMarker < card.headline);
    if (!trusted) continue;
    marks[card.blurb] = 'teaser';
    if (headlineBlock && marks[card.headline] === null && !isProtected(headlineBlock)) {
      marks[card.headline] = 'teaser';
    }
  }
}

/** "Source: X" is a credit only as one of the last blocks; elsewhere it captions a chart. */
function markSourceLabels(blocks: readonly Block[], marks: (RemovalReason | null)[]): void {
  const first = Math.max(0, blocks.length - TAIL_LABEL_WINDOW);
  for (let index = first; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (block && marks[index] === null && parseSourceLabel(block.text)) {
      marks[index] = 'source-credit';
    }
  }
}

const END_MARKERS = new Set<RemovalReason>([
  'source-credit',
  'disclaimer',
  'author-bio',
  'related-heading',
]);

/**
 * Once the article has clearly ended (a source credit, disclaimer, author bio or a
 * "Related" heading near the end), short unquoted blocks after it are sign-offs and desk
 * blurbs. Only applies when what follows is small next to the article itself.
 */
function markTrailingMatter(blocks: readonly Block[], marks: (RemovalReason | null)[]): void {
  const body = blocks.reduce(
    (sum, block, index) => (marks[index] === null ? sum + block.text.length : sum),
    0,
  );
  let before = 0;
  let attempts = 0;
  for (let index = 0; index < blocks.length; index += 1) {
    const reason = marks[index];
    const block = blocks[index];
    if (!block) continue;
    if (reason === null || reason === undefined) {
      before += block.text.length;
      continue;
    }
    if (!END_MARKERS.has(reason) || before < body * 0.6) continue;
    // Each try scans the rest of the article; a handful is enough to find the real end.
    attempts += 1;
    if (attempts > 10) return;
    const rest = blocks.map((_, at) => at).filter((at) => at > index && marks[at] === null);
    const restLength = rest.reduce((sum, at) => sum + (blocks[at]?.text.length ?? 0), 0);
    if (restLength > body * 0.25) continue;
    const candidates = rest.filter((at) => {
      const candidate = blocks[at];
      return candidate !== undefined && !isProtected(candidate) && !isSubstantive(candidate);
    });
    if (candidates.length !== rest.length) continue;
    for (const at of candidates) marks[at] = 'trailing';
    return;
  }
}
