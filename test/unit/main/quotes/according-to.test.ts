// "According to" reports (main/quotes/according-to.ts).
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../main/quotes/index';

describe('according-to', () => {
  it('reads the clause after "according to X,"', () => {
    const [item] = findQuotes(
      'According to the Ardley Ramblers, the path has been closed for a year.',
    ).candidates;
    expect(item).toMatchObject({
      kind: 'indirect',
      exact: 'the path has been closed for a year',
      speaker: 'Ardley Ramblers',
    });
  });

  it('reads the clause before "…, according to X"', () => {
    const [item] = findQuotes('The fund is worth £40m, according to Pellow Analytics.').candidates;
    expect(item).toMatchObject({ exact: 'The fund is worth £40m', speaker: 'Pellow Analytics' });
  });

  it('skips a description of the named source before the reported clause', () => {
    const [item] = findQuotes(
      'According to Ida Morrow, a retail analyst at Fenn Capital, the chain would close ten stores.',
    ).candidates;
    expect(item).toMatchObject({
      exact: 'the chain would close ten stores',
      speaker: 'Ida Morrow',
    });
  });
});
