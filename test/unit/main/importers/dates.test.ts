import { describe, expect, it } from 'vitest';
import { parseDate, parseDateOnlyLine, parseDateTime } from '../../../../main/importers/dates';

describe('parseDateTime', () => {
  it('keeps the time and zone of an ISO timestamp, without fractions of a second', () => {
    expect(parseDateTime('2025-03-03T14:05:00.000Z')).toBe('2025-03-03T14:05:00Z');
    expect(parseDateTime('2025-03-03T09:05:00-0500')).toBe('2025-03-03T09:05:00-05:00');
    expect(parseDateTime('2025-03-03T09:05+01:00')).toBe('2025-03-03T09:05:00+01:00');
  });

  it('gives a date only where only a date is stated', () => {
    expect(parseDateTime('2025-04-02')).toBe('2025-04-02');
    expect(parseDateTime('April 2, 2025')).toBe('2025-04-02');
  });

  it('keeps a stated time without inventing a zone for it', () => {
    expect(parseDateTime('2025-03-03 09:05:00')).toBe('2025-03-03T09:05:00');
  });

  it('reads a byline timestamp with a US zone, in winter and in summer', () => {
    expect(parseDateTime('Updated 9:05 AM ET, Mon March 3, 2025')).toBe(
      '2025-03-03T09:05:00-05:00',
    );
    expect(parseDateTime('Updated 9:05 AM ET, Mon July 7, 2025')).toBe('2025-07-07T09:05:00-04:00');
  });

  it('reads an e-mail style date with a numeric offset', () => {
    expect(parseDateTime('Tue, 11 Feb 2025 16:20:00 -0500')).toBe('2025-02-11T16:20:00-05:00');
  });

  it('reads named zones and GMT offsets', () => {
    expect(parseDateTime('12 April 2025, 14:30 BST')).toBe('2025-04-12T14:30:00+01:00');
    expect(parseDateTime('12 April 2025 at 2:30 pm GMT+5')).toBe('2025-04-12T14:30:00+05:00');
    expect(parseDateTime('12 April 2025, 14:30 GMT')).toBe('2025-04-12T14:30:00Z');
  });

  it('reads day.month.year dates', () => {
    expect(parseDateTime('26.04.2025')).toBe('2025-04-26');
  });

  it('never supplies a missing year', () => {
    expect(parseDateTime('March 3 at 9:05 AM')).toBeNull();
  });

  it('takes no time from prose around a date', () => {
    const prose = `On April 26, 2025 the ministers met. ${'They talked for hours. '.repeat(10)}At 9:30 they left.`;
    expect(parseDateTime(prose)).toBe('2025-04-26');
  });

  it('rejects impossible dates', () => {
    expect(parseDate('February 30, 2024')).toBeNull();
    expect(parseDateTime('2024-13-01')).toBeNull();
  });
});

describe('parseDateOnlyLine', () => {
  it('tells the publication date from the update date on one line', () => {
    expect(parseDateOnlyLine('Published 3 March 2025, 09:05 GMT | Updated 4 March 2025')).toEqual({
      published: '2025-03-03T09:05:00Z',
      updated: '2025-03-04',
    });
  });

  it('refuses a line with words other than dates and their labels', () => {
    expect(parseDateOnlyLine('On April 3, 2025 the council met.')).toBeNull();
  });
});
