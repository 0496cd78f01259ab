// The PDF writer for the command line (and any host without a browser engine): a Memo -> PDF
// bytes, laid out with pdfkit. pdfkit was chosen over printing the HTML with headless
// Chromium because it is a plain library: it works wherever Node does, needs no browser
// binary or devDependency at run time, and meets the 5,000-quotation budget without
// starting a browser. The desktop app prints the HTML writer's output instead (Electron's
// printToPDF, injected into the memo service as a port), so both PDFs carry the same words;
// citations are endnotes in both.
//
// Fonts: given TrueType fonts (see pdf-fonts.ts for where they are found), every character is
// embedded as written. Without them the PDF falls back to the standard Times fonts, which
// only know Western European characters; a memo needing others is refused with a clear
// message rather than printed with missing letters. Knows nothing of files or the database.
import PDFDocument from 'pdfkit';
import {
  ALSO_REPORTED_BY,
  NOTES_HEADING,
  layoutMemo,
  plainText,
  type LaidOutMemo,
  type LaidOutQuotation,
} from './layout';
import { listSeparator } from './citation';
import type { Memo, MemoInline } from './model';

export interface PdfFonts {
  regular: Uint8Array;
  italic: Uint8Array;
  bold: Uint8Array;
  boldItalic: Uint8Array;
}

export interface PdfOptions {
  /** TrueType fonts to embed; null or missing means the standard Times fonts. */
  fonts?: PdfFonts | null | undefined;
  /** The file's creation date (PDF metadata needs one); pass one for reproducible bytes. */
  createdAt?: Date | undefined;
}

export class PdfFontError extends Error {
  constructor(character: string) {
    const code = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    super(
      `The memo contains “${character}” (U+${code}), which the built-in PDF fonts cannot show. ` +
        'Install the DejaVu or Liberation fonts, or export the memo as HTML and print that to PDF.',
    );
    this.name = 'PdfFontError';
  }
}

type FontName = 'regular' | 'italic' | 'bold' | 'boldItalic';

const STANDARD_FONTS: Record<FontName, string> = {
  regular: 'Times-Roman',
  italic: 'Times-Italic',
  bold: 'Times-Bold',
  boldItalic: 'Times-BoldItalic',
};

// The characters of Windows-1252 beyond Latin-1, which the standard fonts can also show.
const WINDOWS_1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

function standardFontsCanShow(character: string): boolean {
  const code = character.codePointAt(0)!;
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WINDOWS_1252_EXTRA.includes(character)
  );
}

function allText(laidOut: LaidOutMemo): string[] {
  const texts = [laidOut.title, laidOut.date ?? '', NOTES_HEADING, ALSO_REPORTED_BY, '—'];
  for (const block of laidOut.blocks) {
    if (block.type === 'quotation') {
      texts.push(
        ...block.paragraphs,
        block.attribution ?? '',
        ...block.note,
        ...block.alsoReportedBy.map((source) => source.label),
      );
    } else if (block.type === 'bulletList') {
      texts.push(...block.items.map(plainText));
    } else {
      texts.push(plainText(block.content));
    }
  }
  texts.push(...laidOut.notes.map((note) => note.text));
  return texts;
}

/** Throws PdfFontError for the first character the standard fonts cannot show. */
export function checkStandardFonts(laidOut: LaidOutMemo): void {
  for (const text of allText(laidOut)) {
    for (const character of text) {
      if (character !== '\n' && !standardFontsCanShow(character)) throw new PdfFontError(character);
    }
  }
}

const MARGINS = { top: 64, bottom: 72, left: 70, right: 70 };
const BODY_SIZE = 11;
const SMALL_SIZE = 9.5;
const NOTE_MARK_SIZE = 7;
const LINE_GAP = 2.5;
const QUOTE_INDENT = 18;
const INK = '#1b1b1b';
const MUTED = '#4a4a4a';
const RULE = '#8a8a8a';
const HEADING_SIZES = { 1: 17, 2: 13.5, 3: 12 } as const;

interface Run {
  text: string;
  font: FontName;
  size: number;
  color?: string;
  /** A note number: small, raised (pdfkit places text by its top) and linked to the note. */
  note?: number;
}

/** Part of a line in one style, with its measured width. */
interface Piece {
  text: string;
  font: FontName;
  size: number;
  color: string;
  note: number | undefined;
  width: number;
  words: number;
}

interface Line {
  pieces: Piece[];
  height: number;
}

