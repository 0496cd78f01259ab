// PDF articles: text extraction with pdf.js (in-process, no font loading, no network, no
// scripting), then lines → paragraphs by vertical spacing and font size, running headers,
// footers and page numbers dropped, and the shared prose pipeline. Knows pdf.js, nothing of
// the notebook.

import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { paragraph, type Block, type ImportedArticle } from './article';
import { assembleArticle } from './assemble';
import { collapseInline } from './canonical';
import { ImportError } from './errors';

/** Longer documents are books or reports, not articles; reading them would stall the app. */
export const MAX_PDF_PAGES = 1000;

interface TextPiece {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  /** Right edge of the last piece, to tell a paragraph's short last line from a full one. */
  right: number;
  /** Where the words start, after any bullet glyph (list items hang their text indent). */
  textX: number | null;
}

/**
 * pdf.js's own data files (Adobe CMaps for CJK fonts that are not embedded, the standard 14
 * fonts), read from the installed package; never fetched. Absent if the package moved.
 */
function packagedData(folder: string): string | undefined {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return join(root, folder) + sep;
  } catch {
    return undefined;
  }
}

const CMAP_URL = packagedData('cmaps');
const STANDARD_FONT_URL = packagedData('standard_fonts');

export async function importPdf(bytes: Uint8Array, fileName: string): Promise<ImportedArticle> {
  // pdfjs takes a tenth of a second to load: only PDF imports pay for it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given; the caller keeps its bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(CMAP_URL ? { cMapUrl: CMAP_URL, cMapPacked: true } : {}),
    ...(STANDARD_FONT_URL ? { standardFontDataUrl: STANDARD_FONT_URL } : {}),
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw openError(error, fileName);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new ImportError(
        'too-large',
        fileName,
        `it has ${pdf.numPages} pages; Dossier imports articles of up to ${MAX_PDF_PAGES} pages.`,
      );
    }
    const pages: Line[][] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(toLines((content.items as unknown[]).filter(isTextPiece)));
      page.cleanup();
    }
    const { blocks, removed } = toBlocks(pages);
    if (blocks.length === 0) {
      throw new ImportError(
        'no-text',
        fileName,
        'it has no extractable text (it may be a scanned image; run OCR on it first).',
      );
    }
    const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<
      string,
      unknown
    >;
    const title = typeof info['Title'] === 'string' ? info['Title'] : null;
    const article = assembleArticle({
      format: 'pdf',
      fileName,
      blocks,
      hints: {
        title: title && !isPlaceholderTitle(title) ? title : null,
        language: typeof info['Language'] === 'string' ? info['Language'] : null,
      },
      titleFromFirstBlock: true,
    });
    return { ...article, removed: [...removed, ...article.removed] };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('corrupt', fileName, 'its text could not be read (the PDF is damaged).', {
      cause: error,
    });
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function openError(error: unknown, fileName: string): ImportError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new ImportError(
      'encrypted',
      fileName,
      'it is password-protected. Save an unprotected copy and import that.',
      { cause: error },
    );
  }
  return new ImportError(
    'corrupt',
    fileName,
    'it is not a readable PDF (the file is damaged or incomplete).',
    { cause: error },
  );
}

function isTextPiece(item: unknown): item is TextPiece {
  return (
    typeof (item as { str?: unknown }).str === 'string' &&
    Array.isArray((item as { transform?: unknown }).transform)
  );
}

function isPlaceholderTitle(title: string): boolean {
  return (
    !collapseInline(title) ||
    /^(?:untitled|microsoft word\s*-|document\d*$)/i.test(title.trim()) ||
    /\.(?:docx?|pdf|html?)$/i.test(title.trim())
  );
}

/** Groups text pieces into visual lines: a new line at an end-of-line mark or a baseline jump. */
function toLines(items: readonly TextPiece[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let lastEnd = 0;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.height) || Math.abs(item.transform[3] ?? 0) || 1;
    if (current && Math.abs(current.y - y) > size * 0.5 && item.str.trim() !== '') {
      lines.push(current);
      current = null;
    }
    if (!current) {
      current = { text: '', x, y, size: item.str.trim() ? size : 0, right: x, textX: null };
    } else if (item.str) {
      const gap = x - lastEnd;
      const touching = /\s$/.test(current.text) || /^\s/.test(item.str);
      if (!touching && gap > size * 0.2) current.text += ' ';
    }
    current.text += item.str;
    if (current.textX === null && item.str.trim() && !BULLET_ONLY.test(item.str)) current.textX = x;
    if (item.str.trim()) current.size = Math.max(current.size, size);
    lastEnd = x + item.width;
    if (item.str.trim()) current.right = Math.max(current.right, lastEnd);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => collapseInline(line.text) !== '');
}

/** A list bullet as a glyph of its own; symbol fonts put it in the Private Use Area. */
const BULLET = '[•▪◦●■□‣⁃►➢✓\\uE000-\\uF8FF]';
const BULLET_ONLY = new RegExp(`^\\s*${BULLET}\\s*$`, 'u');
const LEADING_BULLET = new RegExp(`^${BULLET}\\s+`, 'u');

