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
});
