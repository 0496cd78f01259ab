// The memo's notes on how other outlets word a statement: only a difference that changes the
// meaning is noted, and it is said in words.
import { describe, expect, test } from 'vitest';
import { compileMemo } from '../../../../main/memo/compile';
import { wordingNotes } from '../../../../main/memo/duplicates';
import type { MemoRow } from '../../../../main/memo/model';

const source = (exact: string, articlePublisher: string | null, articleTitle = 'Port notes') => ({
  exact,
  articlePublisher,
  articleTitle,
});

describe('wordingNotes', () => {
  test('says how another outlet’s wording changes the meaning', () => {
    expect(
      wordingNotes(source('the ministers will sign the treaty in Lindmark next month', 'Courier'), [
        source('the ministers may sign the treaty in Lindmark next month', 'Harbour Gazette'),
      ]),
    ).toEqual([
      'Harbour Gazette’s wording differs in meaning: it has the modal verb “may” for “will”.',
    ]);
  });

  test('names an outlet without a publisher by its article’s title', () => {
    expect(
      wordingNotes(source('Veltrania will join the grain pact this spring', null), [
        source('Veltrania will not join the grain pact this spring', null, 'Pact talks stall'),
      ]),
    ).toEqual(['“Pact talks stall”’s wording differs in meaning: it adds the negation “not”.']);
  });

  test('notes nothing for a difference of wording only, or for the same words', () => {
    const first = source(
      'We are laying every foundation for our council to become the beacon among the formats',
      'Courier',
    );
    expect(
      wordingNotes(first, [
        source(
          'We are laying every foundation for our council to become a beacon among the formats',
          'Gazette',
        ),
        source(
          '“We are laying every foundation for our council to become the beacon among the formats,”',
          'Ledger',
        ),
      ]),
    ).toEqual([]);
  });
});

function row(highlightId: number, articleId: number, exact: string, publisher: string): MemoRow {
  return {
    highlightId,
    kind: 'direct',
    exact,
    start: 0,
    end: exact.length,
    note: '',
    orphaned: false,
    speakerId: 1,
    speakerName: 'Arvid Kholmenko',
    speakerRole: null,
    tags: [],
    articleId,
    articleTitle: `Report ${articleId}`,
    articleAuthor: null,
    articlePublisher: publisher,
    articlePublishedAt: `2031-03-0${articleId}`,
    paragraph: 1,
  };
}

test('a memo quotation reported by two outlets notes where the second changes the meaning', () => {
  const memo = compileMemo([
    row(1, 1, 'Trade between our states reached 40 billion thalers last year, a record', 'Courier'),
    row(2, 2, 'Trade between our states reached 14 billion thalers last year, a record', 'Gazette'),
  ]);
  const quotations = memo.blocks.flatMap((block) =>
    block.type === 'quotation' ? [block.quotation] : [],
  );
  expect(quotations).toHaveLength(1);
  expect(quotations[0]!.alsoReportedBy.map((citation) => citation.highlightId)).toEqual([2]);
  expect(quotations[0]!.note).toBe(
    'Gazette’s wording differs in meaning: it has the number “14” for “40”.',
  );
});
