import { describe, expect, test } from 'vitest';
import {
  cslAuthors,
  cslDataSchema,
  cslDate,
  cslItem,
  writeCslJson,
} from '../../../../main/interchange/csl';
import type { InterchangeArticle } from '../../../../main/interchange/model';

const article: InterchangeArticle = {
  id: 12,
  title: 'Quenby harbour dues to rise',
  author: 'By Ada van Sorel and Tomas Fenn',
  publisher: 'Quenby Courier',
  publishedAt: '2031-03-01',
  language: 'en',
  sourceUrl: 'https://courier.example/harbour',
  contentHash: 'c'.repeat(64),
  importedAt: '2031-03-04T08:00:00.000Z',
  text: 'Dues will rise.',
};

describe('cslItem', () => {
  test('maps an article to a csl-data.json newspaper article', () => {
    expect(cslItem(article)).toEqual({
      id: 'dossier-article-12',
      type: 'article-newspaper',
      title: 'Quenby harbour dues to rise',
      author: [
        { family: 'van Sorel', given: 'Ada' },
        { family: 'Fenn', given: 'Tomas' },
      ],
      issued: { 'date-parts': [[2031, 3, 1]] },
      'container-title': 'Quenby Courier',
      URL: 'https://courier.example/harbour',
      accessed: { 'date-parts': [[2031, 3, 4]] },
      language: 'en',
    });
  });

  test('an article with nothing but a title is still a valid item', () => {
    const bare = cslItem({
      ...article,
      author: null,
      publisher: null,
      publishedAt: null,
      sourceUrl: null,
      language: null,
    });
    expect(cslDataSchema.safeParse([bare]).success).toBe(true);
    expect(Object.keys(bare).sort()).toEqual(['accessed', 'id', 'title', 'type']);
  });
});

describe('cslAuthors', () => {
  test.each([
    ['Ada Sorel', [{ family: 'Sorel', given: 'Ada' }]],
    ['Sorel, Ada', [{ family: 'Sorel', given: 'Ada' }]],
    ['Courier staff', [{ literal: 'Courier staff' }]],
    ['Quenby News Service', [{ literal: 'Quenby News Service' }]],
    [
      'Ada Sorel, Tomas Fenn and Ira Pell',
      [
        { family: 'Sorel', given: 'Ada' },
        { family: 'Fenn', given: 'Tomas' },
        { family: 'Pell', given: 'Ira' },
      ],
    ],
  ])('reads “%s”', (byline, expected) => {
    expect(cslAuthors(byline)).toEqual(expected);
  });
});

describe('cslDate', () => {
  test('keeps only the parts a date gives', () => {
    expect(cslDate('2031-03')).toEqual({ 'date-parts': [[2031, 3]] });
    expect(cslDate('2031')).toEqual({ 'date-parts': [[2031]] });
    expect(cslDate('spring')).toBeUndefined();
  });
});

describe('writeCslJson', () => {
  test('writes a JSON array the csl-data schema accepts', () => {
    const parsed: unknown = JSON.parse(writeCslJson([article]));
    expect(cslDataSchema.parse(parsed)).toHaveLength(1);
  });

  test('the schema refuses an item missing its type or with a malformed author', () => {
    expect(cslDataSchema.safeParse([{ id: 'x', title: 'T' }]).success).toBe(false);
    expect(
      cslDataSchema.safeParse([
        { id: 'x', type: 'article-newspaper', title: 'T', author: [{ name: 'Ada' }] },
      ]).success,
    ).toBe(false);
  });
});
