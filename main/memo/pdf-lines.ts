// Line breaking and measuring for the PDF writer, as pure functions over a TextMeasure (how
// wide a string is, how tall a line is, in one font and size), so they are tested without
// pdfkit. Text is broken into lines here rather than by pdfkit: words are measured once per
// style and reused, and a block's height is known before it is drawn, which is what keeping
// a quotation on one page needs. Knows nothing of pages or of drawing.
import { BODY_SIZE, INK, MUTED, NOTE_MARK_SIZE, type FontName } from './pdf-style';

export interface TextMeasure {
  /** The width of `text` set in `font` at `size`, in points. */
  width(text: string, font: FontName, size: number): number;
  /** The height of one line in `font` at `size`, gap below included. */
  lineHeight(font: FontName, size: number): number;
}

/** Text in one style, as a writer hands it to the line breaker. */
export interface Run {
  text: string;
  font: FontName;
  size: number;
  /** INK when missing. */
  color?: string;
  /** A note number: small, raised (pdfkit places text by its top) and linked to the note. */
  note?: number;
}

/** Part of a line in one style, with its measured width. */
export interface Piece {
  text: string;
  font: FontName;
  size: number;
  color: string;
  note: number | undefined;
  width: number;
  /** How many words the piece holds, which pdfkit wants alongside a given width. */
  words: number;
}

export interface Line {
  pieces: Piece[];
  height: number;
}

/** The run for note number `number`, set as a small raised mark. */
export function noteMark(number: number): Run {
  return {
    text: String(number),
    font: 'regular',
    size: NOTE_MARK_SIZE,
    color: MUTED,
    note: number,
  };
}

/** Wraps `measure` so each string is measured once per font and size. */
export function cachedMeasure(measure: TextMeasure): TextMeasure {
  const widths = new Map<string, Map<string, number>>();
  const lineHeights = new Map<string, number>();
  return {
    width(text, font, size) {
      const style = `${font} ${size}`;
      let known = widths.get(style);
      if (!known) {
        known = new Map();
        widths.set(style, known);
      }
      let measured = known.get(text);
      if (measured === undefined) {
        measured = measure.width(text, font, size);
        known.set(text, measured);
      }
      return measured;
    },
    lineHeight(font, size) {
      const style = `${font} ${size}`;
      let height = lineHeights.get(style);
      if (height === undefined) {
        height = measure.lineHeight(font, size);
        lineHeights.set(style, height);
      }
      return height;
    },
  };
}

/**
 * Greedy line breaking at spaces. A run that does not start with a space (a note number,
 * the rest of a word in another style) stays on the line of the text before it. A line is
 * as tall as its tallest run; note marks add no height, and a line of nothing else is as
 * tall as body text.
 */
export function breakLines(runs: readonly Run[], lineWidth: number, measure: TextMeasure): Line[] {
  const lines: Line[] = [];
  let pieces: Piece[] = [];
  let used = 0;
  let height = 0;
  let current: Piece | null = null;
  // Whether a space comes before the next word, which is where a line may break.
  let spaced = false;
  const finishLine = () => {
    if (pieces.length > 0)
      lines.push({ pieces, height: height || measure.lineHeight('regular', BODY_SIZE) });
    pieces = [];
    current = null;
    used = 0;
    height = 0;
  };
  for (const run of runs) {
    const { font, size } = run;
    const color = run.color ?? INK;
    const space = measure.width(' ', font, size);
    const runHeight = run.note === undefined ? measure.lineHeight(font, size) : 0;
    current = null;
    run.text.split(' ').forEach((word, index) => {
      if (index > 0) spaced = true;
      if (word === '') return;
      const wordWidth = measure.width(word, font, size);
      if (spaced && pieces.length > 0 && used + space + wordWidth > lineWidth) finishLine();
      const lead = spaced && pieces.length > 0 ? space : 0;
      const text = lead ? ` ${word}` : word;
      if (current) {
        current.text += text;
        current.width += lead + wordWidth;
        current.words += 1;
      } else {
        current = { text, font, size, color, note: run.note, width: lead + wordWidth, words: 1 };
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

export function heightOf(lines: readonly Line[]): number {
  return lines.reduce((sum, line) => sum + line.height, 0);
}
