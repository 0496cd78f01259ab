import { describe, expect, it } from 'vitest';
import { claimedByOf, cleanSource, kindOf } from '../../../../main/figures/claim';

function claimIn(
  text: string,
  figure: string,
  quotes: Array<{ start: number; end: number; speaker: string | null }> = [],
) {
  const start = text.indexOf(figure);
  const whole = { start: 0, end: text.length };
  return claimedByOf(text, whole, whole, start, start + figure.length, quotes);
}

function kindIn(text: string, figure: string) {
  const start = text.indexOf(figure);
  const whole = { start: 0, end: text.length };
  return kindOf(text, whole, whole, start, start + figure.length, false);
}

describe('claimedByOf', () => {
  it('credits the source named "according to"', () => {
    expect(
      claimIn(
        'Trade reached $9 billion, according to the Kestrian statistics office.',
        '$9 billion',
      ),
    ).toBe('Kestrian statistics office');
  });

  it('credits the innermost source, inside a quotation', () => {
    const text = '“The customs office estimates the volume at $43 billion,” said Ada Lorne.';
    const quotes = [{ start: 1, end: 60, speaker: 'Ada Lorne' }];
    expect(claimIn(text, '$43 billion', quotes)).toBe('customs office');
  });

  it('credits the speaker of the quotation a figure sits in', () => {
    const text = 'He added that investment would grow by 7 percent.';
    expect(claimIn(text, '7 percent', [{ start: 14, end: 48, speaker: 'Tomas Brel' }])).toBe(
      'Tomas Brel',
    );
  });

  it('credits the speaker the quote finder resolved for "according to him"', () => {
    const text = 'According to him, trade reached $5 billion.';
    expect(claimIn(text, '$5 billion', [{ start: 17, end: 42, speaker: 'Ilsa Varenko' }])).toBe(
      'Ilsa Varenko',
    );
  });

  it('credits a source named after the figure', () => {
    expect(claimIn('Investment climbed to $4 billion, the central bank said.', '$4 billion')).toBe(
      'central bank',
    );
  });

  it('credits nobody for an unnamed source', () => {
    expect(claimIn('Officials counted 12 visiting delegations.', '12')).toBeNull();
  });

  it('does not take a capitalised noun for a verb of saying', () => {
    expect(claimIn('He blamed the United States for tariffs on 180 countries.', '180')).toBeNull();
  });
});

describe('cleanSource', () => {
  it('drops the title before a name and the body after it', () => {
    expect(cleanSource('Economy minister Tomas Brel')).toBe('Tomas Brel');
    expect(cleanSource('Analyst Peter Osgrove of the Lindqvist Institute')).toBe('Peter Osgrove');
    expect(cleanSource('Foreign Minister Ada Lorne')).toBe('Ada Lorne');
  });

  it('keeps an organisation whole', () => {
    expect(cleanSource('the Norvanian transport ministry')).toBe('Norvanian transport ministry');
  });
});

describe('kindOf', () => {
  it('reads a goal as a target', () => {
    expect(
      kindIn('Both governments aim to raise trade to $20 billion by 2035.', '$20 billion'),
    ).toBe('target');
  });

  it('reads an expectation as a forecast', () => {
    expect(kindIn('The ministry forecasts exports of $3 billion next year.', '$3 billion')).toBe(
      'forecast',
    );
  });

  it('reads what follows a figure that opens its clause', () => {
    expect(kindIn('Four new terminals will open next year.', 'Four')).toBe('forecast');
  });

  it('reads a report as actual', () => {
    expect(kindIn('Trade reached $12 billion last year.', '$12 billion')).toBe('actual');
  });

  it('does not let a goal earlier in the sentence reach a relative clause', () => {
    const text =
      'Both aim to grow, underscoring a partnership which currently includes 224 projects.';
    expect(kindIn(text, '224')).toBe('actual');
  });
});

describe('claimedByOf, asides', () => {
  it('sees through an aside between the source and its verb', () => {
    expect(
      claimIn('The grain exchange, however, put exports at 13.9 million tonnes.', '13.9 million'),
    ).toBe('grain exchange');
  });
});
