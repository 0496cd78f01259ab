// The words of a memo as every writer prints them: the title block, each quotation's
// paragraphs in quotation marks (or reported speech as a sentence), its attribution, "also
// reported by" sources and the analyst's note, tables, the citations numbered in reading order
// as notes, and the Sources list that ends the memo. Writers only choose markup, so Markdown,
// HTML, DOCX and PDF say the same thing.
import {
  attributionText,
  authorDateCitation,
  citationText,
  formatDate,
  sourceLabel,
  type CitationStyle,
} from './citation';
import { compareText } from './compile';
import type {
  Memo,
  MemoBlock,
  MemoCitation,
  MemoInline,
  MemoQuotation,
  MemoSourceEntry,
} from './model';

export interface LaidOutQuotation {
  type: 'quotation';
  highlightId: number;
  /**
   * 'quotation': the source's words in quotation marks, with an attribution line;
   * 'reported': reported speech as one sentence of prose that names its speaker.
   */
  display: 'quotation' | 'reported';
  /** What is printed, by paragraph: quotation marks added, attribution punctuation trimmed. */
  paragraphs: string[];
  attribution: string | null;
  noteNumber: number;
  alsoReportedBy: { label: string; noteNumber: number }[];
  /** The analyst's note, by paragraph. */
  note: string[];
}

export type LaidOutBlock = Exclude<MemoBlock, { type: 'quotation' }> | LaidOutQuotation;

export interface MemoNote {
  number: number;
  text: string;
}

export interface LaidOutMemo {
  title: string;
  /** Printed above the title, as given (a protective marking such as "OFFICIAL"). */
  classification: string | null;
  /** The lines under the title: the date, then the author. */
  meta: string[];
  /** Kept for writers that print the date on its own. */
  date: string | null;
  blocks: LaidOutBlock[];
  notes: MemoNote[];
  /** One line per article cited, for the Sources list. */
  sources: string[];
}

export const ALSO_REPORTED_BY = 'Also reported by ';
export const NOTES_HEADING = 'Notes';
export const SOURCES_HEADING = 'Sources';
/** Marks reported speech that could not be written as a sentence of its own. */
export const PARAPHRASE_LABEL = 'Reported, not verbatim';

