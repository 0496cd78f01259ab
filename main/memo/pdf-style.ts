// The PDF memo's typography as data: page margins, sizes, colours and the four font styles,
// shared by the line breaker, the page cursor and the block writers. Pure constants; knows
// nothing of pdfkit.
import type { MemoInline } from './model';

export type FontName = 'regular' | 'italic' | 'bold' | 'boldItalic';

export const MARGINS = { top: 64, bottom: 72, left: 70, right: 70 } as const;
export const BODY_SIZE = 11;
export const SMALL_SIZE = 9.5;
export const NOTE_MARK_SIZE = 7;
export const TITLE_SIZE = 20;
export const FOOTER_SIZE = 9;
/** Space added below every line, on top of the font's own line height. */
export const LINE_GAP = 2.5;
export const QUOTE_INDENT = 18;
export const INK = '#1b1b1b';
export const MUTED = '#4a4a4a';
export const RULE = '#8a8a8a';
export const HEADING_SIZES = { 1: 17, 2: 13.5, 3: 12 } as const;

/** The font for text with these marks; headings pass `bold` since they are bold throughout. */
export function markFont(marks: MemoInline['marks'], bold = false): FontName {
  const strong = bold || marks?.includes('strong') === true;
  const em = marks?.includes('em') === true;
  if (strong && em) return 'boldItalic';
  if (strong) return 'bold';
  return em ? 'italic' : 'regular';
}
