import { describe, expect, it } from 'vitest';
import { findNumberMentions, scaledValue } from '../../../../main/figures/numbers';

function only(text: string) {
  const mentions = findNumberMentions(text);
  expect(mentions).toHaveLength(1);
  return mentions[0]!;
}

describe('findNumberMentions', () => {
  it('reads a dollar amount with a spaced sign and a magnitude word', () => {
    const mention = only('Trade reached a record $ 95 billion last year.');
    expect(mention).toMatchObject({
      exact: '$ 95 billion',
      value: 95e9,
      unit: 'USD',
      category: 'amount',
    });
  });

  it('reads a currency code with an attached abbreviation exactly', () => {
    const mention = only('Investment rose to USD 30.05bn in the period.');
    expect(mention).toMatchObject({ exact: 'USD 30.05bn', value: 30050000000, unit: 'USD' });
  });

  it('reads a currency written after the magnitude', () => {
    expect(only('Exports of 1.2 trillion tenge were recorded.')).toMatchObject({
      exact: '1.2 trillion tenge',
      value: 1.2e12,
      unit: 'KZT',
    });
  });

  it('reads percentages written with a sign and as words', () => {
    const [sign, words] = findNumberMentions(
      'Growth was 18% in spring and 7.5 per cent in autumn.',
    );
    expect(sign).toMatchObject({ exact: '18%', value: 18, unit: 'percent' });
    expect(words).toMatchObject({ exact: '7.5 per cent', value: 7.5, unit: 'percent' });
  });

  it('reads a count of things as the number with the counted noun as its unit', () => {
    expect(only('The fund backs 1,250 small enterprises.')).toMatchObject({
      exact: '1,250',
      value: 1250,
      unit: 'enterprises',
      category: 'count',
      countedPhrase: 'small enterprises',
    });
  });

  it('reads spelled-out counts', () => {
    expect(only('The ministry approved six new industrial zones.')).toMatchObject({
      value: 6,
      unit: 'zones',
    });
  });

  it('reads multiples and fractions as ratios', () => {
    const values = findNumberMentions(
      'Freight doubled. Tourism is twice as large. Costs fell by a third. Nearly half of it came late.',
    ).map((mention) => [mention.exact, mention.value]);
    expect(values).toEqual([
      ['doubled', 2],
      ['twice', 2],
      ['a third', 1 / 3],
      ['half', 0.5],
    ]);
  });

  it('reads an amount written as a compound adjective', () => {
    expect(only('Output nears the half-trillion-dollar mark.')).toMatchObject({
      value: 5e11,
      unit: 'USD',
    });
  });

  it('leaves out dates, years, ordinals and durations', () => {
    expect(
      findNumberMentions(
        'On March 14, 2031, the 3rd round opened in 2030 style; the talks lasted two days over 10 years.',
      ),
    ).toEqual([]);
  });

  it('leaves out a definite group counted after "the last"', () => {
    expect(findNumberMentions('They met in eight of the last ten finals.')).toEqual([]);
  });

  it('leaves out definitional counts and counts picked out of a group', () => {
    expect(
      findNumberMentions('The three river states met; Orlesk is one of the four founding members.'),
    ).toEqual([]);
  });

  it('leaves out a half that is part of a year and a double that is an adjective', () => {
    expect(
      findNumberMentions(
        'They meet in the second half of the year to sign a double taxation treaty.',
      ),
    ).toEqual([]);
  });

  it('notes how a figure is hedged', () => {
    expect(only('It came to about $12 billion.').bound).toBe('approximate');
    expect(only('It came to more than $12 billion.').bound).toBe('at-least');
  });

  it('records the precision a figure is written to', () => {
    expect(only('It came to $43.8 billion.').precision).toBe(1e8);
    expect(only('It came to $44 billion.').precision).toBe(1e9);
  });
});

describe('scaledValue', () => {
  it('scales decimals without binary rounding errors', () => {
    expect(scaledValue('30.05', 9)).toBe(30050000000);
    expect(scaledValue('4.35', 9)).toBe(4350000000);
    expect(scaledValue('2.1', 0)).toBe(2.1);
  });
});

describe('findNumberMentions, more shapes', () => {
  it('reads a fifth as a ratio', () => {
    expect(only('Patients rose by roughly a fifth.')).toMatchObject({
      exact: 'a fifth',
      value: 0.2,
    });
  });

  it('counts what "the number of" names when no noun follows a magnitude', () => {
    expect(only('They expect the number of patients to reach 1.5 million by 2036.')).toMatchObject({
      exact: '1.5 million',
      value: 1.5e6,
      unit: 'patients',
    });
  });
});
