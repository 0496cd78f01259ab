// Post-posed reports (main/quotes/postposed.ts): the clause before "…, X said".
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../main/quotes/index';

describe('postposed', () => {
  it('takes the clause before a post-posed cue', () => {
    const [item] = findQuotes('The plant will close in June, the company said.').candidates;
    expect(item).toMatchObject({ kind: 'indirect', exact: 'The plant will close in June' });
  });

  it('takes in the interruption when the cue splits the clause', () => {
    const [item] = findQuotes(
      'The buoys had drifted, the skipper said, and both crews were safe.',
    ).candidates;
    expect(item?.exact).toBe('The buoys had drifted, the skipper said, and both crews were safe');
  });
});