interface RuleSegment {
  page: number;
  top: number;
  bottom: number;
  x: number;
  lineWidth: number;
  color: string;
}

function markFont(marks: MemoInline['marks'], bold = false): FontName {
  const strong = bold || marks?.includes('strong') === true;
  const em = marks?.includes('em') === true;
  if (strong && em) return 'boldItalic';
  if (strong) return 'bold';
  return em ? 'italic' : 'regular';
}

export async function writePdf(memo: Memo, options: PdfOptions = {}): Promise<Uint8Array> {
  const laidOut = layoutMemo(memo);
  if (!options.fonts) checkStandardFonts(laidOut);

  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'en',
    displayTitle: true,
    // pdfkit derives the file identifier from these, so the same date gives the same bytes.
    info: {
      Title: laidOut.title,
      Creator: 'Dossier',
      Producer: 'Dossier',
      CreationDate: options.createdAt ?? new Date(),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  for (const name of Object.keys(STANDARD_FONTS) as FontName[]) {
    const font = options.fonts?.[name];
    if (font) doc.registerFont(name, Buffer.from(font.buffer, font.byteOffset, font.byteLength));
    else doc.registerFont(name, STANDARD_FONTS[name]);
  }

  const left = MARGINS.left;
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const top = MARGINS.top;
  const bottom = doc.page.height - MARGINS.bottom;
  let page = 0;
  let y = top;

  let drawnFont = '';
  let drawnSize = 0;
  let drawnColor = '';
  // pdfkit keeps one current font, size and colour; they are set only when they change.
  function setStyle(font: FontName, size: number, color: string): void {
    if (font !== drawnFont) doc.font(font);
    if (size !== drawnSize) doc.fontSize(size);
    if (color !== drawnColor) doc.fillColor(color);
    drawnFont = font;
    drawnSize = size;
    drawnColor = color;
  }

  // Text is broken into lines here rather than by pdfkit: words are measured once per style
  // and reused, and a block's height is known before it is drawn, which is what keeping a
  // quotation on one page needs. (pdfkit's own wrapping measures every word again per line.)
  const widths = new Map<string, Map<string, number>>();
  function measurer(font: FontName, size: number): (text: string) => number {
    const style = `${font} ${size}`;
    let cache = widths.get(style);
    if (!cache) {
      cache = new Map();
      widths.set(style, cache);
    }
    const known = cache;
    return (text) => {
      let measured = known.get(text);
      if (measured === undefined) {
        setStyle(font, size, drawnColor || INK);
        measured = doc.widthOfString(text);
        known.set(text, measured);
      }
      return measured;
    };
  }
  const lineHeights = new Map<string, number>();
  function lineHeight(font: FontName, size: number): number {
    const key = `${font} ${size}`;
    let height = lineHeights.get(key);
    if (height === undefined) {
      setStyle(font, size, drawnColor || INK);
      height = doc.currentLineHeight(true) + LINE_GAP;
      lineHeights.set(key, height);
    }
    return height;
  }

  /**
   * Greedy line breaking at spaces. A run that does not start with a space (a note number,
   * the rest of a word in another style) stays on the line of the text before it.
   */
  function breakLines(runs: Run[], lineWidth: number): Line[] {
    const lines: Line[] = [];
    let pieces: Piece[] = [];
    let used = 0;
    let height = 0;
    let current: Piece | null = null;
    // Whether a space comes before the next word, which is where a line may break.
    let spaced = false;
    const finishLine = () => {
      if (pieces.length > 0)
        lines.push({ pieces, height: height || lineHeight('regular', BODY_SIZE) });
      pieces = [];
      current = null;
      used = 0;
      height = 0;
    };
    for (const run of runs) {
      const size = run.note === undefined ? run.size : NOTE_MARK_SIZE;
      const color = run.note === undefined ? (run.color ?? INK) : MUTED;
      const width = measurer(run.font, size);
      const space = width(' ');
      const runHeight = run.note === undefined ? lineHeight(run.font, size) : 0;
      current = null;
      run.text.split(' ').forEach((word, index) => {
        if (index > 0) spaced = true;
        if (word === '') return;
        const wordWidth = width(word);
        if (spaced && pieces.length > 0 && used + space + wordWidth > lineWidth) finishLine();
        const lead = spaced && pieces.length > 0 ? space : 0;
        const text = lead ? ` ${word}` : word;
        if (current) {
          current.text += text;
          current.width += lead + wordWidth;
          current.words += 1;
        } else {
          current = {
            text,
            font: run.font,
            size,
            color,
            note: run.note,
            width: lead + wordWidth,
            words: 1,
          };
          pieces.push(current);
        }
        used += lead + wordWidth;
        height = Math.max(height, runHeight);
        spaced = false;
      });
    }
    finishLine();
    return lines;
  }

  function heightOf(lines: readonly Line[]): number {
    return lines.reduce((sum, line) => sum + line.height, 0);
  }

  function newPage(): void {
    doc.addPage();
    page += 1;
    y = top;
    // A page's content starts in the default colour.
    drawnColor = '';
  }

  /** Starts a new page unless `height` fits on this one (or could not fit on any page). */
  function keepTogether(height: number): void {
    if (y + height > bottom && height <= bottom - top && y > top) newPage();
  }

  // Rules beside quotations and notes, drawn at the end: one segment per page they cover.
  const rules = new Map<number, RuleSegment[]>();
  function rule(segment: RuleSegment): void {
    if (segment.bottom <= segment.top) return;
    const onPage = rules.get(segment.page);
    if (onPage) onPage.push(segment);
    else rules.set(segment.page, [segment]);
  }

  function draw(
    lines: readonly Line[],
    x: number,
    extra: { destination?: string; rule?: Omit<RuleSegment, 'page' | 'top' | 'bottom'> } = {},
  ): void {
    let ruleTop = y;
    lines.forEach((line, index) => {
      if (y + line.height > bottom && y > top) {
        if (extra.rule) rule({ ...extra.rule, page, top: ruleTop, bottom: y - LINE_GAP });
        newPage();
        ruleTop = y;
      }
      let at = x;
      for (const piece of line.pieces) {
        // Passing the measured width spares pdfkit measuring the string again.
        const textOptions: PDFKit.Mixins.TextOptions & { textWidth: number; wordCount: number } = {
          lineBreak: false,
          textWidth: piece.width,
          wordCount: piece.words,
        };
        if (piece.note !== undefined) textOptions.goTo = `note-${piece.note}`;
        if (index === 0 && at === x && extra.destination)
          textOptions.destination = extra.destination;
        setStyle(piece.font, piece.size, piece.color);
        doc.text(piece.text, at, y, textOptions);
        at += piece.width;
      }
      y += line.height;
    });
    if (extra.rule) rule({ ...extra.rule, page, top: ruleTop, bottom: y - LINE_GAP });
  }

  function gap(points: number): void {
    y = Math.min(y + points, bottom);
  }

  function heading(level: 1 | 2 | 3, content: readonly MemoInline[]): void {
    const size = HEADING_SIZES[level];
    const lines = breakLines(
      content.map((run) => ({ text: run.text, font: markFont(run.marks, true), size })),
      width,
    );
    // A heading keeps company with at least the first lines that follow it.
    keepTogether(heightOf(lines) + (level === 3 ? 8 : 14) + 60);
    if (y > top) gap(level === 3 ? 8 : 14);
    draw(lines, left);
    if (level === 2)
      doc
        .moveTo(left, y - 1)
        .lineTo(left + width, y - 1)
        .lineWidth(0.6)
        .strokeColor('#c8c8c8')
        .stroke();
    gap(7);
  }

  function paragraph(content: readonly MemoInline[], x = left, lineWidth = width): void {
    draw(
      breakLines(
        content.map((run) => ({ text: run.text, font: markFont(run.marks), size: BODY_SIZE })),
        lineWidth,
      ),
      x,
    );
    gap(7);
  }

  function quotation(block: LaidOutQuotation): void {
    const innerX = left + QUOTE_INDENT;
    const innerWidth = width - QUOTE_INDENT;
    const paragraphs = block.paragraphs.map((text, index) => {
      const runs: Run[] = [{ text, font: 'regular', size: BODY_SIZE }];
      if (index === block.paragraphs.length - 1 && !block.attribution) {
        runs.push({
          text: String(block.noteNumber),
          font: 'regular',
          size: BODY_SIZE,
          note: block.noteNumber,
        });
      }
      return breakLines(runs, innerWidth);
    });
    const attribution = block.attribution
      ? breakLines(
          [
            { text: `— ${block.attribution}`, font: 'italic', size: BODY_SIZE },
            {
              text: String(block.noteNumber),
              font: 'regular',
              size: BODY_SIZE,
              note: block.noteNumber,
            },
          ],
          innerWidth,
        )
      : [];
    const alsoRuns: Run[] = [];
    if (block.alsoReportedBy.length > 0) {
      alsoRuns.push({ text: ALSO_REPORTED_BY, font: 'regular', size: SMALL_SIZE, color: MUTED });
      block.alsoReportedBy.forEach((source, index, all) => {
        alsoRuns.push({ text: source.label, font: 'regular', size: SMALL_SIZE, color: MUTED });
        alsoRuns.push({
          text: String(source.noteNumber),
          font: 'regular',
          size: SMALL_SIZE,
          note: source.noteNumber,
        });
        alsoRuns.push({
          text: listSeparator(index, all.length),
          font: 'regular',
          size: SMALL_SIZE,
          color: MUTED,
        });
      });
    }
    const also = alsoRuns.length > 0 ? breakLines(alsoRuns, innerWidth) : [];
    const notes = block.note.map((text) =>
      breakLines(
        [{ text, font: 'regular', size: SMALL_SIZE + 0.5, color: '#333333' }],
        innerWidth - 10,
      ),
    );
    const height =
      paragraphs.reduce((sum, lines) => sum + heightOf(lines) + 4, 0) +
      heightOf(attribution) +
      heightOf(also) +
      notes.reduce((sum, lines) => sum + heightOf(lines) + 3, 0) +
      12;
    keepTogether(height);

    paragraphs.forEach((lines, index) => {
      draw(lines, innerX, { rule: { x: left + 3, lineWidth: 2, color: RULE } });
      // The gap between paragraphs of one quotation keeps the rule beside it unbroken.
      if (index < paragraphs.length - 1) {
        rule({
          x: left + 3,
          lineWidth: 2,
          color: RULE,
          page,
          top: y - LINE_GAP - 0.5,
          bottom: Math.min(y + 4, bottom),
        });
        gap(4);
      }
    });
    gap(3);
    if (attribution.length > 0) {
      draw(attribution, innerX);
      gap(3);
    }
    if (also.length > 0) {
      draw(also, innerX);
      gap(3);
    }
    notes.forEach((lines, index) => {
      gap(index === 0 ? 3 : 3);
      draw(lines, innerX + 10, { rule: { x: innerX + 2, lineWidth: 1.2, color: '#b5b5b5' } });
    });
    gap(12);
  }

  draw(breakLines([{ text: laidOut.title, font: 'bold', size: 20 }], width), left);
  gap(4);
  if (laidOut.date)
    draw(
      breakLines([{ text: laidOut.date, font: 'italic', size: BODY_SIZE, color: MUTED }], width),
      left,
    );
  gap(14);

  for (const block of laidOut.blocks) {
    switch (block.type) {
      case 'heading':
        heading(block.level, block.content);
        break;
      case 'paragraph':
        if (plainText(block.content).trim()) paragraph(block.content);
        break;
      case 'bulletList':
        for (const item of block.items) {
          const lines = breakLines(
            item.map((run) => ({ text: run.text, font: markFont(run.marks), size: BODY_SIZE })),
            width - 18,
          );
          keepTogether(lineHeight('regular', BODY_SIZE));
          setStyle('regular', BODY_SIZE, INK);
          doc.text('•', left + 4, y, { lineBreak: false });
          draw(lines, left + 18);
          gap(3);
        }
        gap(4);
        break;
      case 'quotation':
        quotation(block);
        break;
    }
  }

  if (laidOut.notes.length > 0) {
    heading(2, [{ text: NOTES_HEADING }]);
    for (const note of laidOut.notes) {
      const lines = breakLines(
        [{ text: note.text, font: 'regular', size: SMALL_SIZE }],
        width - 24,
      );
      keepTogether(heightOf(lines));
      setStyle('regular', SMALL_SIZE, MUTED);
      doc.text(`${note.number}.`, left, y, { lineBreak: false });
      draw(lines, left + 24, { destination: `note-${note.number}` });
      gap(3);
    }
  }

  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    drawnColor = '';
    for (const segment of rules.get(index) ?? []) {
      doc
        .moveTo(segment.x, segment.top)
        .lineTo(segment.x, segment.bottom)
        .lineWidth(segment.lineWidth)
        .strokeColor(segment.color)
        .stroke();
    }
    // The footer sits in the bottom margin, where pdfkit would otherwise start a new page.
    doc.page.margins.bottom = 0;
    setStyle('regular', 9, MUTED);
    doc.text(`${index + 1} / ${range.count}`, left, doc.page.height - 44, {
      width,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = MARGINS.bottom;
  }
  doc.flushPages();
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
