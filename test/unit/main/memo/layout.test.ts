import { describe, expect, test } from 'vitest';
import { compileMemo } from '../../../../main/memo/compile';
import {
  PARAPHRASE_LABEL,
  layoutMemo,
  quotedWords,
  type LaidOutQuotation,
} from '../../../../main/memo/layout';
import type { Memo } from '../../../../main/memo/model';
import { courier, ferrand, gazette, marrow, row } from './rows';

function quotations(memo: Memo): LaidOutQuotation[] {
  return layoutMemo(memo).blocks.flatMap((block) => (block.type === 'quotation' ? [block] : []));
}

describe('quotedWords', () => {
  test('trims the punctuation that led into the attribution and keeps the speaker’s own', () => {
    expect(quotedWords('Freight will double under the new calculation methods,')).toBe(
      'Freight will double under the new calculation methods',
    );
    expect(quotedWords('Will the corridor open?')).toBe('Will the corridor open?');
    expect(quotedWords('It opens in spring.')).toBe('It opens in spring.');
    expect(quotedWords('It opens in spring —')).toBe('It opens in spring');
  });

  test('drops quotation marks highlighted with the words, not those inside them', () => {
    expect(quotedWords('“We will keep the talks open,”')).toBe('We will keep the talks open');
    expect(quotedWords('a “green lane” for grain')).toBe('a “green lane” for grain');
  });
});

describe('layoutMemo', () => {
  test('puts direct quotations in quotation marks, every paragraph opened and the last closed', () => {
    const [only] = quotations(
      compileMemo([row({ ...marrow, ...courier, exact: 'First part.\n\nSecond part,' })]),
    );
    expect(only?.paragraphs).toEqual(['“First part.', '“Second part”']);
  });

  test('names a speaker’s role once per section, then the name alone', () => {
    const memo = compileMemo([
      row({ ...marrow, ...courier, exact: 'One.', start: 1 }),
      row({ ...marrow, ...courier, exact: 'Two.', start: 50 }),
      row({ ...ferrand, ...gazette, exact: 'Three.', start: 1 }),
    ]);
    expect(quotations(memo).map((quotation) => quotation.attribution)).toEqual([
      'Ilse Marrow, Trade Minister of Veldora',
      'Ilse Marrow',
      'Tomas Ferrand, Transport Minister of Osterhal',
    ]);
  });

  test('names the role once per speaker section, not again in each of its subsections', () => {
    const memo = compileMemo(
      [
        row({ ...marrow, ...courier, exact: 'One.', start: 1, tags: [{ id: 1, name: 'Rail' }] }),
        row({ ...marrow, ...courier, exact: 'Two.', start: 50, tags: [{ id: 2, name: 'Ports' }] }),
      ],
      { groupBy: 'speaker', thenBy: 'tag' },
    );
    expect(quotations(memo).map((quotation) => quotation.attribution)).toEqual(
      ['Ilse Marrow', 'Ilse Marrow, Trade Minister of Veldora'].reverse(),
    );
  });

  test('marks reported speech it could not make a sentence of as a paraphrase', () => {
    const [only] = quotations(
      compileMemo([
        row({
          ...marrow,
          ...courier,
          kind: 'indirect',
          exact: 'the tariff war',
          before: '',
          after: '',
        }),
      ]),
    );
    expect(only?.display).toBe('reported');
    expect(only?.paragraphs).toEqual([`${PARAPHRASE_LABEL} (Ilse Marrow): the tariff war`]);
  });

  test('ends with a Sources list naming each article once, with its URL where known', () => {
    const memo = compileMemo([
      row({ ...marrow, ...courier, exact: 'One.', start: 1 }),
      row({ ...marrow, ...courier, exact: 'Two.', start: 50 }),
      row({ ...ferrand, ...gazette, exact: 'Three.', start: 1 }),
    ]);
    const laidOut = layoutMemo({
      ...memo,
      sources: [
        {
          articleId: courier.articleId,
          title: courier.articleTitle,
          author: 'Mira Kessel',
          publisher: courier.articlePublisher,
          publishedAt: courier.articlePublishedAt,
          url: 'https://courier.example/railway',
        },
      ],
    });
    expect(laidOut.sources).toEqual([
      'Quenby Gazette, “Osterhal backs corridor talks”, 6 March 2031.',
      'The Marisk Courier, “Veldora weighs railway plan”, by Mira Kessel, 4 March 2031. https://courier.example/railway',
    ]);
  });
});
