import { describe, expect, test } from 'vitest';
import { sentenceAround } from '../../../../main/services/figures';
import { notebookWith } from '../../../helpers/notebook';

const FIRST = {
  title: 'Harbour trade grows',
  publisher: 'Velmora Courier',
  publishedAt: '2031-03-14',
  text: 'Norvania–Kestria trade turnover reached $12.4 billion last year, minister Ilsa Varenko said.',
};
const SECOND = {
  title: 'Kestria counts its trade',
  publisher: 'Orlesk Daily',
  publishedAt: '2031-04-02',
  text: 'According to the Kestrian statistics office, Norvania–Kestria trade in 2030 stood at $9.7 billion.',
};
const THIRD = {
  title: 'Trade in round numbers',
  publisher: 'Sarn Weekly',
  publishedAt: '2031-05-20',
  text: 'Norvania–Kestria trade turnover came to about $12 billion in 2030, the Velmora port authority said.',
};

describe('figure service', () => {
  test('lists the figures of an article with offsets into its text and the sentence around them', () => {
    const { book, ids } = notebookWith([FIRST]);
    const [figure] = book.services.figures.list(ids[0]);
    expect(figure).toMatchObject({
      articleId: ids[0],
      articleTitle: 'Harbour trade grows',
      exact: '$12.4 billion',
      value: 12.4e9,
      unit: 'USD',
      period: '2030',
      measure: 'trade (Kestria–Norvania)',
      kind: 'actual',
      context: FIRST.text,
    });
    expect(FIRST.text.slice(figure!.start, figure!.end)).toBe(figure!.exact);
    book.close();
  });

  test('resolves "last year" against the article’s publication date', () => {
    const { book, ids } = notebookWith([{ ...FIRST, publishedAt: '2035-01-01' }]);
    expect(book.services.figures.list(ids[0])[0]!.period).toBe('2034');
    book.close();
  });

  test('lists the figures of every article when no article is named', () => {
    const { book } = notebookWith([FIRST, SECOND]);
    expect(
      book.services.figures
        .list()
        .map((figure) => figure.exact)
        .sort(),
    ).toEqual(['$12.4 billion', '$9.7 billion']);
    book.close();
  });

  test('groups figures of one measure and period that disagree, and leaves rounding alone', () => {
    const { book, ids } = notebookWith([FIRST, SECOND, THIRD]);
    const conflicts = book.services.figures.conflicts();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ measure: 'trade (Kestria–Norvania)', period: '2030' });
    expect(
      conflicts[0]!.figures.map((figure) => [figure.exact, figure.articleId, figure.claimedBy]),
    ).toEqual([
      ['$12.4 billion', ids[0], 'Ilsa Varenko'],
      ['$12 billion', ids[2], 'Velmora port authority'],
      ['$9.7 billion', ids[1], 'Kestrian statistics office'],
    ]);
    book.close();
  });

  test('reports no conflict when the articles agree', () => {
    const { book } = notebookWith([FIRST, THIRD]);
    expect(book.services.figures.conflicts()).toEqual([]);
    book.close();
  });

  test('refuses an article that does not exist', () => {
    const { book } = notebookWith([FIRST]);
    expect(() => book.services.figures.list(999)).toThrow(/999/u);
    book.close();
  });
});

describe('sentenceAround', () => {
  test('starts at the sentence before the figure, not at a decimal point', () => {
    const text =
      'Ports grew. Customs put trade at $43.8 billion, while the other side puts it at $30.05 billion. Then rain.';
    const start = text.indexOf('$30.05 billion');
    expect(sentenceAround(text, start, start + 14)).toBe(
      'Customs put trade at $43.8 billion, while the other side puts it at $30.05 billion.',
    );
  });

  test('marks a sentence cut short with an ellipsis at a word boundary', () => {
    const text = `${'word '.repeat(80)}reached $5 billion.`;
    const start = text.indexOf('$5 billion');
    const context = sentenceAround(text, start, start + 10);
    expect(context.startsWith('…word')).toBe(true);
    expect(context.endsWith('reached $5 billion.')).toBe(true);
  });
});

describe('a memo with figures in dispute', () => {
  test('ends with the table of the notebook’s disagreeing figures when its scope asks', () => {
    const { book } = notebookWith([FIRST, SECOND]);
    const memo = book.services.memos.compile({ includeFiguresInDispute: true });
    const table = memo.blocks.at(-1);
    expect(memo.blocks.at(-2)).toMatchObject({
      type: 'heading',
      content: [{ text: 'Figures in dispute' }],
    });
    expect(table).toMatchObject({
      type: 'table',
      rows: [
        ['Trade, Kestria–Norvania', '2030', '$12.4 billion', 'Ilsa Varenko', 'Harbour trade grows'],
        [
          'Trade, Kestria–Norvania',
          '2030',
          '$9.7 billion',
          'Kestrian statistics office',
          'Kestria counts its trade',
        ],
      ],
    });
    book.close();
  });

  test('leaves the table out of a memo that does not ask for it', () => {
    const { book } = notebookWith([FIRST, SECOND]);
    expect(book.services.memos.compile({}).blocks.some((block) => block.type === 'table')).toBe(
      false,
    );
    book.close();
  });
});
