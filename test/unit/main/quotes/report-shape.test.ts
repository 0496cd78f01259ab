// Cue words (main/quotes/report-shape.ts): a cue with its particle, and a particle verb without
// one.
import { describe, expect, it } from 'vitest';
import { cueVerb } from '../../../../main/quotes/lexicon';
import { cueWords } from '../../../../main/quotes/report-shape';
import { splitSentences } from '../../../../main/quotes/text-units';

function cueOf(text: string, word: string) {
  const tokens = splitSentences(text, [])[0]?.tokens ?? [];
  const index = tokens.findIndex((token) => token.text === word);
  const verb = cueVerb(word);
  if (verb === undefined) throw new Error(`${word} is not a cue`);
  return cueWords(tokens, index, verb);
}

describe('report-shape', () => {
  it('takes a particle into the cue', () => {
    expect(cueOf('The union pointed out that pay had fallen.', 'pointed')?.text).toBe(
      'pointed out',
    );
  });

  it('does not take a time adverbial’s preposition for the particle', () => {
    expect(cueOf('She insisted on Tuesday that she would stay.', 'insisted')?.text).toBe(
      'insisted',
    );
  });

  it('gives a particle verb without its particle no cue', () => {
    expect(cueOf('He called the referee over.', 'called')).toBeNull();
  });
});
