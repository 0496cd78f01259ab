import { describe, expect, test } from 'vitest';
import { createNotebook } from '../../../../main/composition';
import { insertArticle } from '../../../../db/queries/articles';
import { tempDbFile } from '../../../helpers/temp';
import { contentHash, countWords } from '../../../../main/services/imports';

const TEXT =
  'The envoy spoke first.\n\n"We will open the border," said Ada Sorel, the trade minister.';

function setup(dbFile = tempDbFile()) {
  const book = createNotebook({ dbFile });
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

  test('correcting a word inside a highlighted passage keeps the highlight on the corrected text', () => {
    const { book, articleId } = setup();
    const start = TEXT.indexOf('We will');
    const highlight = book.services.highlights.create({
      articleId,
      kind: 'direct',
      start,
      end: start + 'We will open the border'.length,
    });
    const revised = TEXT.replace('open the border', 'open the borders');
    const result = book.services.highlights.reviseText(articleId, revised, contentHash, countWords);
    expect(result.orphaned).toEqual([]);
    const [kept] = book.services.highlights.listForArticle(articleId);
    expect(kept?.id).toBe(highlight.id);
    expect(kept?.orphaned).toBe(false);
    expect(revised.slice(kept!.start, kept!.end)).toMatch(/^We will open the border/);
  });

  test('deleting a highlighted passage makes the highlight an orphan that is still listed', () => {
    const { book, articleId } = setup();
    const start = TEXT.indexOf('We will');
    const highlight = book.services.highlights.create({
      articleId,
      kind: 'direct',
      start,
      end: start + 23,
      note: 'keep me',
    });
    const result = book.services.highlights.reviseText(
      articleId,
      'The envoy spoke first.',
      contentHash,
      countWords,
    );
    expect(result.orphaned.map((orphan) => orphan.id)).toEqual([highlight.id]);
    const [listed] = book.services.highlights.listForArticle(articleId);
    expect(listed).toMatchObject({
      id: highlight.id,
      orphaned: true,
      exact: 'We will open the border',
      note: 'keep me',
    });
  });

  test('undo after a reload replays the journal: a deleted quotation comes back', () => {
    const file = tempDbFile();
    const { book: first, articleId } = setup(file);
    const created = first.services.highlights.create({
      articleId,
      kind: 'direct',
      start: 0,
      end: 9,
    });
    first.services.highlights.remove(created.id);
    first.close();
    const second = createNotebook({ dbFile: file });
    const change = second.services.highlights.undo(articleId);
    expect(change?.upserted.map((highlight) => highlight.id)).toEqual([created.id]);
    expect(second.services.highlights.listForArticle(articleId)).toHaveLength(1);
    second.close();
  });
});
