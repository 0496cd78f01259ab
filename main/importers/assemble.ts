// The shared prose pipeline: from a format reader's blocks and container hints to an
// ImportedArticle. Owns the title choice, reading metadata stated in the text (byline,
// dateline, dates, source credits) and the final canonical text. Knows nothing about bytes
// or any file format.

import type {
  Block,
  ImportFormat,
  ImportedArticle,
  MetadataHints,
  MetadataSource,
} from './article';
import type { MetadataField } from '../domain/records';
import { parseDate } from './dates';
import { collapseInline, isBlank, joinBlocks } from './canonical';
import { TAIL_LABEL_WINDOW, cleanBlocks, isBoilerplate } from './clean';
import { ImportError } from './errors';
import {
  disclaimerPublisher,
  guessLanguage,
  isDisclaimer,
  parseAuthorLabel,
  parseByline,
  parseBylineDate,
  parseReportingCredit,
  parseDateLine,
  parseDateline,
  parseSourceCredit,
  parseCopyrightHolder,
  parseSourceLabel,
} from './metadata';

export interface AssembleInput {
  format: ImportFormat;
  /** Used in error messages and as the title of last resort. */
  fileName: string;
  blocks: readonly Block[];
  hints?: MetadataHints;
  /** Whether a title-like first block is the title (true for plain text, PDF, DOCX). */
  titleFromFirstBlock: boolean;
  /** Title when nothing better is found (given the final text); defaults to the file name. */
  fallbackTitle?: (text: string) => string;
  /** The blocks are already canonical (collapsed, none blank), as textToBlocks makes them. */
  canonical?: boolean;
}

/** How many blocks at the top are searched for a byline, date or dateline. */
const HEAD = 6;

export function assembleArticle(input: AssembleInput): ImportedArticle {
  const hints = input.hints ?? {};
  const hinted = (field: Exclude<keyof MetadataHints, 'sources'>): MetadataSource =>
    hints.sources?.[field] ?? 'document';
  const sources: Partial<Record<MetadataField, MetadataSource>> = {};
  let blocks = input.canonical
    ? [...input.blocks]
    : input.blocks
        .map((block) => ({ ...block, text: collapseInline(block.text) }))
        .filter((block) => !isBlank(block.text));

  let title = cleanTitle(hints.title);
  if (title) sources.title = hinted('title');
  else {
    const candidate = firstTitleCandidate(blocks, input.titleFromFirstBlock);
    if (candidate !== null) {
      title = blocks[candidate]?.text ?? null;
      sources.title = blocks[candidate]?.kind === 'heading' ? 'heading' : 'text';
      blocks = blocks.filter((_, index) => index !== candidate);
    }
  }
  if (title) blocks = dropTitleEchoes(blocks, title);

  const head = blocks.slice(0, HEAD);
  const found = new Stated(sources);
  found.offer('author', plausibleAuthor(hints.author), hinted('author'));
  found.offer('publishedAt', hints.publishedAt, hinted('publishedAt'));
  found.offer('publisher', cleanTitle(hints.publisher), hinted('publisher'));
  found.offer('publisher', statedPublisher(blocks), 'text');
  let updatedAt: string | null = null;
  for (const [index, block] of head.entries()) {
    found.offer('author', parseByline(block.text), 'byline');
    const bylineDate = parseBylineDate(block.text);
    if (bylineDate && !bylineDate.isUpdate) found.offer('publishedAt', bylineDate.date, 'byline');
    else if (bylineDate) updatedAt ??= bylineDate.date;
    const date = parseDateLine(block.text);
    if (date && !date.isUpdate) found.offer('publishedAt', date.date, 'text');
    else if (date) updatedAt ??= date.date;
    const placeOnly = parseDateline(block.text);
    if (placeOnly?.lineOnly) {
      found.offer('dateline', placeOnly.place, 'dateline');
      found.offer('publisher', placeOnly.agency, 'dateline');
      found.offer('publishedAt', placeOnly.publishedAt, 'dateline');
    }
    // A source line at the top ("Source: Harbour Wire") names the publisher as surely as one
    // at the end; further down the same words caption a chart.
    if (index < SOURCE_LINE_HEAD && block.kind !== 'heading') {
      found.offer('publisher', parseSourceLabel(block.text), 'text');
    }
  }
  for (const block of blocks) found.offer('author', parseAuthorLabel(block.text), 'text');
  for (const block of blocks.slice(-TAIL_LABEL_WINDOW)) {
    found.offer('author', parseReportingCredit(block.text), 'byline');
  }

  const cleaned = cleanBlocks(blocks, { author: found.value('author') });
  const stated = dropMetadataLines(cleaned.kept, found.value('author'));
  const kept = stated.kept;
  const removed = [...cleaned.removed, ...stated.removed];
  const opening = kept
    .slice(0, 3)
    .find((block) => block.kind !== 'heading' && !headingShaped(block.text));
  const opened = opening ? parseDateline(opening.text) : null;
  if (opened && !opened.lineOnly) {
    found.offer('dateline', opened.place, 'dateline');
    found.offer('publisher', opened.agency, 'dateline');
    found.offer('publishedAt', opened.publishedAt, 'dateline');
    // "PLACE — … on April 26, 2025, …": the date the story's dateline sentence states.
    if (opening) found.offer('publishedAt', firstSentenceDate(opening.text), 'dateline');
  }
  found.offer('publishedAt', updatedAt, 'text');

  const text = joinBlocks(kept);
  if (text === '') {
    throw new ImportError('no-text', input.fileName, 'no article text was found in it.');
  }
  if (!title) {
    const fallback = input.fallbackTitle?.(text);
    const named = fallback ? null : readableName(input.fileName);
    title = fallback || named || openingWords(text);
    sources.title = named ? 'file-name' : 'text';
  }
  const statedLanguage = normaliseLanguage(hints.language);
  const language = statedLanguage ?? guessLanguage(text);
  if (language) sources.language = statedLanguage ? hinted('language') : 'guess';
  const sourceUrl = hints.sourceUrl ?? null;
  if (sourceUrl) sources.sourceUrl = hinted('sourceUrl');
  return {
    format: input.format,
    title,
    author: found.value('author'),
    publisher: found.value('publisher'),
    dateline: found.value('dateline'),
    publishedAt: found.value('publishedAt'),
    language,
    sourceUrl,
    text,
    removed,
    metadataSources: sources,
  };
}

