// Data integrity of the blind quotation set test/fixtures/quotes/blind-8 (see its notes.md and
// test/eval/README.md): the checks every set passes (test/helpers/quote-set.ts), and that its
// look-alike names stay distinct speakers. It never runs the finder.

import { expect, test } from 'vitest';
import { describeQuoteSet } from '../../helpers/quote-set';

describeQuoteSet('blind-8', ({ gold }) => {
  test('look-alike given names in one article stay distinct speakers', () => {
    const pairs = [
      ['21-transport-freight-rail.txt', 'Jana Brodsky', 'Jan Brodsky'],
      ['24-education-university-cuts.txt', 'Lina Parr', 'Lena Parr'],
      ['30-sport-rowing-twins.txt', 'Mila Castell', 'Mira Castell'],
    ] as const;
    for (const [file, first, second] of pairs) {
      const speakers = new Set(
        gold.filter((item) => item.file === file).map((item) => item.speaker),
      );
      expect([speakers.has(first), speakers.has(second)], file).toEqual([true, true]);
    }
  });
});
