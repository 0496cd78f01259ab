import { describe, expect, test } from 'vitest';
import {
  authorDateCitation,
  bylineNames,
  citationText,
  isCitationStyle,
} from '../../../../main/domain/citation';
import type { MemoCitation } from '../../../../main/domain/memo';

const citation: MemoCitation = {
  highlightId: 1,
  exact: 'Dues will rise by a tenth',
  articleId: 2,
  title: 'Quenby harbour dues to rise',
  author: 'Ada van Sorel',
  publisher: 'Quenby Courier',
  publishedAt: '2031-03-01',
  paragraph: 2,
  start: 40,
  end: 65,
};

describe('citationText', () => {
  test('Chicago, the default, is a full note: author, “title”, publisher, date, paragraph', () => {
    expect(citationText(citation)).toBe(
      'Ada van Sorel, “Quenby harbour dues to rise”, Quenby Courier, 1 March 2031, paragraph 2.',
    );
    expect(citationText(citation, 'chicago')).toBe(citationText(citation));
  });

  test('APA is the reference-list entry: Author, A. (Year, Month Day). Title. Publisher.', () => {
    expect(citationText(citation, 'apa')).toBe(
      'van Sorel, A. (2031, March 1). Quenby harbour dues to rise. Quenby Courier. Paragraph 2.',
    );
  });

  test('APA puts the title first for an article without a byline, and n.d. without a date', () => {
    expect(citationText({ ...citation, author: null, publishedAt: null }, 'apa')).toBe(
      'Quenby harbour dues to rise. (n.d.). Quenby Courier. Paragraph 2.',
    );
  });

  test('APA joins several authors with commas and an ampersand', () => {
    expect(
      citationText(
        { ...citation, author: 'Ada Sorel, Tomas Fenn and Ira Pell', paragraph: null },
        'apa',
      ),
    ).toBe(
      'Sorel, A., Fenn, T., & Pell, I. (2031, March 1). Quenby harbour dues to rise. Quenby Courier.',
    );
  });
});

describe('authorDateCitation', () => {
  test.each([
    ['Ada van Sorel', '(van Sorel, 2031, para. 2)'],
    ['Ada Sorel and Tomas Fenn', '(Sorel & Fenn, 2031, para. 2)'],
    ['Ada Sorel, Tomas Fenn and Ira Pell', '(Sorel et al., 2031, para. 2)'],
    ['Courier staff', '(Courier staff, 2031, para. 2)'],
    [null, '(“Quenby harbour dues to…”, 2031, para. 2)'],
  ])('cites a byline of %s as %s', (author, expected) => {
    expect(authorDateCitation({ ...citation, author })).toBe(expected);
  });
});

describe('bylineNames', () => {
  test('reads an inverted name as one person', () => {
    expect(bylineNames('Sorel, Ada')).toEqual([{ family: 'Sorel', given: 'Ada' }]);
  });

  test('keeps an agency whole', () => {
    expect(bylineNames('By Quenby News Service')).toEqual([{ literal: 'Quenby News Service' }]);
  });
});

describe('isCitationStyle', () => {
  test('knows the two styles and nothing else', () => {
    expect(isCitationStyle('apa')).toBe(true);
    expect(isCitationStyle('chicago')).toBe(true);
    expect(isCitationStyle('mla')).toBe(false);
  });
});
