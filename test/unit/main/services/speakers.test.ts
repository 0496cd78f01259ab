import { describe, expect, test } from 'vitest';
import { notebookWith } from '../../../helpers/notebook';
import { speakerMatchScore } from '../../../../main/services/speakers';

const ARTICLE = { title: 'Ferry talks', text: 'Sorel said the ferry would run all year.' };

function speakers() {
  const { book, ids } = notebookWith([ARTICLE]);
  return { service: book.services.speakers, book, articleId: ids[0]! };
}

describe('speakerMatchScore', () => {
  test('ranks the whole name over its start, a word’s start and a part of it', () => {
    const scores = ['Ada Sorel', 'Ad', 'Sor', 'ore'].map((query) =>
      speakerMatchScore(query, ['Ada Sorel']),
    );
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(4);
  });

  test('finds a name spelt with another transliteration', () => {
    expect(speakerMatchScore('Oralbaev', ['Dana Oralbayev'])).toBeGreaterThan(0);
  });

  test('matches any of the names and aliases given', () => {
    expect(speakerMatchScore('Minister', ['Ada Sorel', 'the Minister'])).toBeGreaterThan(0);
  });

  test('does not match an unrelated name', () => {
    expect(speakerMatchScore('Quill', ['Ada Sorel'])).toBe(0);
  });
});

describe('speaker service', () => {
  test('creates a speaker with role, country and aliases', () => {
    const { service } = speakers();
    expect(
      service.create({
        name: 'Ada Sorel',
        role: 'Harbour Master',
        country: 'Veldora',
        aliases: ['Sorel'],
      }),
    ).toMatchObject({
      name: 'Ada Sorel',
      role: 'Harbour Master',
      country: 'Veldora',
      aliases: ['Sorel'],
    });
  });

  test('drops aliases that repeat the name or each other, whatever their case', () => {
    const { service } = speakers();
    const speaker = service.create({
      name: 'Ada Sorel',
      aliases: ['ada sorel', 'Sorel', 'SOREL', 'the harbour master'],
    });
    expect(speaker.aliases).toEqual(['Sorel', 'the harbour master']);
  });

  test('refuses a name another speaker already has as its name or an alias', () => {
    const { service } = speakers();
    service.create({ name: 'Ada Sorel', aliases: ['Sorel'] });
    for (const name of ['ada sorel', 'Sorel'])
      expect(() => service.create({ name })).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  test('changes only the fields given and keeps the aliases', () => {
    const { service } = speakers();
    const { id } = service.create({
      name: 'Ada Sorel',
      role: 'Harbour Master',
      aliases: ['Sorel'],
    });
    expect(service.update(id, { country: 'Veldora' })).toMatchObject({
      name: 'Ada Sorel',
      role: 'Harbour Master',
      country: 'Veldora',
      aliases: ['Sorel'],
    });
  });

  test('clears a role given as null', () => {
    const { service } = speakers();
    const { id } = service.create({ name: 'Ada Sorel', role: 'Harbour Master' });
    expect(service.update(id, { role: null }).role).toBeNull();
  });

  test('renames a speaker, even to another case of its own name', () => {
    const { service } = speakers();
    const { id } = service.create({ name: 'Ada Sorel' });
    expect(service.update(id, { name: 'ADA SOREL' }).name).toBe('ADA SOREL');
    expect(service.update(id, { name: 'Ada Sorel-Quill' }).name).toBe('Ada Sorel-Quill');
  });

  test('refuses to rename a speaker to another speaker’s alias', () => {
    const { service } = speakers();
    service.create({ name: 'Teodor Quill', aliases: ['Quill'] });
    const { id } = service.create({ name: 'Ada Sorel' });
    expect(() => service.update(id, { name: 'quill' })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  test('suggests the best matches first, then the most quoted, then by name', () => {
    const { service } = speakers();
    service.create({ name: 'Sorel Brandt' });
    service.create({ name: 'Ada Sorel' });
    service.create({ name: 'Mira Sorell' });
    expect(service.suggest('Sorel').map((speaker) => speaker.name)).toEqual([
      'Sorel Brandt',
      'Ada Sorel',
      'Mira Sorell',
    ]);
  });

  test('suggests the most quoted speaker first among equal matches', () => {
    const { service, book, articleId } = speakers();
    service.create({ name: 'Ada Sorel' });
    const quill = service.create({ name: 'Teodor Quill' });
    book.services.highlights.create({
      articleId,
      kind: 'direct',
      start: 6,
      end: 39,
      speakerId: quill.id,
    });
    expect(service.suggest('').map((speaker) => speaker.name)).toEqual([
      'Teodor Quill',
      'Ada Sorel',
    ]);
  });

  test('suggests no more speakers than the limit', () => {
    const { service } = speakers();
    for (const name of ['Ada Sorel', 'Ada Quill', 'Ada Brandt']) service.create({ name });
    expect(service.suggest('Ada', 2)).toHaveLength(2);
  });

  test('says a removed speaker was not found', () => {
    const { service } = speakers();
    const { id } = service.create({ name: 'Ada Sorel' });
    expect(service.remove(id)).toEqual({ id });
    expect(() => service.get(id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => service.remove(id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  test('removing a speaker keeps their quotations, unattributed', () => {
    const { service, book, articleId } = speakers();
    const { id } = service.create({ name: 'Ada Sorel' });
    const highlight = book.services.highlights.create({
      articleId,
      kind: 'direct',
      start: 6,
      end: 39,
      speakerId: id,
    });
    service.remove(id);
    expect(book.services.highlights.get(highlight.id).speakerId).toBeNull();
  });

  test('merging moves the quotations and keeps the old name as an alias', () => {
    const { service, book, articleId } = speakers();
    const from = service.create({ name: 'A. Sorel', aliases: ['Sorel'] });
    const into = service.create({ name: 'Ada Sorel' });
    const highlight = book.services.highlights.create({
      articleId,
      kind: 'direct',
      start: 6,
      end: 39,
      speakerId: from.id,
    });
    const merged = service.merge(from.id, into.id);
    expect(merged.aliases).toEqual(expect.arrayContaining(['A. Sorel', 'Sorel']));
    expect(merged.quoteCount).toBe(1);
    expect(book.services.highlights.get(highlight.id).speakerId).toBe(into.id);
    expect(() => service.get(from.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  test('refuses to merge a speaker into itself', () => {
    const { service } = speakers();
    const { id } = service.create({ name: 'Ada Sorel' });
    expect(() => service.merge(id, id)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  test('refuses to merge with a speaker that does not exist', () => {
    const { service } = speakers();
    const { id } = service.create({ name: 'Ada Sorel' });
    expect(() => service.merge(id, 99)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
