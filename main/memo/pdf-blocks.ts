// One writer per kind of memo block in the PDF: the title block, headings, paragraphs, bullet
// lists, quotations (with attribution, "also reported by" and the analyst's note), reported
// speech, tables, and the Sources and notes that end the memo. Each breaks its text with the pure line breaker, asks the page
// cursor where it goes and hands the placed lines to the pen; a quotation's lines and height
// are laid out by a pure function first, so it can be kept on one page.
import { listSeparator } from './citation';
import {
  ALSO_REPORTED_BY,
  NOTES_HEADING,
  SOURCES_HEADING,
  plainText,
  type LaidOutBlock,
  type LaidOutMemo,
  type LaidOutQuotation,
  type MemoNote,
} from './layout';
import type { MemoInline, MemoTable } from './model';
import {
  placeLines,
  type PageCursor,
  type PageRules,
  type PlacedLine,
  type RuleStyle,
} from './pdf-cursor';
import { breakLines, heightOf, noteMark, type Line, type Run, type TextMeasure } from './pdf-lines';
import type { PdfPen } from './pdf-pen';
import {
  BODY_SIZE,
  HEADING_SIZES,
  INK,
  LINE_GAP,
  MUTED,
  QUOTE_INDENT,
  RULE,
  SMALL_SIZE,
  TITLE_SIZE,
  markFont,
} from './pdf-style';

/** What every block writer draws with, and the column it draws in. */
export interface BlockContext {
  pen: PdfPen;
  cursor: PageCursor;
  rules: PageRules;
  measure: TextMeasure;
  left: number;
  width: number;
}

const QUOTATION_RULE: RuleStyle = { x: 0, lineWidth: 2, color: RULE };
const NOTE_RULE: RuleStyle = { x: 0, lineWidth: 1.2, color: '#b5b5b5' };
const NOTE_INDENT = 10;
const NOTE_NUMBER_WIDTH = 24;
const BULLET_INDENT = 18;
const CLASSIFICATION = '#7a1f1f';
const CELL_PADDING = 4;
const TABLE_BORDER = '#c8c8c8';
const HEADER_FILL = '#f0f0ec';

function draw(
  context: BlockContext,
  lines: readonly Line[],
  x: number,
  extra: { destination?: string; rule?: RuleStyle } = {},
): void {
  const rule = extra.rule && { style: extra.rule, rules: context.rules };
  context.pen.lines(placeLines(lines, x, context.cursor, rule), extra.destination);
}

function inlineRuns(content: readonly MemoInline[], size: number, bold = false): Run[] {
  return content.map((run) => ({ text: run.text, font: markFont(run.marks, bold), size }));
}

export function writeTitle(
  context: BlockContext,
  title: Pick<LaidOutMemo, 'title' | 'classification' | 'meta'>,
): void {
  const { cursor, measure, left, width } = context;
  if (title.classification) {
    draw(
      context,
      breakLines(
        [
          {
            text: title.classification.toUpperCase(),
            font: 'bold',
            size: SMALL_SIZE,
            color: CLASSIFICATION,
          },
        ],
        width,
        measure,
      ),
      left,
    );
    cursor.gap(8);
  }
  draw(
    context,
    breakLines([{ text: title.title, font: 'bold', size: TITLE_SIZE }], width, measure),
    left,
  );
  cursor.gap(4);
  for (const line of title.meta)
    draw(
      context,
      breakLines([{ text: line, font: 'italic', size: BODY_SIZE, color: MUTED }], width, measure),
      left,
    );
  cursor.gap(14);
}

export function writeHeading(
  context: BlockContext,
  level: 1 | 2 | 3,
  content: readonly MemoInline[],
): void {
  const { cursor, measure, left, width } = context;
  const lines = breakLines(inlineRuns(content, HEADING_SIZES[level], true), width, measure);
  const space = level === 3 ? 8 : 14;
  // A heading keeps company with at least the first lines that follow it.
  cursor.keepTogether(heightOf(lines) + space + 60);
  if (!cursor.atTop) cursor.gap(space);
  draw(context, lines, left);
  if (level === 2)
    context.pen.stroke(
      cursor.page,
      { x: left, y: cursor.y - 1 },
      { x: left + width, y: cursor.y - 1 },
      0.6,
      '#c8c8c8',
    );
  cursor.gap(7);
}

export function writeParagraph(context: BlockContext, content: readonly MemoInline[]): void {
  const { cursor, measure, left, width } = context;
  draw(context, breakLines(inlineRuns(content, BODY_SIZE), width, measure), left);
  cursor.gap(7);
}

