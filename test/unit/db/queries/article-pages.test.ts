// The library's keyset pages over fictional articles: orders with ties, walking both ways,
// jumps, filters, counts, and pages that stay put while articles arrive.
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { migrate } from '../../../../db/migrate';
import {
  countArticleList,
  getArticleSummaries,
  listArticlePage,
} from '../../../../db/queries/article-pages';
import { insertArticle, listArticles, setArticleDeleted } from '../../../../db/queries/articles';
import { insertHighlight } from '../../../../db/queries/highlights';
import type { ArticlePageRequest } from '../../../../main/domain/article-list';
import { ARTICLE_SORTS } from '../../../../main/domain/vocabulary';

let serial = 0;

function notebook(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function add(
  db: Database.Database,
  fields: { title: string; publisher?: string | null; publishedAt?: string | null },
): number {
  serial += 1;
  return insertArticle(db, {
    title: fields.title,
    author: null,
    publisher: fields.publisher ?? null,
    dateline: null,
    publishedAt: fields.publishedAt ?? null,
    language: 'en',
    sourceUrl: null,
    format: 'text',
    sourcePath: null,
    originalName: null,
    original: new Uint8Array([1]),
    text: `${fields.title}. Story ${serial}.`,
    contentHash: `hash-${serial}`,
    wordCount: 3,
  });
}

/** Thirty articles with many equal titles, publishers and dates (and some of neither). */
function crowded(db: Database.Database): number[] {
  const ids: number[] = [];
  for (let index = 0; index < 30; index += 1) {
    ids.push(
      add(db, {
        title: ['Harbour dues', 'harbour dues', 'Ferry fares', 'Quay repairs'][index % 4]!,
        publisher: ['Marisk Ledger', 'marisk ledger', null][index % 3]!,
        publishedAt: index % 5 === 0 ? null : `2024-0${(index % 3) + 1}-1${index % 2}`,
      }),
    );
  }
  return ids;
}

function walk(db: Database.Database, request: ArticlePageRequest, limit: number): number[] {
  const seen: number[] = [];
  let page = listArticlePage(db, { ...request, limit });
  seen.push(...page.articles.map((article) => article.id));
  while (!page.atEnd) {
    page = listArticlePage(db, { ...request, limit, after: page.cursors.at(-1)! });
    seen.push(...page.articles.map((article) => article.id));
  }
  return seen;
}

function walkBack(db: Database.Database, request: ArticlePageRequest, limit: number): number[] {
  let page = listArticlePage(db, { ...request, limit, fromEnd: true });
  const seen = page.articles.map((article) => article.id);
  while (!page.atStart) {
    page = listArticlePage(db, { ...request, limit, before: page.cursors[0]! });
    seen.unshift(...page.articles.map((article) => article.id));
  }
  return seen;
}

describe('listArticlePage', () => {
  test.each(ARTICLE_SORTS)(
    'pages of %s, walked forward in small pages, list every article once in one total order',
    (sort) => {
      const db = notebook();
      const ids = crowded(db);
      const whole = listArticlePage(db, { sort, limit: 500 }).articles.map((a) => a.id);
      expect([...whole].sort((a, b) => a - b)).toEqual(ids);
      expect(walk(db, { sort }, 4)).toEqual(whole);
      expect(walk(db, { sort }, 7)).toEqual(whole);
    },
  );

  test.each(ARTICLE_SORTS)('walking %s back from the end gives the same order', (sort) => {
    const db = notebook();
    crowded(db);
    expect(walkBack(db, { sort }, 4)).toEqual(walk(db, { sort }, 5));
  });

  test('equal titles (case aside) fall back to the id, so ties never swap between pages', () => {
    const db = notebook();
    const ids = crowded(db);
    const harbour = ids.filter((_, index) => index % 4 < 2);
    const ordered = walk(db, { sort: 'title' }, 3);
    const harbourOrder = ordered.filter((id) => harbour.includes(id));
    expect(harbourOrder).toEqual([...harbour].sort((a, b) => a - b));
  });

  test('a position jump starts where walking from the top would have reached', () => {
    const db = notebook();
    crowded(db);
    const whole = walk(db, { sort: 'publisher' }, 6);
    const jump = listArticlePage(db, { sort: 'publisher', position: 17, limit: 5 });
    expect(jump.position).toBe(17);
    expect(jump.articles.map((a) => a.id)).toEqual(whole.slice(17, 22));
    expect(jump.atStart).toBe(false);
    expect(listArticlePage(db, { sort: 'publisher', position: 30, limit: 5 }).articles).toEqual([]);
  });

  test('the last page from the end knows its position from the counts', () => {
    const db = notebook();
    crowded(db);
    const last = listArticlePage(db, { fromEnd: true, limit: 8, counts: true });
    expect(last.position).toBe(22);
    expect(last.atEnd).toBe(true);
    expect(last.atStart).toBe(false);
  });

  test('rows inserted before a cursor do not shift the page after it', () => {
    const db = notebook();
    crowded(db);
    const first = listArticlePage(db, { sort: 'title', limit: 10 });
    const expected = listArticlePage(db, {
      sort: 'title',
      limit: 10,
      after: first.cursors.at(-1)!,
    });
    add(db, { title: 'Anchorage fees' });
    add(db, { title: 'Beacon lights' });
    const again = listArticlePage(db, { sort: 'title', limit: 10, after: first.cursors.at(-1)! });
    expect(again.articles.map((a) => a.id)).toEqual(expected.articles.map((a) => a.id));
  });

  test('the text filter matches part of a title or a publisher, case aside', () => {
    const db = notebook();
    const quay = add(db, { title: 'Quay repairs begin', publisher: 'Tarvos Wire' });
    const wire = add(db, { title: 'Ferry fares', publisher: 'Veldora wire service' });
    add(db, { title: 'Harbour dues', publisher: 'Marisk Ledger' });
    const page = listArticlePage(db, { sort: 'title', filter: { text: 'WIRE' }, counts: true });
    expect(page.articles.map((a) => a.id)).toEqual([wire, quay]);
    expect(page.counts).toEqual({ total: 3, matching: 2, annotated: 0 });
    expect(listArticlePage(db, { filter: { text: 'repairs' } }).articles.map((a) => a.id)).toEqual([
      quay,
    ]);
  });

  test('a percent sign in the text filter is a character, not a wildcard', () => {
    const db = notebook();
    const rise = add(db, { title: 'Dues rise 5% in Quenby' });
    add(db, { title: 'Dues rise 50 cents' });
    expect(listArticlePage(db, { filter: { text: '5%' } }).articles.map((a) => a.id)).toEqual([
      rise,
    ]);
  });

  test('the date filters keep articles published in the range, and never undated ones', () => {
    const db = notebook();
    add(db, { title: 'Early', publishedAt: '2024-01-31' });
    const march = add(db, { title: 'March', publishedAt: '2024-03-02T09:00:00+05:00' });
    const april = add(db, { title: 'April', publishedAt: '2024-04-30' });
    add(db, { title: 'May', publishedAt: '2024-05-01' });
    add(db, { title: 'Undated' });
    const page = listArticlePage(db, {
      sort: 'published',
      filter: { publishedFrom: '2024-03', publishedBefore: '2024-05' },
      counts: true,
    });
    expect(page.articles.map((a) => a.id)).toEqual([april, march]);
    expect(page.counts?.matching).toBe(2);
    expect(
      listArticlePage(db, { filter: { publishedBefore: '2024-02' } }).articles.map((a) => a.title),
    ).toEqual(['Early']);
  });

  test('the annotated filter keeps articles with a highlight, and the counts say how many', () => {
    const db = notebook();
    const ids = crowded(db);
    for (const articleId of [ids[3]!, ids[11]!]) {
      for (const start of [0, 5])
        insertHighlight(db, {
          articleId,
          kind: 'highlight',
          exact: 'dues',
          prefix: '',
          suffix: '',
          start,
          end: start + 4,
          speakerId: null,
          note: '',
        });
    }
    const page = listArticlePage(db, { filter: { annotated: true }, counts: true });
    expect(page.articles.map((a) => a.id)).toEqual([ids[11], ids[3]]);
    expect(page.articles[0]!.highlightCount).toBe(2);
    expect(page.counts).toEqual({ total: 30, matching: 2, annotated: 2 });
  });

  test('deleted articles are neither listed nor counted', () => {
    const db = notebook();
    const ids = crowded(db);
    setArticleDeleted(db, ids[0]!, true);
    expect(countArticleList(db).total).toBe(29);
    expect(walk(db, { sort: 'imported' }, 8)).not.toContain(ids[0]);
    expect(getArticleSummaries(db, [ids[0]!, ids[1]!]).map((a) => a.id)).toEqual([ids[1]]);
  });

  test('a cursor made for another sort is refused', () => {
    const db = notebook();
    crowded(db);
    const title = listArticlePage(db, { sort: 'title', limit: 2 });
    expect(() => listArticlePage(db, { sort: 'publisher', after: title.cursors.at(-1)! })).toThrow(
      /not valid/,
    );
    expect(() => listArticlePage(db, { after: 'not json' })).toThrow(/not valid/);
  });

  test('listArticles walks the pages to the whole library, past any page size', () => {
    const db = notebook();
    for (let index = 0; index < 1203; index += 1) add(db, { title: `Dispatch ${index}` });
    expect(listArticles(db, { sort: 'title' })).toHaveLength(1203);
    expect(listArticles(db, { sort: 'title', limit: 10 })).toHaveLength(10);
  });
});
