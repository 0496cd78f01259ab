import { describe, expect, test } from 'vitest';
import type { LaidOutQuotation } from '../../../../main/memo/layout';
import { layoutQuotation } from '../../../../main/memo/pdf-blocks';
import { heightOf, type Line, type TextMeasure } from '../../../../main/memo/pdf-lines';

// A monospaced stand-in for pdfkit: one point per character at any size, 12-point lines.
const measure: TextMeasure = { width: (text) => text.length, lineHeight: () => 12 };

function quotation(fields: Partial<LaidOutQuotation> = {}): LaidOutQuotation {
  return {
    type: 'quotation',
    highlightId: 1,
    display: 'quotation',
    paragraphs: ['The corridor opens in spring.'],
    attribution: 'Ilse Marrow, Trade Minister of Veldora',
    noteNumber: 3,
    alsoReportedBy: [],
    note: [],
    ...fields,
  };
}

function texts(lines: readonly Line[]): string[] {
  return lines.map((line) => line.pieces.map((piece) => piece.text).join(''));
}

function noteMarks(lines: readonly Line[]): number[] {
  return lines.flatMap((line) =>
    line.pieces.flatMap((piece) => (piece.note === undefined ? [] : [piece.note])),
  );
}

describe('layoutQuotation', () => {
  test('sets the attribution after a dash, followed by the note mark', () => {
    const laidOut = layoutQuotation(quotation(), 200, measure);
    expect(texts(laidOut.attribution)).toEqual(['— Ilse Marrow, Trade Minister of Veldora3']);
    expect(noteMarks(laidOut.attribution)).toEqual([3]);
    expect(noteMarks(laidOut.paragraphs.flat())).toEqual([]);
  });

  test('puts the note mark after the last paragraph of an unattributed quotation', () => {
    const laidOut = layoutQuotation(
      quotation({ attribution: null, paragraphs: ['First part.', 'Second part.'] }),
      200,
      measure,
    );
    expect(laidOut.attribution).toEqual([]);
    expect(laidOut.paragraphs.map(texts)).toEqual([['First part.'], ['Second part.3']]);
  });

  test('lists each other source with its own note mark', () => {
    const laidOut = layoutQuotation(
      quotation({
        alsoReportedBy: [
          { label: 'Quenby Gazette', noteNumber: 4 },
          { label: 'The Marisk Courier', noteNumber: 5 },
        ],
      }),
      200,
      measure,
    );
    expect(texts(laidOut.alsoReportedBy)).toEqual([
      'Also reported by Quenby Gazette4 and The Marisk Courier5.',
    ]);
    expect(noteMarks(laidOut.alsoReportedBy)).toEqual([4, 5]);
  });

  test('breaks the analyst’s note narrower than the quotation', () => {
    const words = 'ab '.repeat(10).trim();
    const laidOut = layoutQuotation(quotation({ paragraphs: [words], note: [words] }), 20, measure);
    expect(texts(laidOut.paragraphs[0]!)[0]).toHaveLength(20);
    expect(texts(laidOut.note[0]!)[0]).toHaveLength(8);
  });

  test('is tall enough for all of its lines', () => {
    const laidOut = layoutQuotation(
      quotation({
        paragraphs: ['One paragraph here.', 'Another one here.'],
        alsoReportedBy: [{ label: 'Quenby Gazette', noteNumber: 4 }],
        note: ['A note.', 'A second note.'],
      }),
      12,
      measure,
    );
    const lines = [
      ...laidOut.paragraphs.flat(),
      ...laidOut.attribution,
      ...laidOut.alsoReportedBy,
      ...laidOut.note.flat(),
    ];
    expect(laidOut.height).toBeGreaterThan(heightOf(lines));
  });
});
