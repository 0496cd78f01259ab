// Data integrity of the blind quotation set test/fixtures/quotes/blind-12 (see its notes.md and
// test/eval/README.md): the checks every set passes (test/helpers/quote-set.ts), with its
// look-alike names of different people. It never runs the finder.

import { describeQuoteSet } from '../../helpers/quote-set';

// Its writers ran out of time at 13 articles of the 33 planned (notes.md says so).
describeQuoteSet(
  'blind-12',
  [
    ['15', 'Isadora Lockyer', 'Osgar Lockyear'],
    ['23', 'Ottar Ruske', 'Ottar Rueske'],
  ],
  { minimumArticles: 13 },
);