export function splitParagraphs(text: string): string[] {
  if (!text.includes('\n')) {
    const trimmed = text.trim();
    return trimmed ? [trimmed] : [];
  }
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

export function plainText(content: readonly MemoInline[]): string {
  return content.map((run) => run.text).join('');
}

// Punctuation that leads into the attribution ("…the plan," he said) rather than ending the
// speaker's sentence; full stops, question and exclamation marks and ellipses are the speaker's.
const ATTRIBUTION_PUNCTUATION = /[\s,;:–—-]+$/u;
const OPENING_MARKS = /^[\s"“”‘’'«»]+/u;
const CLOSING_MARKS = /[\s"“”‘’'«»]+$/u;

/**
 * A direct quotation's words as printed: the quotation marks an analyst highlighted with the
 * words are dropped (the memo adds its own), and so is punctuation that belonged to the
 * attribution. Nothing else changes.
 */
export function quotedWords(exact: string): string {
  let words = exact.trim();
  // Marks count only when the passage opens or closes with them and they are unbalanced
  // inside, so a quotation that merely ends on an inner quotation keeps its mark.
  const opens = OPENING_MARKS.exec(words)?.[0] ?? '';
  if (opens && !/[“"]/.test(words.slice(opens.length))) words = words.slice(opens.length);
  words = words.replace(ATTRIBUTION_PUNCTUATION, '');
  const closes = CLOSING_MARKS.exec(words)?.[0] ?? '';
  if (closes && !/[“"]/.test(words.slice(0, -closes.length)))
    words = words.slice(0, -closes.length);
  return words.replace(ATTRIBUTION_PUNCTUATION, '');
}

/** Paragraphs in double quotation marks: each opens with one, the last also closes. */
function inQuotationMarks(paragraphs: string[]): string[] {
  return paragraphs.map(
    (paragraph, index) => `“${paragraph}${index === paragraphs.length - 1 ? '”' : ''}`,
  );
}

/** The reported sentence with its speaker named, or null when there is none to print. */
export function reportedSentence(quotation: MemoQuotation): string | null {
  if (!quotation.reported || !quotation.speaker) return null;
  return quotation.reported.split('{speaker}').join(quotation.speaker);
}

function quotationDisplay(
  quotation: MemoQuotation,
  roleShown: boolean,
): Pick<LaidOutQuotation, 'display' | 'paragraphs' | 'attribution'> {
  const words = splitParagraphs(quotation.source.exact);
  if (quotation.kind === 'indirect') {
    const sentence = reportedSentence(quotation);
    if (sentence) return { display: 'reported', paragraphs: [sentence], attribution: null };
    // No sentence could be made: the reporter's words, marked as such, never a bare fragment.
    const who = quotation.speaker ?? 'unnamed speaker';
    return {
      display: 'reported',
      paragraphs: [`${PARAPHRASE_LABEL} (${who}): ${words.join(' ')}`],
      attribution: null,
    };
  }
  const trimmed = words.map((paragraph, index) =>
    index === words.length - 1 ? quotedWords(paragraph) : paragraph,
  );
  if (trimmed.length > 0) trimmed[0] = trimmed[0]!.replace(OPENING_MARKS, '');
  const attribution = attributionText(roleShown ? { ...quotation, role: null } : quotation);
  return { display: 'quotation', paragraphs: inQuotationMarks(trimmed), attribution };
}

function sourceFrom(citation: MemoCitation): MemoSourceEntry {
  return {
    articleId: citation.articleId,
    title: citation.title,
    author: citation.author,
    publisher: citation.publisher,
    publishedAt: citation.publishedAt,
    url: null,
  };
}

/** One entry of the Sources list: publisher, “title”, author, date, URL where known. */
export function sourceText(source: MemoSourceEntry): string {
  const parts: string[] = [];
  if (source.publisher) parts.push(source.publisher);
  parts.push(`“${source.title}”`);
  if (source.author) parts.push(`by ${source.author}`);
  const date = formatDate(source.publishedAt);
  if (date) parts.push(date);
  const entry = `${parts.join(', ')}.`;
  return source.url ? `${entry} ${source.url}` : entry;
}

function sourcesOf(memo: Memo, cited: MemoCitation[]): string[] {
  const byArticle = new Map<number, MemoSourceEntry>();
  for (const source of memo.sources ?? []) byArticle.set(source.articleId, source);
  const entries = new Map<number, MemoSourceEntry>();
  for (const citation of cited) {
    if (!entries.has(citation.articleId))
      entries.set(citation.articleId, byArticle.get(citation.articleId) ?? sourceFrom(citation));
  }
  // Publisher, then title; articles without a publisher after those with one.
  return [...entries.values()]
    .sort(
      (a, b) =>
        Number(a.publisher === null) - Number(b.publisher === null) ||
        compareText(a.publisher ?? '', b.publisher ?? '') ||
        compareText(a.title, b.title) ||
        a.articleId - b.articleId,
    )
    .map(sourceText);
}

/** APA author–date: the quotation's (Author, Year, para. N) follows its attribution. */
function withAuthorDate<T extends { attribution: string | null }>(
  display: T,
  quotation: MemoQuotation,
  style: CitationStyle,
): T {
  if (style !== 'apa') return display;
  const cited = authorDateCitation(quotation.source);
  return {
    ...display,
    attribution: display.attribution ? `${display.attribution} ${cited}` : cited,
  };
}

export function layoutMemo(memo: Memo): LaidOutMemo {
  const style = memo.citationStyle ?? 'chicago';
  const notes: MemoNote[] = [];
  const cited: MemoCitation[] = [];
  // A speaker's role is given once per section (a subsection of it does not count as new);
  // after that the name is enough.
  let roleGivenFor: string | null = null;
  const blocks = memo.blocks.map((block): LaidOutBlock => {
    if (block.type === 'heading' && block.level <= 2) roleGivenFor = null;
    if (block.type !== 'quotation') return block;
    const { quotation } = block;
    const roleShown = quotation.speaker !== null && quotation.speaker === roleGivenFor;
    if (quotation.kind !== 'indirect' && quotation.speaker) roleGivenFor = quotation.speaker;
    cited.push(quotation.source, ...quotation.alsoReportedBy);
    notes.push({ number: notes.length + 1, text: citationText(quotation.source, style) });
    const noteNumber = notes.length;
    const alsoReportedBy = quotation.alsoReportedBy.map((citation) => {
      notes.push({ number: notes.length + 1, text: citationText(citation, style) });
      return { label: sourceLabel(citation), noteNumber: notes.length };
    });
    return {
      type: 'quotation',
      highlightId: quotation.source.highlightId,
      ...withAuthorDate(quotationDisplay(quotation, roleShown), quotation, style),
      noteNumber,
      alsoReportedBy,
      note: splitParagraphs(quotation.note),
    };
  });
  const author = memo.author?.trim() || null;
  const meta = [memo.date, author && `Prepared by ${author}`].filter(
    (line): line is string => !!line,
  );
  return {
    title: memo.title,
    classification: memo.classification?.trim() || null,
    meta,
    date: memo.date,
    blocks,
    notes,
    sources: sourcesOf(memo, cited),
  };
}
