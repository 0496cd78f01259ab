// Data integrity of the blind quotation set test/fixtures/quotes/blind-10 (see its notes.md and
// test/eval/README.md): the checks every set passes (test/helpers/quote-set.ts), with its
// look-alike names of different people. It never runs the finder.

import { describeQuoteSet } from '../../helpers/quote-set';

describeQuoteSet('blind-10', [
  ['06', 'Evert Grevel', 'Lennart Grevell'],
  ['10', 'Kirsty Fairclough', 'Kirsty Faircloth'],
  ['20', 'Cadog Pryddach', 'Cadoc Pryddach'],
  ['27', 'Yunus Rahimi', 'Younes Rahimi'],
  ['32', 'Emrys Sallis', 'Emyr Sallis'],
]);
