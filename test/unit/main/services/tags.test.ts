import { describe, expect, test } from 'vitest';
import { notebookWith } from '../../../helpers/notebook';

const ARTICLE = { title: 'Grain tariffs', text: 'Marisk cut its grain tariffs on Monday.' };

function tags() {
  const { book, ids } = notebookWith([ARTICLE]);
  const highlight = (tagIds: number[]) =>
    book.services.highlights.create({
      articleId: ids[0]!,
      kind: 'highlight',
      start: 0,
      end: 6,
      tagIds,
    });
  return { service: book.services.tags, book, highlight };
}

describe('tag service', () => {
  test('creates a tag with its colour and no highlights yet', () => {
    const { service } = tags();
    expect(service.create({ name: 'trade', colour: '#336699' })).toMatchObject({
      name: 'trade',
      colour: '#336699',
      highlightCount: 0,
    });
  });

  test('lists tags by name, whatever their case', () => {
    const { service } = tags();
    for (const name of ['transport', 'Borders', 'energy']) service.create({ name });
    expect(service.list().map((tag) => tag.name)).toEqual(['Borders', 'energy', 'transport']);
  });

  test('counts the highlights that carry each tag', () => {
    const { service, highlight } = tags();
    const trade = service.create({ name: 'trade' });
    highlight([trade.id]);
    highlight([trade.id]);
    expect(service.get(trade.id).highlightCount).toBe(2);
  });

  test('refuses a second tag of the same name in another case', () => {
    const { service } = tags();
    service.create({ name: 'trade' });
    expect(() => service.create({ name: 'Trade' })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  test('renames a tag and keeps its colour unless given one', () => {
    const { service } = tags();
    const { id } = service.create({ name: 'trade', colour: '#336699' });
    expect(service.update(id, { name: 'commerce' })).toMatchObject({
      name: 'commerce',
      colour: '#336699',
    });
    expect(service.update(id, { colour: null }).colour).toBeNull();
  });

  test('refuses to rename a tag to the name of another', () => {
    const { service } = tags();
    service.create({ name: 'trade' });
    const { id } = service.create({ name: 'transport' });
    expect(() => service.update(id, { name: 'TRADE' })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  test('removing a tag takes it off its highlights and keeps the highlights', () => {
    const { service, book, highlight } = tags();
    const trade = service.create({ name: 'trade' });
    const { id } = highlight([trade.id]);
    service.remove(trade.id);
    expect(book.services.highlights.get(id).tags).toEqual([]);
    expect(() => service.remove(trade.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  test('merging moves the highlights to the tag kept and deletes the other', () => {
    const { service, book, highlight } = tags();
    const commerce = service.create({ name: 'commerce' });
    const trade = service.create({ name: 'trade' });
    const { id } = highlight([commerce.id]);
    expect(service.merge(commerce.id, trade.id).highlightCount).toBe(1);
    expect(book.services.highlights.get(id).tags.map((tag) => tag.name)).toEqual(['trade']);
    expect(service.list().map((tag) => tag.name)).toEqual(['trade']);
  });

  test('merging a tag into one the highlight already carries leaves it tagged once', () => {
    const { service, book, highlight } = tags();
    const commerce = service.create({ name: 'commerce' });
    const trade = service.create({ name: 'trade' });
    const { id } = highlight([commerce.id, trade.id]);
    service.merge(commerce.id, trade.id);
    expect(book.services.highlights.get(id).tags.map((tag) => tag.name)).toEqual(['trade']);
  });

  test('refuses to merge a tag into itself', () => {
    const { service } = tags();
    const { id } = service.create({ name: 'trade' });
    expect(() => service.merge(id, id)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  test('refuses to merge a tag into one that does not exist', () => {
    const { service } = tags();
    const { id } = service.create({ name: 'trade' });
    expect(() => service.merge(id, 99)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
