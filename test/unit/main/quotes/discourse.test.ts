// The entity registry (main/quotes/discourse.ts): who the article mentions, under which names.
import { describe, expect, it } from 'vitest';
import { buildDiscourse } from '../../../../main/quotes/discourse';
import { buildVocabulary } from '../../../../main/quotes/name-runs';
import { splitSentences } from '../../../../main/quotes/text-units';

function entitiesOf(text: string) {
  const sentences = splitSentences(text, []);
  return buildDiscourse(text, sentences, buildVocabulary(sentences), []).entities;
}

describe('discourse', () => {
  it('registers a person once under the fullest name, with the roles given to them', () => {
    const people = entitiesOf(
      'Harbour master Ilse Marwick opened the quay. Marwick said it was safe.',
    ).filter((entity) => entity.kind === 'person');
    expect(people.map((entity) => entity.canonical)).toEqual(['Ilse Marwick']);
    expect(people[0]?.roles.join(' ')).toMatch(/master/iu);
  });

  it('keeps two people who share a surname apart', () => {
    const people = entitiesOf('Mia Chen and Ma Chen both ran. Mia Chen won.').filter(
      (entity) => entity.kind === 'person',
    );
    expect(people.map((entity) => entity.canonical).sort()).toEqual(['Ma Chen', 'Mia Chen']);
  });

  it('registers an organisation named in full', () => {
    const names = entitiesOf('The Ardley Chamber of Trade met on Monday.').map(
      (entity) => entity.canonical,
    );
    expect(names).toContain('Ardley Chamber of Trade');
  });

  describe('subjects', () => {
    function subjectAt(text: string, name: string): boolean | undefined {
      const sentences = splitSentences(text, []);
      const discourse = buildDiscourse(text, sentences, buildVocabulary(sentences), []);
      const position = text.indexOf(name);
      return discourse.mentions.find((mention) => mention.position === position)?.subject;
    }

    it('reads an auxiliary standing alone as the verb of the name before it', () => {
      expect(subjectAt('Retired miner Aled Pryce, 71, had two ponies stolen.', 'Aled')).toBe(true);
    });

    it('does not read a name inside a prepositional phrase as a subject', () => {
      expect(
        subjectAt('Analyst Marit Sand of Crowley Hart said the club was in profit.', 'Crowley'),
      ).toBe(false);
    });

    it('reads the antecedent of a relative "who" as the subject of its clause', () => {
      expect(
        subjectAt(
          'The leak was found by engineer Tamsin Roe, who said she had warned them.',
          'Tamsin',
        ),
      ).toBe(true);
    });

    it('does not read the subject of a reported clause as a main-clause subject', () => {
      expect(subjectAt('She said Orla Quint had signed the lease.', 'Orla')).toBe(false);
    });
  });

  describe('bodies named by a common noun', () => {
    it('registers a body named by a qualified noun, wherever it stands', () => {
      const bodies = entitiesOf('The budget was drafted by the transport ministry.').filter(
        (entity) => entity.kind === 'collective',
      );
      expect(bodies.map((entity) => [entity.canonical, [...entity.sorts]])).toEqual([
        ['transport ministry', ['government']],
      ]);
    });

    it('does not register a description of a body the article names', () => {
      const names = entitiesOf(
        'The Office of Harbour Standards, the port regulator, warned the operator. The port regulator fined it.',
      ).map((entity) => entity.canonical);
      expect(names).not.toContain('port regulator');
    });

    it('marks a group named by a bare plural as people at large, and "the" as a party', () => {
      const [bare] = entitiesOf('Night nurses said the rota was unworkable.').filter(
        (entity) => entity.kind === 'collective',
      );
      expect(bare?.indefinite).toBe(true);
      const [definite] = entitiesOf('The night nurses said the rota was unworkable.').filter(
        (entity) => entity.kind === 'collective',
      );
      expect(definite?.indefinite).toBe(false);
    });
  });

  describe('names as written', () => {
    function peopleOf(text: string): string[] {
      return entitiesOf(text)
        .filter((entity) => entity.kind === 'person')
        .map((entity) => entity.canonical);
    }

    /** The canonical name of the entity the last mention of `written` is registered under. */
    function lastMentionOf(text: string, written: string): string | undefined {
      const sentences = splitSentences(text, []);
      const discourse = buildDiscourse(text, sentences, buildVocabulary(sentences), []);
      return discourse.nameAt.get(text.lastIndexOf(written))?.canonical;
    }

    it('reads a hyphenated surname alone as the person it shortens', () => {
      const text =
        'Finance director Tomas Verhoef-Lind presented the results. Verhoef-Lind said margins rose.';
      expect(lastMentionOf(text, 'Verhoef-Lind')).toBe('Tomas Verhoef-Lind');
    });

    it('reads a surname with a title as the person who holds that title', () => {
      const text =
        'Professor Greta Reyes led the study. Councillor Maria Reyes opposed the plan. ' +
        'Professor Reyes said the data were clear.';
      expect(lastMentionOf(text, 'Reyes')).toBe('Greta Reyes');
    });

    it('leaves out a word before a full name the article also gives without it', () => {
      const later = peopleOf(
        'The twins Lena and Marta Oduya won. Cox Marta Oduya said the crew trained all winter.',
      );
      expect(later).toContain('Marta Oduya');
      expect(later).not.toContain('Cox Marta Oduya');
      expect(
        peopleOf('Cox Marta Oduya said the crew trained all winter. Marta Oduya, 24, won twice.'),
      ).toEqual(['Marta Oduya']);
    });
  });
});
