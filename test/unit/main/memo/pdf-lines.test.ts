import { describe, expect, test } from 'vitest';
import {
  breakLines,
  cachedMeasure,
  heightOf,
  noteMark,
  type Line,
  type Run,
  type TextMeasure,
} from '../../../../main/memo/pdf-lines';

// A monospaced stand-in for pdfkit: at size 10 every character is one point wide, and a
// line is two points taller than its size.
const measure: TextMeasure = {
  width: (text, _font, size) => (text.length * size) / 10,
  lineHeight: (_font, size) => size + 2,
};

function body(text: string, extra: Partial<Run> = {}): Run {
  return { text, font: 'regular', size: 10, ...extra };
}

function texts(lines: readonly Line[]): string[] {
  return lines.map((line) => line.pieces.map((piece) => piece.text).join(''));
}

describe('breakLines', () => {
  test('breaks before the first word that would overflow the line', () => {
    expect(texts(breakLines([body('aaa bbb ccc ddd')], 10, measure))).toEqual([
      'aaa bbb',
      'ccc ddd',
    ]);
  });

  test('fills a line up to exactly its width', () => {
    expect(texts(breakLines([body('aaa bbb ccc')], 11, measure))).toEqual(['aaa bbb ccc']);
  });

  test('keeps a word wider than the line whole, on a line of its own', () => {
    expect(texts(breakLines([body('a bbbbbbbbbbbb c')], 5, measure))).toEqual([
      'a',
      'bbbbbbbbbbbb',
      'c',
    ]);
  });

  test('starts a wrapped line without the space it broke at', () => {
    const [, second] = breakLines([body('aaa bbb')], 4, measure);
    expect(second!.pieces[0]).toMatchObject({ text: 'bbb', width: 3 });
  });

  test('folds a run of spaces into one', () => {
    expect(texts(breakLines([body('aaa   bbb ')], 20, measure))).toEqual(['aaa bbb']);
  });

  test('gives no lines for text that is only spaces', () => {
    expect(breakLines([body('   '), body('')], 20, measure)).toEqual([]);
  });

  test('keeps a run that does not start with a space on the line of the text before it', () => {
    const lines = breakLines([body('aaa bbb'), noteMark(4)], 7, measure);
    expect(texts(lines)).toEqual(['aaa bbb4']);
  });

  test('breaks between runs where the next run starts with a space', () => {
    expect(texts(breakLines([body('aaa bbb'), body(' ccc')], 8, measure))).toEqual([
      'aaa bbb',
      'ccc',
    ]);
  });

  test('joins the words of one run on one line into one piece and counts them', () => {
    const [line] = breakLines([body('aaa bb c')], 20, measure);
    expect(line!.pieces).toEqual([
      {
        text: 'aaa bb c',
        font: 'regular',
        size: 10,
        color: '#1b1b1b',
        note: undefined,
        width: 8,
        words: 3,
      },
    ]);
  });

  test('gives each style on a line its own piece, measured in that style', () => {
    const [line] = breakLines(
      [body('aaa '), body('bbb', { font: 'bold', size: 20, color: '#ff0000' }), body(' c')],
      40,
      measure,
    );
    expect(
      line!.pieces.map(({ text, font, size, color, width }) => ({
        text,
        font,
        size,
        color,
        width,
      })),
    ).toEqual([
      { text: 'aaa', font: 'regular', size: 10, color: '#1b1b1b', width: 3 },
      { text: ' bbb', font: 'bold', size: 20, color: '#ff0000', width: 8 },
      { text: ' c', font: 'regular', size: 10, color: '#1b1b1b', width: 2 },
    ]);
  });

  test('makes a line as tall as its tallest run', () => {
    const lines = breakLines([body('aaa '), body('bbb', { size: 20 }), body(' ccc')], 12, measure);
    expect(lines.map((line) => line.height)).toEqual([22, 12]);
  });

  test('adds no height for a note mark', () => {
    const [line] = breakLines([body('aaa', { size: 8 }), noteMark(1)], 20, measure);
    expect(line!.height).toBe(10);
  });

  test('makes a line holding only a note mark as tall as body text', () => {
    const [line] = breakLines([noteMark(12)], 20, measure);
    expect(line!.height).toBe(measure.lineHeight('regular', 11));
  });

  test('links a note mark to its note', () => {
    const [line] = breakLines([body('aaa'), noteMark(3)], 20, measure);
    expect(line!.pieces[1]).toMatchObject({ text: '3', note: 3 });
  });
});

describe('heightOf', () => {
  test('adds up the heights of the lines', () => {
    expect(heightOf(breakLines([body('aaa bbb ccc')], 3, measure))).toBe(36);
  });
});

describe('cachedMeasure', () => {
  function counting(): { measure: TextMeasure; calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      measure: {
        width: (text, font, size) => {
          calls.push(`width ${font} ${size} ${text}`);
          return text.length;
        },
        lineHeight: (font, size) => {
          calls.push(`height ${font} ${size}`);
          return size;
        },
      },
    };
  }

  test('measures a string once per font and size', () => {
    const { measure: inner, calls } = counting();
    const cached = cachedMeasure(inner);
    cached.width('word', 'regular', 10);
    cached.width('word', 'regular', 10);
    cached.width('word', 'bold', 10);
    cached.width('word', 'regular', 12);
    expect(calls).toEqual(['width regular 10 word', 'width bold 10 word', 'width regular 12 word']);
  });

  test('measures a line height once per font and size', () => {
    const { measure: inner, calls } = counting();
    const cached = cachedMeasure(inner);
    expect([cached.lineHeight('italic', 9), cached.lineHeight('italic', 9)]).toEqual([9, 9]);
    expect(calls).toEqual(['height italic 9']);
  });
});
