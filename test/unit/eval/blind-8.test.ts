// Data integrity of the blind quotation set test/fixtures/quotes/blind-8 (see its notes.md and
// test/eval/README.md): the checks every set passes (test/helpers/quote-set.ts), with its
// look-alike names of different people. It never runs the finder.

import { describeQuoteSet } from '../../helpers/quote-set';

describeQuoteSet('blind-8', [
  ['21', 'Jana Brodsky', 'Jan Brodsky'],
  ['24', 'Lina Parr', 'Lena Parr'],
  ['30', 'Mila Castell', 'Mira Castell'],
]);
