// Data integrity of the blind quotation set test/fixtures/quotes/blind-7 (see its notes.md and
// test/eval/README.md): the checks every set passes (test/helpers/quote-set.ts). It never runs
// the finder.

import { describeQuoteSet } from '../../helpers/quote-set';

describeQuoteSet('blind-7');
