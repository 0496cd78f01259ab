// Resolution (main/quotes/resolution.ts): which name a speaker phrase is given.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../main/quotes/index';

function speakerOf(text: string): string | null | undefined {
  const items = findQuotes(text).candidates.filter((item) => item.kind !== 'term');
  return items[items.length - 1]?.speaker;
}

describe('resolution', () => {
  it('resolves a pronoun to the last person named as a subject', () => {
    expect(
      speakerOf('Judge Omar Lisle adjourned the case. He said the delay was regrettable.'),
    ).toBe('Omar Lisle');
  });

  it('resolves a surname to the full name given before', () => {
    expect(speakerOf('Striker Jonas Telle scored twice. Telle said the team had earned it.')).toBe(
      'Jonas Telle',
    );
  });

  it('credits a spokesperson for a body to the body', () => {
    expect(speakerOf('A spokesman for Fenbury County Council said the hall would be sold.')).toBe(
      'Fenbury County Council',
    );
  });

  it('credits analysts at a firm to the firm', () => {
    expect(speakerOf('Analysts at Pellham Grove said the deal was likely to close.')).toBe(
      'Pellham Grove',
    );
  });

  it('credits lawyers for a person named before to that person', () => {
    expect(
      speakerOf(
        'Councillor Dora Penrose sued. Lawyers for Cllr Penrose said she would seek costs.',
      ),
    ).toBe('Dora Penrose');
  });

  it.each([
    'Critics said the scheme was rushed.',
    'Several parents said the bus was late.',
    'Two people familiar with the matter said talks had stalled.',
  ])('offers no name for a group it cannot identify: %s', (text) => {
    expect(speakerOf(text)).toBeNull();
  });

  it('names a group with a proper adjective', () => {
    expect(speakerOf('Nordic delegates said the text was agreed.')).toBe('Nordic delegates');
  });

  it('names the prosecution by its noun in a court report', () => {
    expect(speakerOf('The prosecution says the lorry carried 40 tonnes of stolen copper.')).toBe(
      'prosecution',
    );
  });

  it('does not keep an abbreviated title in the name', () => {
    expect(speakerOf('DS Rhona Gill said the van had been found.')).toBe('Rhona Gill');
  });
});
