import { describe, expect, it } from 'vitest';
import { measureKey, measureOf } from '../../../../main/figures/measure';
import { findNumberMentions } from '../../../../main/figures/numbers';

function measureIn(text: string) {
  const mention = findNumberMentions(text)[0]!;
  return measureOf(text, { start: 0, end: text.length }, mention);
}

describe('measureOf', () => {
  it('takes the noun phrase before the figure, with the parties written in it', () => {
    const measure = measureIn('Norvania–Kestria trade turnover reached $12.4 billion.');
    expect(measure.subject).toBe('Norvania–Kestria trade turnover');
    expect(measureKey(measure)).toBe('trade (Kestria–Norvania)');
  });

  it('names a party from its demonym where the text names the place', () => {
    const measure = measureIn(
      'Norvania and Kestria signed. Norvanian-Kestrian trade reached $2 billion.',
    );
    expect(measure.parties).toEqual(['Kestria', 'Norvania']);
  });

  it('reads the parties after the measure ("trade between X and Y")', () => {
    const measure = measureIn(
      'A goal for trade turnover between Velmora and Orlesk was set at $5 billion.',
    );
    expect(measureKey(measure)).toBe('trade (Orlesk–Velmora)');
  });

  it('reads parties named as a group of countries and a demonym', () => {
    const measure = measureIn(
      'Central Norvania grew. Trade turnover between Central Norvanian countries and Orlesk reached $5 billion.',
    );
    expect(measure.parties).toEqual(['Central Norvania', 'Orlesk']);
  });

  it('sees through a frame noun to what it frames', () => {
    expect(measureIn('The volume of bilateral trade stood at $9.7 billion.').head).toBe('trade');
  });

  it('takes the measure after the figure when none comes before', () => {
    expect(measureIn('Firms brought $26 billion in investments.').head).toBe('investment');
  });

  it('makes a counted noun its own measure', () => {
    expect(measureIn('They signed 37 investment projects.')).toMatchObject({
      subject: 'investment projects',
      head: 'projects',
    });
  });

  it('takes what a count in units measures from before it', () => {
    expect(measureIn('Freight volume reached 8.2 million tonnes.').head).toBe('freight');
  });

  it('has no measure when the clause names none', () => {
    expect(measureKey(measureIn('The other side puts it at $12 billion.'))).toBeNull();
  });
});
