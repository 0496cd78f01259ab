// Noun phrases (main/quotes/phrases.ts): what kind of speaker a phrase names, and its parts.
import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../../../main/quotes/name-runs';
import { parsePhrase, phraseStartBefore } from '../../../../main/quotes/phrases';
import { splitSentences } from '../../../../main/quotes/text-units';

function phraseBefore(text: string, verb: string) {
  const sentences = splitSentences(text, []);
  const vocabulary = buildVocabulary(sentences);
  const tokens = sentences[0]?.tokens ?? [];
  const end = tokens.findIndex((token) => token.text === verb);
  const start = phraseStartBefore(tokens, end, vocabulary);
  return parsePhrase(text, tokens, start, end, vocabulary);
}

describe('phrases', () => {
  it('reads a titled name as a person, without the title in the name', () => {
    const phrase = phraseBefore('Harbour master Ilse Marwick said the quay was safe.', 'said');
    expect(phrase).toMatchObject({ kind: 'person', name: { text: 'Ilse Marwick' } });
  });

  it('reads a role phrase with its role words', () => {
    const phrase = phraseBefore('The club’s treasurer said the accounts were sound.', 'said');
    expect(phrase).toMatchObject({ kind: 'role', head: 'treasurer' });
  });

  it('reads a plural as a group', () => {
    expect(phraseBefore('Local shopkeepers said trade had fallen.', 'said')?.kind).toBe(
      'collective',
    );
  });

  it('reads a pronoun as a pronoun', () => {
    expect(phraseBefore('She said the bridge would open.', 'said')?.kind).toBe('pronoun');
  });

  it('does not start a phrase at a fronted preposition', () => {
    const phrase = phraseBefore('At the hearing, counsel Ada Stroud said nothing new.', 'said');
    expect(phrase?.text.startsWith('At')).toBe(false);
  });

  it('reads a name with letters after it as a person, without the letters', () => {
    const phrase = phraseBefore(
      'Defence counsel Maria Okafor KC told the jury it was a lie.',
      'told',
    );
    expect(phrase).toMatchObject({ kind: 'person', name: { text: 'Maria Okafor' } });
  });

  it('keeps a descriptor before a name out of the name', () => {
    const phrase = phraseBefore('Grandmother-of-six Alma Ferrand said the bus was late.', 'said');
    expect(phrase).toMatchObject({ kind: 'person', name: { text: 'Alma Ferrand' } });
  });
});
