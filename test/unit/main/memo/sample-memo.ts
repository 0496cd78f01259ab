// A small memo in fictional names that exercises every block and every awkward character:
// Markdown and HTML specials in quotes, a quotation over two paragraphs, reported speech, a
// statement reported twice, an unattributed term, marks, a bullet list and an analyst note.
import { compileMemo } from '../../../../main/memo/compile';
import type { Memo } from '../../../../main/memo/model';
import { bulletin, courier, ferrand, gazette, marrow, row } from './rows';

export function sampleMemo(): Memo {
  const memo = compileMemo(
    [
      row({
        highlightId: 1,
        ...marrow,
        ...courier,
        start: 10,
        exact: 'Freight <volumes> will *double* & [more] by 2031_10.',
        note: 'Compare the ministry’s own figure of 40%.',
      }),
      row({
        highlightId: 2,
        ...marrow,
        ...gazette,
        start: 20,
        exact: 'Freight <volumes> will *double* & [more] by 2031_10.',
      }),
      row({
        highlightId: 3,
        ...ferrand,
        ...gazette,
        start: 30,
        kind: 'indirect',
        exact: 'Ferrand said the corridor would open to cargo next spring.',
        paragraph: 3,
      }),
      row({
        highlightId: 4,
        ...ferrand,
        ...bulletin,
        start: 40,
        exact: '# Not a heading.\n\n1. Not a list either — “just words”.',
        paragraph: 5,
      }),
      row({
        highlightId: 5,
        speakerId: null,
        speakerName: null,
        speakerRole: null,
        ...courier,
        kind: 'term',
        start: 50,
        exact: 'dry port',
      }),
    ],
    {
      title: 'Corridor talks: where things stand',
      summary: 'Two ministers on the corridor.',
      date: '9 March 2031',
      // The sample exercises every block, so it asks for the term left out by default.
      includeTerms: true,
      includeUnattributed: true,
    },
  );
  memo.blocks.push(
    { type: 'heading', level: 3, content: [{ text: 'Next steps' }] },
    {
      type: 'paragraph',
      content: [
        { text: 'Watch ' },
        { text: 'the customs vote', marks: ['strong'] },
        { text: ' and ' },
        { text: 'the budget', marks: ['em'] },
        { text: '.' },
      ],
    },
    {
      type: 'bulletList',
      items: [
        [{ text: 'Ask Marisk for its freight data.' }],
        [{ text: 'Brief the desk on ' }, { text: 'Tarvos', marks: ['em', 'strong'] }],
      ],
    },
  );
  return memo;
}

/** Every verbatim quotation in the sample memo, by paragraph. */
export const SAMPLE_QUOTATION_PARAGRAPHS = [
  'Freight <volumes> will *double* & [more] by 2031_10.',
  'Ferrand said the corridor would open to cargo next spring.',
  '# Not a heading.',
  '1. Not a list either — “just words”.',
  'dry port',
];
