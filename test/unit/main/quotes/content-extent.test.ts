// Content extent (main/quotes/content-extent.ts): where reported content ends, seen through the
// finder's indirect items.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../main/quotes/index';

function indirect(text: string): string[] {
  return findQuotes(text)
    .candidates.filter((item) => item.kind === 'indirect')
    .map((item) => item.exact);
}

describe('content-extent', () => {
  it('starts after "that" and an addressee', () => {
    expect(indirect('Inspector Lem Barr told the inquiry that the valve had failed.')).toEqual([
      'the valve had failed',
    ]);
  });

  it('starts after a time adverbial between the cue and the clause', () => {
    expect(indirect('Coach Ria Holm said on Sunday the squad was fit.')).toEqual([
      'the squad was fit',
    ]);
  });

  it('ends before the writer’s own addition after a comma', () => {
    expect(
      indirect(
        'Analyst Pim Oord said pupils needed a screen dusk, a practice used in two schools.',
      ),
    ).toEqual(['pupils needed a screen dusk']);
  });

  it('ends before a new sentence of the writer', () => {
    expect(indirect('The mayor said the plan was final. Traders were unconvinced.')).toEqual([
      'the plan was final',
    ]);
  });
});
