import { describe, expect, it } from 'vitest';
import { articleYear, periodOf } from '../../../../main/figures/period';

function periodIn(text: string, figure: string, year: number | null, expected = false) {
  const start = text.indexOf(figure);
  return periodOf(
    text,
    { start: 0, end: text.length },
    start,
    start + figure.length,
    year,
    expected,
  );
}

describe('articleYear', () => {
  it('prefers the publication date', () => {
    expect(articleYear('ORLESK, June 2, 2032 — text', '2033-01-05')).toBe(2033);
  });

  it('reads the year of a dateline', () => {
    expect(articleYear('Title\n\nORLESK, June 2, 2032 — Trade grew in 2030.')).toBe(2032);
  });

  it('falls back to the latest year reported, leaving out goals and plan spans', () => {
    expect(
      articleYear('Trade grew in 2028 and 2029, a plan for 2030–2035 aims higher by 2040.'),
    ).toBe(2029);
  });
});

describe('periodOf', () => {
  it('takes a year written after the figure', () => {
    expect(periodIn('Trade stood at $9 billion in 2030.', '$9 billion', 2031).period).toBe('2030');
  });

  it('resolves "last year" against the article year', () => {
    expect(periodIn('Trade reached $12 billion last year.', '$12 billion', 2031).period).toBe(
      '2030',
    );
  });

  it('marks a year aimed at', () => {
    expect(
      periodIn('They aim to raise trade to $20 billion by 2035.', '$20 billion', 2031),
    ).toEqual({
      period: '2035',
      ahead: true,
    });
  });

  it('does not give an expectation the year reported before it', () => {
    const text = 'The port handled 140,000 containers in 2030 and expects that to double soon.';
    expect(periodIn(text, 'double', 2031, true).period).toBeNull();
  });

  it('ignores the year something began', () => {
    expect(periodIn('Since 2024 they have signed 12 deals.', '12', 2031).period).toBeNull();
  });
});

describe('periodOf, years that are not periods', () => {
  it('skips the year a change began, written after the figure', () => {
    const text = 'Prices had tripled since the drought of 2031.';
    expect(periodIn(text, 'tripled', 2033).period).toBeNull();
  });

  it('skips both years of a season', () => {
    const text = 'Exports rose to 14.6 million tonnes in the 2032–2033 season.';
    expect(periodIn(text, '14.6 million', 2033).period).toBeNull();
  });

  it('skips a full date', () => {
    const text = 'On October 8, 2033 the exchange put exports at 13.9 million tonnes.';
    expect(periodIn(text, '13.9 million', 2033).period).toBeNull();
  });
});
