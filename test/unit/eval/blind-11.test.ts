// Data integrity of the blind quotation set test/fixtures/quotes/blind-11 (see its notes.md and
// test/eval/README.md): the checks every set passes (test/helpers/quote-set.ts), with its
// look-alike names of different people. It never runs the finder.

import { describeQuoteSet } from '../../helpers/quote-set';

describeQuoteSet('blind-11', [
  ['08', 'Hamid Bakhari', 'Hameed Bakhary'],
  ['16', 'Isolde Kinnaird', 'Isolde Kinnard'],
  ['27', 'Mikael Wyrick', 'Michal Wyrick'],
]);
