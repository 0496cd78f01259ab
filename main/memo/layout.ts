// The words of a memo as every writer prints them: each quotation's paragraphs, attribution,
// "also reported by" sources and the analyst's note, with citations numbered in reading order
// as notes. Writers only choose markup, so Markdown, HTML, DOCX and PDF say the same thing.
import { attributionText, citationText, sourceLabel } from './citation';
import type { Memo, MemoBlock, MemoInline } from './model';

export interface LaidOutQuotation {
  type: 'quotation';
  highlightId: number;
  /** The quotation's words, verbatim, split where the article starts a new paragraph. */
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
  date: string | null;
  blocks: LaidOutBlock[];
  notes: MemoNote[];
}

export const ALSO_REPORTED_BY = 'Also reported by ';
export const NOTES_HEADING = 'Notes';

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

export function layoutMemo(memo: Memo): LaidOutMemo {
  const notes: MemoNote[] = [];
  const blocks = memo.blocks.map((block): LaidOutBlock => {
    if (block.type !== 'quotation') return block;
    const { quotation } = block;
    notes.push({ number: notes.length + 1, text: citationText(quotation.source) });
    const noteNumber = notes.length;
    const alsoReportedBy = quotation.alsoReportedBy.map((citation) => {
      notes.push({ number: notes.length + 1, text: citationText(citation) });
      return { label: sourceLabel(citation), noteNumber: notes.length };
    });
    return {
      type: 'quotation',
      highlightId: quotation.source.highlightId,
      paragraphs: splitParagraphs(quotation.source.exact),
      attribution: attributionText(quotation),
      noteNumber,
      alsoReportedBy,
      note: splitParagraphs(quotation.note),
    };
  });
  return { title: memo.title, date: memo.date, blocks, notes };
}
