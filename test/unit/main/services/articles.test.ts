import { describe, expect, test } from 'vitest';
import { notebookWith } from '../../../helpers/notebook';

const HARBOUR = {
  title: 'Quenby raises harbour dues',
  publisher: 'The Quenby Times',
  publishedAt: '2031-03-02',
  text: 'The Quenby harbour board raised its dues on Monday.\n\nFerry operators said fares would follow.',
};
const BRIDGE = {
  title: 'Aster bridge closes for repairs',
  publisher: 'Aster Ledger',
  publishedAt: '2031-02-11',
  text: 'The Aster bridge closed for six months of repairs.\n\nDrivers face a long detour.',
};
const ORCHARD = {
  title: 'Marisk orchards report a late frost',
  publisher: null,
  publishedAt: '2031-04-20',
  text: 'A late frost damaged orchards across Marisk.\n\nHarbour exports of fruit will fall.',
};

describe('article service', () => {
  test('lists the most recently imported article first by default', () => {
    const { book } = notebookWith([HARBOUR, BRIDGE, ORCHARD]);
    expect(book.services.articles.list().map((article) => article.title)).toEqual([
      ORCHARD.title,
      BRIDGE.title,
      HARBOUR.title,
    ]);
  });

  test('sorts by title or by publication date when asked', () => {
    const { book } = notebookWith([HARBOUR, BRIDGE, ORCHARD]);
    const titles = (sort: 'title' | 'published') =>
      book.services.articles.list({ sort }).map((article) => article.title);
    expect(titles('title')).toEqual([BRIDGE.title, ORCHARD.title, HARBOUR.title]);
    expect(titles('published')).toEqual([ORCHARD.title, HARBOUR.title, BRIDGE.title]);
  });

  test('opens an article with its full text', () => {
    const { book, ids } = notebookWith([HARBOUR]);
    expect(book.services.articles.get(ids[0]!)).toMatchObject({
      title: HARBOUR.title,
      text: HARBOUR.text,
    });
  });

  test('says an article that does not exist was not found', () => {
    const { book } = notebookWith([HARBOUR]);
    expect(() => book.services.articles.get(99)).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  test('changes only the details given, and null clears one', () => {
    const { book, ids } = notebookWith([HARBOUR]);
    const updated = book.services.articles.updateMetadata(ids[0]!, {
      author: 'Ines Calder',
      publisher: null,
    });
    expect(updated).toMatchObject({
      title: HARBOUR.title,
      author: 'Ines Calder',
      publisher: null,
      publishedAt: HARBOUR.publishedAt,
    });
  });

  test('keeps the title when asked to clear it', () => {
    const { book, ids } = notebookWith([HARBOUR]);
    const updated = book.services.articles.updateMetadata(ids[0]!, {
      title: null as unknown as string,
    });
    expect(updated.title).toBe(HARBOUR.title);
  });

  test('refuses to change the details of an article that does not exist', () => {
    const { book } = notebookWith([]);
    expect(() => book.services.articles.updateMetadata(7, { author: 'Ines Calder' })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  test('a deleted article leaves the library and the count, and restore brings it back', () => {
    const { book, ids } = notebookWith([HARBOUR, BRIDGE]);
    book.services.articles.remove(ids[0]!);
    expect(book.services.articles.list().map((article) => article.id)).toEqual([ids[1]]);
    expect(book.services.articles.count()).toBe(1);
    expect(book.services.articles.restore(ids[0]!)).toMatchObject({ title: HARBOUR.title });
    expect(book.services.articles.count()).toBe(2);
  });

  test('a deleted article keeps its highlights for when it is restored', () => {
    const { book, ids } = notebookWith([HARBOUR]);
    book.services.highlights.create({ articleId: ids[0]!, kind: 'highlight', start: 4, end: 10 });
    book.services.articles.remove(ids[0]!);
    book.services.articles.restore(ids[0]!);
    expect(
      book.services.highlights.listForArticle(ids[0]!).map((highlight) => highlight.exact),
    ).toEqual(['Quenby']);
  });

  test('refuses to delete an article twice', () => {
    const { book, ids } = notebookWith([HARBOUR]);
    book.services.articles.remove(ids[0]!);
    expect(() => book.services.articles.remove(ids[0]!)).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  test('refuses to restore an article that was not deleted', () => {
    const { book, ids } = notebookWith([HARBOUR]);
    expect(() => book.services.articles.restore(ids[0]!)).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  test('search finds every article with the word and marks it in the snippet', () => {
    const { book, ids } = notebookWith([HARBOUR, BRIDGE, ORCHARD]);
    const hits = book.services.articles.search('harbour');
    expect(hits.map((hit) => hit.articleId).sort()).toEqual([ids[0], ids[2]].sort());
    for (const hit of hits) expect(hit.snippet.toLowerCase()).toContain('harbour');
    expect(hits[0]).toMatchObject({ title: expect.any(String), rank: expect.any(Number) });
  });

  test('search returns no more hits than the limit', () => {
    const { book } = notebookWith([HARBOUR, BRIDGE, ORCHARD]);
    expect(book.services.articles.search('harbour', 1)).toHaveLength(1);
  });

  test('search with nothing to look for returns nothing', () => {
    const { book } = notebookWith([HARBOUR]);
    expect(book.services.articles.search('   ')).toEqual([]);
  });

  test('search treats query syntax as words, not as operators', () => {
    const { book } = notebookWith([HARBOUR]);
    expect(() => book.services.articles.search('harbour" OR NEAR(')).not.toThrow();
    expect(book.services.articles.search('"harbour')).toHaveLength(1);
  });

  test('search matches the start of the last word only when asked for prefixes', () => {
    const { book } = notebookWith([HARBOUR, BRIDGE]);
    expect(book.services.articles.search('harb')).toEqual([]);
    expect(
      book.services.articles.search('harb', 20, { prefix: true }).map((hit) => hit.title),
    ).toEqual([HARBOUR.title]);
  });

  test('search leaves deleted articles out', () => {
    const { book, ids } = notebookWith([HARBOUR, ORCHARD]);
    book.services.articles.remove(ids[0]!);
    expect(book.services.articles.search('harbour').map((hit) => hit.articleId)).toEqual([ids[1]]);
  });
});
