import { describe, expect, test } from 'vitest';
import { createNotebook } from '../../../../main/composition';
import { insertArticle } from '../../../../db/queries/articles';
import { tempDbFile } from '../../../helpers/temp';

const TEXT =
  'The envoy spoke first.\n\n"We will open the border," said Ada Sorel, the trade minister.';

function setup() {
  const book = createNotebook({ dbFile: tempDbFile() });
  const articleId = insertArticle(book.db, {
    title: 'Border talks',
    author: null,
    publisher: null,
    dateline: null,
    publishedAt: null,
    language: 'en',
    sourceUrl: null,
    format: 'text',
    sourcePath: null,
    originalName: null,
    original: new TextEncoder().encode(TEXT),
    text: TEXT,
    contentHash: 'x',
    wordCount: 14,
  });
  return { book, articleId };
}

describe('highlight service', () => {
  test('stores a highlight as a selector with exact text and context', () => {
    const { book, articleId } = setup();
    const start = TEXT.indexOf('We will');
    const end = TEXT.indexOf(',"');
    const highlight = book.services.highlights.create({ articleId, kind: 'direct', start, end });
    expect(highlight.exact).toBe('We will open the border');
    expect(TEXT.slice(0, start).endsWith(highlight.prefix)).toBe(true);
    expect(TEXT.slice(end).startsWith(highlight.suffix)).toBe(true);
    expect(highlight.prefix.length).toBeGreaterThan(0);
  });

  test('attaches a speaker and tags, and updates them', () => {
    const { book, articleId } = setup();
    const speaker = book.services.speakers.create({ name: 'Ada Sorel', role: 'Trade Minister' });
    const tag = book.services.tags.create({ name: 'trade' });
    const highlight = book.services.highlights.create({
      articleId,
      kind: 'direct',
      start: 26,
      end: 48,
      speakerId: speaker.id,
      tagIds: [tag.id],
    });
    expect(highlight.speakerName).toBe('Ada Sorel');
    expect(highlight.tags.map((t) => t.name)).toEqual(['trade']);
    const updated = book.services.highlights.update(highlight.id, { note: 'Key line', tagIds: [] });
    expect(updated.note).toBe('Key line');
    expect(updated.tags).toEqual([]);
    expect(updated.speakerId).toBe(speaker.id);
  });

  test('refuses a range outside the article', () => {
    const { book, articleId } = setup();
    expect(() =>
      book.services.highlights.create({ articleId, kind: 'highlight', start: 5, end: 10_000 }),
    ).toThrow(/outside "Border talks"/);
  });

  test('refuses an unknown speaker without storing anything', () => {
    const { book, articleId } = setup();
    expect(() =>
      book.services.highlights.create({
        articleId,
        kind: 'direct',
        start: 0,
        end: 5,
        speakerId: 77,
      }),
    ).toThrow(/Speaker 77/);
    expect(book.services.highlights.listForArticle(articleId)).toEqual([]);
  });

  test('merging speakers keeps every attribution', () => {
    const { book, articleId } = setup();
    const first = book.services.speakers.create({ name: 'Ada Sorel' });
    const second = book.services.speakers.create({ name: 'A. Sorel' });
    book.services.highlights.create({
      articleId,
      kind: 'direct',
      start: 0,
      end: 5,
      speakerId: second.id,
    });
    const merged = book.services.speakers.merge(second.id, first.id);
    expect(merged.aliases).toContain('A. Sorel');
    expect(merged.quoteCount).toBe(1);
  });
});
