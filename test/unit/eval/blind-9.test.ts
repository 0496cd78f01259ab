// Data integrity of the blind quotation set test/fixtures/quotes/blind-9 (see its notes.md and
// test/eval/README.md): the checks every set passes (test/helpers/quote-set.ts), with its
// look-alike names of different people. It never runs the finder.

import { describeQuoteSet } from '../../helpers/quote-set';

describeQuoteSet('blind-9', [
  ['09', 'Innes Trevaskis', 'Ennis Trevaskis'],
  ['19', 'Tamsin Drury', 'Tamsyn Drew'],
  ['26', 'Elsa Renwick', 'Ilsa Renwick'],
]);
