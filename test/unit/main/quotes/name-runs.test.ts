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

  describe('descriptors before a name', () => {
    it('leaves out a compound of lower-case words', () => {
      const text = 'Father-of-two Omar Lindqvist said the ward had closed without notice.';
      expect(runAt(text, 'Father-of-two')).toBeNull();
      expect(runAt(text, 'Omar')).toBe('Omar Lindqvist');
    });

    it('leaves out an agent noun, opening a sentence or after a modifier', () => {
      expect(runAt('Ferryman Tobias Renn said the crossing was cancelled.', 'Ferryman')).toBeNull();
      const text = 'The award went to former Paralympian Greta Solberg on Friday.';
      expect(runAt(text, 'Paralympian')).toBeNull();
      expect(runAt(text, 'Greta')).toBe('Greta Solberg');
    });

    it('leaves out a common word opening a sentence before a given name and a surname', () => {
      const text = 'Twin Helen Marsh, who gave her sister a kidney, said the clinic was kind.';
      expect(runAt(text, 'Twin')).toBeNull();
      expect(runAt(text, 'Helen')).toBe('Helen Marsh');
    });

    it('keeps a given name that is also a word when only a surname follows', () => {
      expect(runAt('Rose Okafor said the clinic would reopen.', 'Rose')).toBe('Rose Okafor');
    });

    it('keeps a name that opens a sentence before a two-word name it is not a descriptor of', () => {
      expect(runAt('Julian Amy Pryce said the firm would appeal.', 'Julian')).toBe(
        'Julian Amy Pryce',
      );
    });
  });

  describe('letters after a name', () => {
    it('leaves out a rank at the bar or an honour', () => {
      const text = 'Defence barrister Julian Pryce KC told the court the search was unlawful.';
      expect(runAt(text, 'Julian')).toBe('Julian Pryce');
      expect(runAt(text, 'KC')).toBeNull();
      expect(runAt('Councillor Amy Doran OBE opened the library.', 'Amy')).toBe('Amy Doran');
    });
  });

  describe('months', () => {
    it('reads a month before a surname as a given name', () => {
      expect(runAt('Ward councillor June Hollis said the bins were late.', 'June')).toBe(
        'June Hollis',
      );
    });

    it('reads a month after a preposition as a date', () => {
      expect(runAt('In June Marlow Dairies cut 40 jobs.', 'June')).toBeNull();
    });
  });

  describe('names of bodies', () => {
    it('keeps a subject word that opens a body’s name', () => {
      expect(runAt('The Health Workers Union said it would ballot members.', 'Health')).toBe(
        'Health Workers Union',
      );
    });

    it('does not take a subject word before a job title for a name', () => {
      expect(runAt('Health Minister Ana Ruiz said waiting lists had fallen.', 'Health')).toBeNull();
    });

    it('ends a body’s name with a word for a body that is also a title word', () => {
      expect(runAt('The Ardley Harbour Board said mooring fees would rise.', 'Ardley')).toBe(
        'Ardley Harbour Board',
      );
    });

    it('does not take a town ending in -chester for a job word', () => {
      expect(runAt('Wexchester Town Council said the market would move.', 'Wexchester')).toBe(
        'Wexchester Town Council',
      );
    });
  });
  it('keeps subject words inside the name of a body: "Interior Ministry", "Foreign Ministry"', () => {
    expect(runAt('Yesterday the Interior Ministry said the checks would go on.', 'Interior')).toBe(
      'Interior Ministry',
    );
    expect(runAt('On Monday the Pellish Foreign Ministry issued a note.', 'Pellish')).toBe(
      'Pellish Foreign Ministry',
    );
    // A title before a person is not a body's name.
    expect(runAt('On Monday Finance Minister Ada Korr said little.', 'Finance')).toBeNull();
  });

  it('drops a descriptor opening the sentence before a name the lexicon does not know', () => {
    expect(runAt('Neighbour Tam Hoskell said he heard glass break.', 'Neighbour')).toBeNull();
    expect(runAt('Neighbour Tam Hoskell said he heard glass break.', 'Tam')).toBe('Tam Hoskell');
    expect(runAt('Tearful Mo Brandle thanked the crowd.', 'Tearful')).toBeNull();
    expect(runAt('Furious Brandle stormed out of the hall.', 'Furious')).toBeNull();
    expect(runAt('Furious Brandle stormed out of the hall.', 'Brandle')).toBe('Brandle');
  });
});