export function writeBulletList(
  context: BlockContext,
  items: readonly (readonly MemoInline[])[],
): void {
  const { cursor, measure, pen, left, width } = context;
  for (const item of items) {
    const lines = breakLines(inlineRuns(item, BODY_SIZE), width - BULLET_INDENT, measure);
    cursor.keepTogether(measure.lineHeight('regular', BODY_SIZE));
    pen.text(
      '•',
      { page: cursor.page, x: left + 4, y: cursor.y },
      { font: 'regular', size: BODY_SIZE, color: INK },
    );
    draw(context, lines, left + BULLET_INDENT);
    cursor.gap(3);
  }
  cursor.gap(4);
}

/** A quotation broken into lines for a column `width` wide, and the height it needs. */
export interface QuotationLines {
  paragraphs: Line[][];
  attribution: Line[];
  alsoReportedBy: Line[];
  note: Line[][];
  height: number;
}

/**
 * Breaks a quotation into lines. The note mark follows the attribution, or the last
 * paragraph when there is none; the analyst's note is indented within the column.
 */
export function layoutQuotation(
  block: LaidOutQuotation,
  width: number,
  measure: TextMeasure,
): QuotationLines {
  const paragraphs = block.paragraphs.map((text, index) => {
    const runs: Run[] = [{ text, font: 'regular', size: BODY_SIZE }];
    if (index === block.paragraphs.length - 1 && !block.attribution)
      runs.push(noteMark(block.noteNumber));
    return breakLines(runs, width, measure);
  });
  const attribution = block.attribution
    ? breakLines(
        [
          { text: `— ${block.attribution}`, font: 'italic', size: BODY_SIZE },
          noteMark(block.noteNumber),
        ],
        width,
        measure,
      )
    : [];
  const alsoRuns: Run[] = [];
  if (block.alsoReportedBy.length > 0) {
    const small = (text: string): Run => ({
      text,
      font: 'regular',
      size: SMALL_SIZE,
      color: MUTED,
    });
    alsoRuns.push(small(ALSO_REPORTED_BY));
    block.alsoReportedBy.forEach((source, index, all) => {
      alsoRuns.push(
        small(source.label),
        noteMark(source.noteNumber),
        small(listSeparator(index, all.length)),
      );
    });
  }
  const alsoReportedBy = alsoRuns.length > 0 ? breakLines(alsoRuns, width, measure) : [];
  const note = block.note.map((text) =>
    breakLines(
      [{ text, font: 'regular', size: SMALL_SIZE + 0.5, color: '#333333' }],
      width - NOTE_INDENT,
      measure,
    ),
  );
  const height =
    paragraphs.reduce((sum, lines) => sum + heightOf(lines) + 4, 0) +
    heightOf(attribution) +
    heightOf(alsoReportedBy) +
    note.reduce((sum, lines) => sum + heightOf(lines) + 3, 0) +
    12;
  return { paragraphs, attribution, alsoReportedBy, note, height };
}

export function writeQuotation(context: BlockContext, block: LaidOutQuotation): void {
  const { cursor, rules, measure, left, width } = context;
  const reported = block.display === 'reported';
  const innerX = reported ? left : left + QUOTE_INDENT;
  if (reported) {
    // Reported speech is prose in the text column: no indent, no rule beside it.
    const laidOut = layoutQuotation(block, width, measure);
    cursor.keepTogether(laidOut.height);
    for (const lines of laidOut.paragraphs) draw(context, lines, left);
    cursor.gap(3);
    if (laidOut.alsoReportedBy.length > 0) {
      draw(context, laidOut.alsoReportedBy, left);
      cursor.gap(3);
    }
    for (const lines of laidOut.note) {
      cursor.gap(3);
      draw(context, lines, left + NOTE_INDENT, { rule: { ...NOTE_RULE, x: left + 2 } });
    }
    cursor.gap(12);
    return;
  }
  const quotationRule = { ...QUOTATION_RULE, x: left + 3 };
  const laidOut = layoutQuotation(block, width - QUOTE_INDENT, measure);
  cursor.keepTogether(laidOut.height);

  laidOut.paragraphs.forEach((lines, index) => {
    draw(context, lines, innerX, { rule: quotationRule });
    // The gap between paragraphs of one quotation keeps the rule beside it unbroken.
    if (index < laidOut.paragraphs.length - 1) {
      rules.add({
        ...quotationRule,
        page: cursor.page,
        top: cursor.y - LINE_GAP - 0.5,
        bottom: Math.min(cursor.y + 4, cursor.bottom),
      });
      cursor.gap(4);
    }
  });
  cursor.gap(3);
  for (const lines of [laidOut.attribution, laidOut.alsoReportedBy]) {
    if (lines.length === 0) continue;
    draw(context, lines, innerX);
    cursor.gap(3);
  }
  for (const lines of laidOut.note) {
    cursor.gap(3);
    draw(context, lines, innerX + NOTE_INDENT, { rule: { ...NOTE_RULE, x: innerX + 2 } });
  }
  cursor.gap(12);
}

