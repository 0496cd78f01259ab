// Name runs (main/quotes/name-runs.ts): where a proper name starts and ends in a sentence.
import { describe, expect, it } from 'vitest';
import { buildVocabulary, nameRunAt, runText } from '../../../../main/quotes/name-runs';
import { splitSentences } from '../../../../main/quotes/text-units';

function runAt(text: string, word: string): string | null {
  const sentences = splitSentences(text, []);
  const vocabulary = buildVocabulary(sentences);
  const tokens = sentences[0]?.tokens ?? [];
  const index = tokens.findIndex((token) => token.text === word);
  const run = nameRunAt(tokens, index, vocabulary);
  return run === null ? null : runText(text, tokens, run).text;
}

describe('name-runs', () => {
  it('joins an organisation’s name across "of"', () => {
    expect(runAt('The Ardley Chamber of Trade said little.', 'Ardley')).toBe(
      'Ardley Chamber of Trade',
    );
  });

  it('ends a person’s name before a lower-case word', () => {
    expect(runAt('Yesterday Mara Quill said the shop would stay.', 'Mara')).toBe('Mara Quill');
  });

  it('does not take a compound adjective for part of a name', () => {
    expect(runAt('The Lisbon-born Tomas Reyes scored twice.', 'Lisbon-born')).toBeNull();
  });

  it('reads a given name that looks like a plural as a name when a name follows', () => {
    expect(runAt('Ines Garrow warned of delays.', 'Ines')).toBe('Ines Garrow');
  });

  it('does not read a sentence-opening common word as a name', () => {
    expect(runAt('Residents said the road was closed.', 'Residents')).toBeNull();
  });
});