/** The first value offered for each field wins; callers offer in order of trust. */
class Stated {
  private readonly values = new Map<MetadataField, string>();
  constructor(private readonly sources: Partial<Record<MetadataField, MetadataSource>>) {}

  offer(field: MetadataField, value: string | null | undefined, source: MetadataSource): void {
    if (!value || this.values.has(field)) return;
    this.values.set(field, value);
    this.sources[field] = source;
  }

  value(field: MetadataField): string | null {
    return this.values.get(field) ?? null;
  }
}

const BYLINE_RESIDUE =
  /^(?:by|written by|words by|reporting by|story by|posted by|par|von|door|por|di|av|af)[\s\u00a0]*:?$/iu;
/** A copyright notice or a contact address: page furniture when it closes the page. */
const NOTICE =
  /(?:©|\(c\)|copyright)[\s\u00a0]*\d{4}|all rights reserved|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/i;

/**
 * Lines that only restate metadata already read, which the general cleaning does not know
 * for what they are: a "By" left behind when a page's byline link was taken out, the author's
 * name with a role ("Jane Roe · Staff writer"), a source line at the top, and a copyright
 * notice or contact address closing the page.
 */
function dropMetadataLines(
  blocks: readonly Block[],
  author: string | null,
): { kept: Block[]; removed: string[] } {
  const kept: Block[] = [];
  const removed: string[] = [];
  const lowerAuthor = author?.toLowerCase() ?? null;
  blocks.forEach((block, index) => {
    const text = block.text;
    const atTop = index < HEAD;
    const authorWithRole =
      atTop &&
      lowerAuthor !== null &&
      text.slice(0, lowerAuthor.length).toLowerCase() === lowerAuthor &&
      /^[\s\u00a0]*[·|•,–—-][\s\u00a0]*[\p{L} ]{2,40}$/u.test(text.slice(lowerAuthor.length)) &&
      text.slice(lowerAuthor.length).trim().split(/\s+/).length <= 5;
    const drop =
      (atTop && (BYLINE_RESIDUE.test(text) || authorWithRole)) ||
      (index < SOURCE_LINE_HEAD && block.kind !== 'heading' && parseSourceLabel(text) !== null) ||
      (index >= blocks.length - 2 &&
        text.length <= 250 &&
        NOTICE.test(text) &&
        !/[“”"«»]/u.test(text));
    if (drop) removed.push(text);
    else kept.push(block);
  });
  return { kept, removed };
}

/** How many blocks at the top may hold a "Source: X" line. */
const SOURCE_LINE_HEAD = 3;

function firstSentenceDate(text: string): string | null {
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return parseDate(sentence.slice(0, 400));
}

/**
 * A file name worth showing as a title: words, not a hash or a camera counter
 * ("central-asia-talks.txt" yes, "003_23aa286a55aa5dab.txt" no).
 */
export function readableName(fileName: string): string | null {
  const stem = baseName(fileName);
  const words = stem.split(/[\s_.-]+/).filter(Boolean);
  const wordy = words.filter((word) => /^\p{L}{2,}$/u.test(word));
  const machine = words.some(
    (word) => word.length >= 6 && /\d/.test(word) && /^[0-9a-f]+$/i.test(word),
  );
  return wordy.length >= 2 && !machine ? stem.replace(/[_-]+/g, ' ') : null;
}

/** The opening sentence, cut to about 80 characters at a word: the article's own words. */
export function openingWords(text: string): string {
  const firstParagraph = text.split('\n\n')[0] ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/.exec(firstParagraph)?.[0] ?? firstParagraph;
  if (sentence.length <= 80) return sentence;
  const cut = sentence.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 80)}…`;
}

export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return collapseInline(stem) || 'Untitled';
}

function cleanTitle(value: string | null | undefined): string | null {
  const text = value ? collapseInline(value) : '';
  return text === '' ? null : text;
}

function headingShaped(text: string): boolean {
  return text.length <= 200 && text.split(/\s+/).length <= 30 && !/[.:;,]$/.test(text);
}

/** Index of the block that is the title: the first block, once metadata lines are skipped. */
function firstTitleCandidate(blocks: readonly Block[], fromFirstBlock: boolean): number | null {
  for (const [index, block] of blocks.entries()) {
    if (index >= HEAD) return null;
    const text = block.text;
    // Bylines, dates and page furniture ("Skip to content", "4 min read") come before titles.
    if (isBoilerplate(block) || parseDateline(text)?.lineOnly === true) continue;
    if (block.kind === 'heading') return index;
    if (!fromFirstBlock) return null;
    return headingShaped(text) && block.kind === 'paragraph' ? index : null;
  }
  return null;
}

function flatTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s:.|–—-]+$/u, '')
    .trim();
}

/**
 * The title is not repeated at the start of the text: a headline printed twice, an <h1> that
 * matches <title>, or a leading heading that is the title with a site name or kicker added.
 */
function dropTitleEchoes(blocks: readonly Block[], title: string): Block[] {
  const wanted = flatTitle(title);
  const out = [...blocks];
  for (let index = 0; index < Math.min(out.length, 3);) {
    const block = out[index];
    if (block && isEcho(block, wanted, index)) out.splice(index, 1);
    else index += 1;
  }
  return out;
}

function isEcho(block: Block, wanted: string, index: number): boolean {
  // Canonical blocks are already collapsed, so a much longer block cannot flatten to an echo.
  if (block.text.length > wanted.length * 1.7 + 16) return false;
  const text = flatTitle(block.text);
  if (text === wanted) return true;
  if (index !== 0 || block.kind !== 'heading' || text === '' || wanted === '') return false;
  const [shorter, longer] = text.length < wanted.length ? [text, wanted] : [wanted, text];
  return longer.includes(shorter) && shorter.length >= longer.length * 0.6;
}

/** "By"-words of common languages that sites leave in their byline elements. */
const BYLINE_WORD =
  /^(?:by|written by|posted by|par|von|door|por|di|av|af|przez|от|автор:?)[ \u00a0]+(?=\p{Lu})/iu;

function plausibleAuthor(value: string | null | undefined): string | null {
  const text = value ? collapseInline(value).replace(BYLINE_WORD, '') : '';
  if (!text || /^(?:https?:|www\.)/i.test(text) || text.length > 120) return null;
  return parseByline(`By ${text}`) ?? text;
}

function statedPublisher(blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    const credited = parseSourceCredit(block.text);
    if (credited) return credited;
  }
  for (const block of blocks.slice(-TAIL_LABEL_WINDOW)) {
    const labelled = parseSourceLabel(block.text) ?? parseCopyrightHolder(block.text);
    if (labelled) return labelled;
  }
  for (const block of blocks) {
    if (isDisclaimer(block.text)) {
      const named = disclaimerPublisher(block.text);
      if (named) return named;
    }
  }
  return null;
}

function normaliseLanguage(value: string | null | undefined): string | null {
  const match = value ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(value.trim()) : null;
  return match?.[1]?.toLowerCase() ?? null;
}
