import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../../main/figures';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/figures');

interface Label {
  file: string;
  start: number;
  end: number;
  exact: string;
  value: number;
  unit: string;
  period: string | null;
  claimedBy: string | null;
  kind: string;
}

const labels = JSON.parse(readFileSync(path.join(fixtures, 'labels.json'), 'utf8')) as Label[];

describe('findFigures', () => {
  for (const file of [...new Set(labels.map((label) => label.file))]) {
    it(`finds the labelled figures of ${file} with their value, unit, period, source and kind`, () => {
      const text = readFileSync(path.join(fixtures, file), 'utf8');
      const found = findFigures(text).map(
        ({ start, end, exact, value, unit, period, claimedBy, kind }) => ({
          file,
          start,
          end,
          exact,
          value,
          unit,
          period,
          claimedBy,
          kind,
        }),
      );
      const expected = labels
        .filter((label) => label.file === file)
        .map(({ file: name, start, end, exact, value, unit, period, claimedBy, kind }) => ({
          file: name,
          start,
          end,
          exact,
          value,
          unit,
          period,
          claimedBy,
          kind,
        }));
      expect(found).toEqual(expected);
    });
  }

  it('gives every figure offsets that slice to its exact text', () => {
    const text = readFileSync(path.join(fixtures, 'harbour-trade.txt'), 'utf8');
    for (const figure of findFigures(text))
      expect(text.slice(figure.start, figure.end)).toBe(figure.exact);
  });

  it('resolves "last year" against a publication date given for the article', () => {
    const [figure] = findFigures('Trade reached $3 billion last year.', {
      published: '2040-05-01',
      quotes: [],
    });
    expect(figure!.period).toBe('2039');
  });

  it('carries the measure and period of a figure to a second estimate of the same thing', () => {
    const [first, second] = findFigures(
      'Velmora–Orlesk trade stood at $9.7 billion in 2030. The other side puts it at $12 billion.',
      { quotes: [] },
    );
    expect(second).toMatchObject({
      measure: first!.measure,
      period: '2030',
      claimedBy: 'other side',
    });
  });

  it('finds nothing in a text without figures', () => {
    expect(findFigures('The ministers met on Friday and talked for two days.')).toEqual([]);
  });
});
