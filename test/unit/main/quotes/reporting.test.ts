// Reporting shapes (main/quotes/reporting.ts) through the finder's output: which cues report
// speech, where the content starts and ends, who the subject is. Sentences are invented, from
// courts, business, sport and local politics.
import { describe, expect, it } from 'vitest';
import { findQuotes, type QuoteCandidate } from '../../../../main/quotes/index';

function only(text: string, kind: QuoteCandidate['kind']): QuoteCandidate[] {
  return findQuotes(text).candidates.filter((candidate) => candidate.kind === kind);
}

describe('reporting: what is not reported speech', () => {
  it.each([
    ['an appeal', 'The tenants’ union called for a rent freeze across the Vell estate.'],
    ['an urging', 'Councillor Brin Aske urged residents to attend the hearing.'],
    ['a condemnation', 'The Ostry Players’ Guild condemned the decision to close the hall.'],
    ['a welcome', 'Harwell Foods welcomed the ruling on its packaging claims.'],
    ['an accusation', 'The defence accused the police of losing key evidence.'],
    ['a stance', 'The supporters’ trust rejected the proposal to move the ground.'],
    ['a plea', 'Bram Holt, 41, denies stealing the van from a depot in Ardley.'],
  ])('gives no indirect item for %s', (_shape, sentence) => {
    expect(only(sentence, 'indirect')).toEqual([]);
  });

  it('still reads a verb of saying after a stance in the same story', () => {
    const items = only(
      'The supporters’ trust rejected the proposal. Its chair, Ada Renn, said the club had not consulted fans.',
      'indirect',
    );
    expect(items.map((item) => [item.exact, item.speaker])).toEqual([
      ['the club had not consulted fans', 'Ada Renn'],
    ]);
  });
});

describe('reporting: the subject around a parenthesis', () => {
  it('finds the subject before a participial clause (sport)', () => {
    const items = only(
      'Striker Jonas Telle, admitting he had struggled for form, said the team would recover.',
      'indirect',
    );
    expect(items.map((item) => [item.exact, item.speaker, item.cue])).toEqual([
      ['he had struggled for form', 'Jonas Telle', 'admitting'],
      ['the team would recover', 'Jonas Telle', 'said'],
    ]);
  });

  it('finds the subject before an adverbial parenthesis (courts)', () => {
    const [item] = only(
      'Defence barrister Coral Mayne, for her part, argued that the search had been unlawful.',
      'indirect',
    );
    expect(item).toMatchObject({ exact: 'the search had been unlawful', speaker: 'Coral Mayne' });
  });

  it('names the source of "according to" by the apposition after it (business)', () => {
    const [item] = only(
      'According to the bank’s chief economist, Dr Pilar Oste, rates will stay on hold until spring.',
      'indirect',
    );
    expect(item).toMatchObject({ speaker: 'Pilar Oste', cue: 'According to' });
  });

  it('does not take a fronted adverbial for the speaker (local politics)', () => {
    const [item] = only(
      'At a meeting with shopkeepers, Mayor Tilde Karsk said the market would reopen in June.',
      'indirect',
    );
    expect(item).toMatchObject({
      exact: 'the market would reopen in June',
      speaker: 'Tilde Karsk',
    });
  });

  it('keeps a quantifier with a group that speaks together (sport)', () => {
    const [item] = only('Both clubs said the transfer fee had been agreed.', 'indirect');
    expect(item).toMatchObject({ speaker: 'Both clubs' });
  });
});

describe('reporting: one cue, several clauses', () => {
  it('gives the quote-free "and that" clause an item of its own (business)', () => {
    const items = findQuotes(
      'Pell & Norrow said its orders had fallen by a tenth and that it faced “a very hard winter”.',
    ).candidates;
    expect(items.map((item) => [item.kind, item.exact])).toEqual([
      ['indirect', 'its orders had fallen by a tenth'],
      ['direct', 'a very hard winter'],
    ]);
  });

  it('keeps two quote-free clauses joined by "and that" as one item (courts)', () => {
    const items = only(
      'The judge said the delay was regrettable and that the trial would start in March.',
      'indirect',
    );
    expect(items.map((item) => item.exact)).toEqual([
      'the delay was regrettable and that the trial would start in March',
    ]);
  });
});
