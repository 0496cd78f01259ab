import { describe, expect, test } from 'vitest';
import { createArticleRows, planFetch } from '../../../../renderer/ui/article-rows';
import { article } from './fixtures';
import { fakeLibrary } from './fake-library';
import { settle } from './fake-api';

/** Cursors for the loaded rows: here, rows 0–99 and 500–599. */
const loaded = (index: number) =>
  (index >= 0 && index < 100) || (index >= 500 && index < 600) ? `c${index}` : undefined;

describe('planFetch', () => {
  test('asks for nothing when every row in the window is loaded', () => {
    expect(planFetch({ first: 10, end: 40 }, 1000, loaded, 100)).toBeNull();
  });

  test('continues after the loaded row just before the gap', () => {
    expect(planFetch({ first: 90, end: 120 }, 1000, loaded, 100)).toEqual({
      request: { after: 'c99', limit: 100 },
      startsAt: 100,
    });
  });

  test('pages back from the loaded row just after the gap', () => {
    expect(planFetch({ first: 480, end: 510 }, 1000, loaded, 100)).toEqual({
      request: { before: 'c500', limit: 100 },
      endsBefore: 500,
    });
  });

  test('takes the last page from the end for a gap that reaches it', () => {
    expect(planFetch({ first: 980, end: 1000 }, 1000, loaded, 100)).toEqual({
      request: { fromEnd: true, limit: 100 },
      endsBefore: 1000,
    });
  });

  test('jumps to a position only for a gap far from every loaded row and both ends', () => {
    expect(planFetch({ first: 300, end: 330 }, 1000, loaded, 100)).toEqual({
      request: { position: 300, limit: 100 },
      startsAt: 300,
    });
  });

  test('starts from the top when nothing is loaded there', () => {
    expect(planFetch({ first: 0, end: 20 }, 1000, () => undefined, 100)).toEqual({
      request: { limit: 100 },
      startsAt: 0,
    });
  });
});

describe('article rows', () => {
  const list = Array.from({ length: 1000 }, (_, index) =>
    article({ id: index + 1, title: `Dispatch ${index + 1}` }),
  );

  test('fills a window at the end with one page from the end, in the right places', async () => {
    const library = fakeLibrary(list);
    const rows = createArticleRows(
      { page: library.listArticlePage, summaries: (ids) => library.getArticleSummaries({ ids }) },
      () => undefined,
      50,
    );
    await rows.reset({ sort: 'title', filter: {} });
    rows.want({ first: 990, end: 1000 });
    await settle();
    expect(rows.rowAt(999)?.id).toBe(1000);
    expect(rows.rowAt(950)?.id).toBe(951);
    expect(rows.rowAt(949)).toBeUndefined();
    expect(library.requests.map((request) => request.fromEnd ?? false)).toEqual([false, true]);
  });

  test('an answer to an older query is dropped', async () => {
    const library = fakeLibrary(list);
    const rows = createArticleRows(
      { page: library.listArticlePage, summaries: (ids) => library.getArticleSummaries({ ids }) },
      () => undefined,
      50,
    );
    const first = rows.reset({ sort: 'title', filter: {} });
    library.set(list.slice(0, 3));
    const second = rows.reset({ sort: 'title', filter: { text: 'Dispatch' } });
    await Promise.all([first, second]);
    expect(rows.counts()?.total).toBe(3);
    expect(rows.rowAt(3)).toBeUndefined();
  });

  test('refreshing says so when an article has gone', async () => {
    const library = fakeLibrary(list);
    const rows = createArticleRows(
      { page: library.listArticlePage, summaries: (ids) => library.getArticleSummaries({ ids }) },
      () => undefined,
      50,
    );
    await rows.reset({ sort: 'title', filter: {} });
    library.set(list.slice(1));
    expect(await rows.refresh([2])).toBe(true);
    expect(await rows.refresh([1])).toBe(false);
  });
});
