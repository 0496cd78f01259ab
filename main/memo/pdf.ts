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
//
// The layout is in parts: pdf-lines breaks and measures text (pure), pdf-cursor places lines
// on pages (pure), pdf-blocks has one writer per block kind and pdf-pen makes the pdfkit
// calls. This file sets up the document and draws what needs the page count: rules, footers.
import PDFDocument from 'pdfkit';
import {
  ALSO_REPORTED_BY,
  NOTES_HEADING,
  SOURCES_HEADING,
  layoutMemo,
  plainText,
  type LaidOutMemo,
} from './layout';
import type { Memo } from './model';
import { writeBlock, writeNotes, writeSources, writeTitle, type BlockContext } from './pdf-blocks';
import { PageCursor, PageRules } from './pdf-cursor';
import { cachedMeasure } from './pdf-lines';
import { fontCoverage } from './pdf-glyphs';
import { PdfPen } from './pdf-pen';
import { FOOTER_SIZE, LINE_GAP, MARGINS, MUTED, type FontName } from './pdf-style';

export interface PdfFonts {
  regular: Uint8Array;
  italic: Uint8Array;
  bold: Uint8Array;
  boldItalic: Uint8Array;
  /** Other families, tried in order for a memo with characters this one cannot show. */
  fallbacks?: readonly PdfFonts[] | undefined;
}

export interface PdfOptions {
  /** TrueType fonts to embed; null or missing means the standard Times fonts. */
  fonts?: PdfFonts | null | undefined;
  /** The file's creation date (PDF metadata needs one); pass one for reproducible bytes. */
  createdAt?: Date | undefined;
}

export class PdfFontError extends Error {
  /** `embedded`: the fonts found on this computer were tried, not the standard ones. */
  constructor(character: string, embedded = false) {
    const code = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    super(
      embedded
        ? `The memo contains “${character}” (U+${code}), which none of the fonts found on this computer can show. ` +
            'Install the DejaVu fonts (they cover most scripts), or export the memo as HTML and print that to PDF.'
        : `The memo contains “${character}” (U+${code}), which the built-in PDF fonts cannot show. ` +
            'Install the DejaVu or Liberation fonts, or export the memo as HTML and print that to PDF.',
    );
    this.name = 'PdfFontError';
  }
}

const FONT_NAMES = ['regular', 'italic', 'bold', 'boldItalic'] as const satisfies FontName[];

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
  const texts = [
    laidOut.title,
    laidOut.classification ?? '',
    ...laidOut.meta,
    NOTES_HEADING,
    SOURCES_HEADING,
    ALSO_REPORTED_BY,
    '—•/',
    ...laidOut.sources,
  ];
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
    } else if (block.type === 'table') {
      texts.push(block.caption, ...block.header, ...block.rows.flat());
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

function charactersOf(laidOut: LaidOutMemo): string[] {
  const characters = new Set<string>();
  for (const text of allText(laidOut)) for (const character of text) characters.add(character);
  characters.delete('\n');
  return [...characters];
}

/**
 * The first of `fonts` and its fallbacks whose four styles show every character of the memo
 * (pdfkit would print a missing one as nothing); throws PdfFontError when none does. A font
 * whose character map cannot be read is taken at its word.
 */
export function chooseFonts(fonts: PdfFonts, laidOut: LaidOutMemo): PdfFonts {
  const characters = charactersOf(laidOut);
  const families = [fonts, ...(fonts.fallbacks ?? [])];
  let missing: string | undefined;
  for (const family of families) {
    const coverages = FONT_NAMES.map((name) => fontCoverage(family[name]));
    const lacking = characters.find((character) =>
      coverages.some((covers) => covers !== null && !covers(character.codePointAt(0)!)),
    );
    if (lacking === undefined) return family;
    missing ??= lacking;
  }
  throw new PdfFontError(missing!, true);
}

export async function writePdf(memo: Memo, options: PdfOptions = {}): Promise<Uint8Array> {
  const laidOut = layoutMemo(memo);
  if (!options.fonts) checkStandardFonts(laidOut);
  const fonts = options.fonts ? chooseFonts(options.fonts, laidOut) : null;

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

  for (const name of FONT_NAMES) {
    const font = fonts?.[name];
    if (font) doc.registerFont(name, Buffer.from(font.buffer, font.byteOffset, font.byteLength));
    else doc.registerFont(name, STANDARD_FONTS[name]);
  }

  const pen = new PdfPen(doc);
  const context: BlockContext = {
    pen,
    cursor: new PageCursor(MARGINS.top, doc.page.height - MARGINS.bottom, LINE_GAP),
    rules: new PageRules(),
    measure: cachedMeasure(pen),
    left: MARGINS.left,
    width: doc.page.width - MARGINS.left - MARGINS.right,
  };
  writeTitle(context, laidOut);
  for (const block of laidOut.blocks) writeBlock(context, block);
  writeSources(context, laidOut.sources);
  writeNotes(context, laidOut.notes);
  pen.turnTo(context.cursor.page);

  // Rules and footers are drawn last, when the number of pages is known.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pen.revisit(index);
    for (const segment of context.rules.onPage(index)) pen.rule(segment);
    // The footer sits in the bottom margin, where pdfkit would otherwise start a new page.
    doc.page.margins.bottom = 0;
    pen.text(
      `${index + 1} / ${range.count}`,
      { page: index, x: context.left, y: doc.page.height - 44 },
      { font: 'regular', size: FOOTER_SIZE, color: MUTED },
      { width: context.width, align: 'center' },
    );
    doc.page.margins.bottom = MARGINS.bottom;
  }
  doc.flushPages();
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
