// Data integrity of the blind quotation set test/fixtures/quotes/blind-9 (see its notes.md and
// test/eval/README.md): the checks every set passes (test/helpers/quote-set.ts), and that its
// look-alike names stay distinct speakers. It never runs the finder.

import { expect, test } from 'vitest';
import { describeQuoteSet } from '../../helpers/quote-set';

describeQuoteSet('blind-9', ({ gold, articleFiles }) => {
  test('look-alike names in one article stay distinct speakers', () => {
    const pairs = [
      ['09-', 'Innes Trevaskis', 'Ennis Trevaskis'],
      ['19-', 'Tamsin Drury', 'Tamsyn Drew'],
      ['26-', 'Elsa Renwick', 'Ilsa Renwick'],
    ] as const;
    for (const [number, first, second] of pairs) {
      const file = articleFiles.find((name) => name.startsWith(number));
      const speakers = new Set(
        gold.filter((item) => item.file === file).map((item) => item.speaker),
      );
      expect([speakers.has(first), speakers.has(second)], file).toEqual([true, true]);
    }
  });
});
