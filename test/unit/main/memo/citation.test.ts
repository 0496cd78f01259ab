import { describe, expect, test } from 'vitest';
import {
  attributionText,
  citationText,
  formatDate,
  paragraphAt,
  paragraphBreaks,
  sourceLabel,
} from '../../../../main/memo/citation';
import type { MemoCitation, MemoQuotation } from '../../../../main/memo/model';

const citation: MemoCitation = {
  highlightId: 1,
  exact: 'The corridor opens to cargo next spring.',
  articleId: 1,
  title: 'Osterhal backs corridor talks',
  author: 'Mira Kessel',
  publisher: 'Quenby Gazette',
  publishedAt: '2031-03-06T08:00:00Z',
  paragraph: 4,
  start: 0,
  end: 10,
};

describe('citations', () => {
  test('writes dates in words, the same on every machine', () => {
    expect(formatDate('2031-03-06')).toBe('6 March 2031');
    expect(formatDate('2031-12-25T23:59:00Z')).toBe('25 December 2031');
    expect(formatDate('2031-03')).toBe('March 2031');
    expect(formatDate('2031')).toBe('2031');
    expect(formatDate(null)).toBeNull();
  });

  test('cites author, title, publisher, date and paragraph', () => {
    expect(citationText(citation)).toBe(
      'Mira Kessel, “Osterhal backs corridor talks”, Quenby Gazette, 6 March 2031, paragraph 4.',
    );
  });

  test('leaves out what is not known', () => {
    expect(
      citationText({
        ...citation,
        author: null,
        publisher: null,
        publishedAt: null,
        paragraph: null,
      }),
    ).toBe('“Osterhal backs corridor talks”.');
  });

  test('names a source in passing by its publisher, else by its title', () => {
    expect(sourceLabel(citation)).toBe('Quenby Gazette');
    expect(sourceLabel({ ...citation, publisher: null })).toBe('“Osterhal backs corridor talks”');
  });

  test('attributes quotations by name and role, and marks reported speech', () => {
    const quotation: MemoQuotation = {
      kind: 'direct',
      speaker: 'Tomas Ferrand',
      role: 'Transport Minister',
      note: '',
      source: citation,
      alsoReportedBy: [],
    };
    expect(attributionText(quotation)).toBe('Tomas Ferrand, Transport Minister');
    expect(attributionText({ ...quotation, kind: 'indirect', role: null })).toBe(
      'Tomas Ferrand (reported speech)',
    );
    expect(attributionText({ ...quotation, speaker: null })).toBeNull();
  });

  test('numbers paragraphs from one, counting blank-line breaks before the offset', () => {
    const text = 'First.\n\nSecond paragraph.\n\nThird.';
    const breaks = paragraphBreaks(text);
    expect(paragraphAt(breaks, 0)).toBe(1);
    expect(paragraphAt(breaks, text.indexOf('Second'))).toBe(2);
    expect(paragraphAt(breaks, text.indexOf('paragraph'))).toBe(2);
    expect(paragraphAt(breaks, text.indexOf('Third'))).toBe(3);
  });
});
