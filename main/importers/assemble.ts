// The shared prose pipeline: from a format reader's blocks and container hints to an
// ImportedArticle. Owns the title choice, reading metadata stated in the text (byline,
// dateline, dates, source credits) and the final canonical text. Knows nothing about bytes
// or any file format.

import type { Block, ImportFormat, ImportedArticle, MetadataHints } from './article';
import { collapseInline, isBlank, joinBlocks } from './canonical';
import { TAIL_LABEL_WINDOW, cleanBlocks, isBoilerplate } from './clean';
import { ImportError } from './errors';
import {
  disclaimerPublisher,
  guessLanguage,
  isDisclaimer,
  parseAuthorLabel,
  parseByline,
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
  let blocks = input.canonical
    ? [...input.blocks]
    : input.blocks
        .map((block) => ({ ...block, text: collapseInline(block.text) }))
        .filter((block) => !isBlank(block.text));

  let title = cleanTitle(hints.title);
  if (!title) {
    const candidate = firstTitleCandidate(blocks, input.titleFromFirstBlock);
    if (candidate !== null) {
      title = blocks[candidate]?.text ?? null;
      blocks = blocks.filter((_, index) => index !== candidate);
    }
  }
  if (title) blocks = dropTitleEchoes(blocks, title);

  const head = blocks.slice(0, HEAD);
  let author = plausibleAuthor(hints.author);
  let dateline: string | null = null;
  let publishedAt = hints.publishedAt ?? null;
  let agency: string | null = null;
  for (const block of head) {
    author ??= parseByline(block.text);
    const date = parseDateLine(block.text);
    if (date && !date.isUpdate) publishedAt ??= date.date;
    const placeOnly = parseDateline(block.text);
    if (placeOnly?.lineOnly) {
      dateline ??= placeOnly.place;
      agency ??= placeOnly.agency;
      publishedAt ??= placeOnly.publishedAt;
    }
  }
  for (const block of blocks) author ??= parseAuthorLabel(block.text);

  const { kept, removed } = cleanBlocks(blocks, { author });
  const opening = kept
    .slice(0, 3)
    .find((block) => block.kind !== 'heading' && !headingShaped(block.text));
  const opened = opening ? parseDateline(opening.text) : null;
  if (opened && !opened.lineOnly) {
    dateline ??= opened.place;
    agency ??= opened.agency;
    publishedAt ??= opened.publishedAt;
  }

  const text = joinBlocks(kept);
  if (text === '') {
    throw new ImportError('no-text', input.fileName, 'no article text was found in it.');
  }
  return {
    format: input.format,
    title:
      title || input.fallbackTitle?.(text) || readableName(input.fileName) || openingWords(text),
    author,
    publisher: cleanTitle(hints.publisher) || statedPublisher(blocks) || agency,
    dateline,
    publishedAt,
    language: normaliseLanguage(hints.language) ?? guessLanguage(text),
    sourceUrl: hints.sourceUrl ?? null,
    text,
    removed,
  };
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