const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

function digitless(text: string): string {
  return collapseInline(text).replace(/\d+/g, '#').toLowerCase();
}

/** Lines at the top or bottom of most pages that repeat (running heads, footers, URLs). */
function runningLines(pages: readonly Line[][]): Set<string> {
  const repeated = new Set<string>();
  if (pages.length < 3) return repeated;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set(
      [...lines.slice(0, 2), ...lines.slice(-2)].map((line) => digitless(line.text)),
    );
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, count] of counts) if (count >= pages.length * 0.5) repeated.add(key);
  return repeated;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Font sizes within half a point share a line-spacing statistic. */
function sizeClass(size: number): number {
  return Math.round(size * 2) / 2;
}

/**
 * The usual baseline-to-baseline distance per font size: a low percentile of the gaps between
 * consecutive same-size lines, so paragraph spacing does not inflate it.
 */
function typicalSpacing(pages: readonly Line[][]): Map<number, number> {
  const gaps = new Map<number, number[]>();
  for (const lines of pages) {
    lines.slice(1).forEach((line, index) => {
      const previous = lines[index];
      if (!previous || !similarSize(previous.size, line.size)) return;
      const gap = previous.y - line.y;
      if (gap <= 0) return;
      const key = sizeClass(line.size);
      const list = gaps.get(key);
      if (list) list.push(gap);
      else gaps.set(key, [gap]);
    });
  }
  const typical = new Map<number, number>();
  for (const [key, values] of gaps) {
    const sorted = [...values].sort((a, b) => a - b);
    typical.set(key, sorted[Math.floor((sorted.length - 1) * 0.1)] ?? 0);
  }
  return typical;
}

/**
 * Lines → paragraphs. A paragraph ends where the gap to the next line is clearly more than
 * the usual line spacing for that font size, where the font size changes (a heading), or
 * after a short line that ends a sentence. A paragraph cut by a page break continues when
 * the page ended mid-sentence.
 */
function toBlocks(pages: readonly Line[][]): { blocks: Block[]; removed: string[] } {
  const running = runningLines(pages);
  const removed = new Set<string>();
  const kept = pages.map((page) =>
    page.filter((line) => {
      const text = collapseInline(line.text);
      if (PAGE_NUMBER.test(text)) return false;
      if (running.has(digitless(text))) {
        removed.add(text);
        return false;
      }
      return true;
    }),
  );
  const spacing = typicalSpacing(kept);
  const paragraphs: { text: string; size: number }[] = [];
  let carry: { text: string; size: number; hangingIndent: number | null } | null = null;

  for (const lines of kept) {
    const widest = lines.reduce((most, line) => Math.max(most, line.right - line.x), 0);
    for (const [index, line] of lines.entries()) {
      const previous = lines[index - 1];
      const raw = collapseInline(line.text);
      const bulleted = LEADING_BULLET.test(raw);
      // List bullets are layout, like the markers HTML and Word lists draw; the words stay.
      const text = raw.replace(LEADING_BULLET, '');
      const outdented =
        carry?.hangingIndent != null && line.x < carry.hangingIndent - line.size * 0.5;
      const startsNew =
        bulleted ||
        outdented ||
        (previous
          ? endsParagraph(previous, line, spacing.get(sizeClass(line.size)) ?? 0, widest)
          : carry === null || !similarSize(carry.size, line.size));
      if (carry && startsNew) {
        paragraphs.push(carry);
        carry = null;
      }
      if (carry) carry.text = joinLines(carry.text, text);
      else carry = { text, size: line.size, hangingIndent: bulleted ? line.textX : null };
    }
    if (carry && ENDS_SENTENCE.test(carry.text)) {
      paragraphs.push(carry);
      carry = null;
    }
  }
  if (carry) paragraphs.push(carry);

  const bodySize = median(paragraphs.map((entry) => entry.size));
  const blocks = paragraphs.map((entry) => {
    const block = paragraph(entry.text);
    if (entry.size > bodySize * 1.15 && entry.text.length <= 200) block.kind = 'heading';
    return block;
  });
  return { blocks, removed: [...removed] };
}

const ENDS_SENTENCE = /[.!?:"”’»)]$/;

function endsParagraph(previous: Line, line: Line, typical: number, widest: number): boolean {
  const gap = previous.y - line.y;
  if (gap < 0 || !similarSize(previous.size, line.size)) return true;
  if (gap > Math.max(line.size * 1.45, typical * 1.3)) return true;
  const shortLine = previous.right - previous.x < widest * 0.75;
  return shortLine && ENDS_SENTENCE.test(collapseInline(previous.text));
}

function similarSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * 0.15;
}

/** A line ending in a hyphen after a letter continues a split word; the hyphen is kept. */
function joinLines(left: string, right: string): string {
  return /\p{L}-$/u.test(left) && /^\p{Ll}/u.test(right) ? left + right : `${left} ${right}`;
}