/** The cells of a table broken into lines, each column an equal share of the width. */
function tableRows(
  table: MemoTable,
  width: number,
  measure: TextMeasure,
): { cells: Line[][]; height: number }[] {
  const columns = Math.max(1, table.header.length);
  const cellWidth = width / columns - 2 * CELL_PADDING;
  return [table.header, ...table.rows].map((row, rowIndex) => {
    const cells = Array.from({ length: columns }, (_, index) =>
      breakLines(
        [
          {
            text: row[index] ?? '',
            font: rowIndex === 0 ? 'bold' : 'regular',
            size: SMALL_SIZE + 0.5,
          },
        ],
        cellWidth,
        measure,
      ),
    );
    const height = Math.max(...cells.map(heightOf)) + 2 * CELL_PADDING;
    return { cells, height };
  });
}

/** A table: caption, then rows kept whole, the header repeated at the top of a new page. */
export function writeTable(context: BlockContext, table: MemoTable): void {
  const { cursor, measure, pen, left, width } = context;
  const rows = tableRows(table, width, measure);
  const columns = Math.max(1, table.header.length);
  const columnWidth = width / columns;
  const caption = table.caption.trim()
    ? breakLines([{ text: table.caption.trim(), font: 'bold', size: BODY_SIZE }], width, measure)
    : [];
  // The caption stays with the header and the first row.
  cursor.keepTogether(heightOf(caption) + rows[0]!.height + (rows[1]?.height ?? 0) + 4);
  if (caption.length > 0) {
    draw(context, caption, left);
    cursor.gap(4);
  }
  const drawRow = (row: { cells: Line[][]; height: number }, header: boolean) => {
    const top = cursor.y;
    if (header) pen.fill(cursor.page, { x: left, y: top, width, height: row.height }, HEADER_FILL);
    row.cells.forEach((lines, index) => {
      const x = left + index * columnWidth + CELL_PADDING;
      let y = top + CELL_PADDING;
      const placed: PlacedLine[] = lines.map((line) => {
        const at = { line, page: cursor.page, x, y };
        y += line.height;
        return at;
      });
      pen.lines(placed);
    });
    const bottom = top + row.height;
    const line = (from: { x: number; y: number }, to: { x: number; y: number }) =>
      pen.stroke(cursor.page, from, to, 0.6, TABLE_BORDER);
    line({ x: left, y: top }, { x: left + width, y: top });
    line({ x: left, y: bottom }, { x: left + width, y: bottom });
    for (let index = 0; index <= columns; index += 1)
      line({ x: left + index * columnWidth, y: top }, { x: left + index * columnWidth, y: bottom });
    cursor.y = bottom;
  };
  rows.forEach((row, index) => {
    if (index > 0 && cursor.overflows(row.height)) {
      cursor.newPage();
      drawRow(rows[0]!, true);
    }
    drawRow(row, index === 0);
  });
  cursor.gap(14);
}

/** The Sources list: one entry per article cited. */
export function writeSources(context: BlockContext, sources: readonly string[]): void {
  if (sources.length === 0) return;
  const { cursor, measure, left, width } = context;
  writeHeading(context, 2, [{ text: SOURCES_HEADING }]);
  for (const source of sources) {
    const lines = breakLines(
      [{ text: source, font: 'regular', size: SMALL_SIZE + 0.5 }],
      width - BULLET_INDENT,
      measure,
    );
    cursor.keepTogether(heightOf(lines));
    draw(context, lines, left + BULLET_INDENT);
    cursor.gap(3);
  }
  cursor.gap(8);
}

/** The numbered notes that end the memo, each a link target for its marks. */
export function writeNotes(context: BlockContext, notes: readonly MemoNote[]): void {
  if (notes.length === 0) return;
  const { cursor, measure, pen, left, width } = context;
  writeHeading(context, 2, [{ text: NOTES_HEADING }]);
  for (const note of notes) {
    const lines = breakLines(
      [{ text: note.text, font: 'regular', size: SMALL_SIZE }],
      width - NOTE_NUMBER_WIDTH,
      measure,
    );
    cursor.keepTogether(heightOf(lines));
    pen.text(
      `${note.number}.`,
      { page: cursor.page, x: left, y: cursor.y },
      { font: 'regular', size: SMALL_SIZE, color: MUTED },
    );
    draw(context, lines, left + NOTE_NUMBER_WIDTH, { destination: `note-${note.number}` });
    cursor.gap(3);
  }
}

export function writeBlock(context: BlockContext, block: LaidOutBlock): void {
  switch (block.type) {
    case 'heading':
      writeHeading(context, block.level, block.content);
      break;
    case 'paragraph':
      // An empty paragraph in the memo editor leaves no space in print.
      if (plainText(block.content).trim()) writeParagraph(context, block.content);
      break;
    case 'bulletList':
      writeBulletList(context, block.items);
      break;
    case 'quotation':
      writeQuotation(context, block);
      break;
    case 'table':
      if (block.header.length > 0) writeTable(context, block);
      break;
  }
}
