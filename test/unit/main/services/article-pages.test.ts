// The library's paged list through the API: what the app and the web host call.
import { describe, expect, test } from 'vitest';
import type { ApiResult, Method, ResultOf } from '../../../../main/ipc/contract';
import { notebookWith } from '../../../helpers/notebook';

/** The dispatcher answers `unknown`; these tests read the answers as the contract types them. */
async function dispatched<M extends Method>(
  book: ReturnType<typeof notebookWith>['book'],
  method: M,
  args: unknown,
): Promise<ApiResult<ResultOf<M>>> {
  return (await book.dispatch(method, args)) as ApiResult<ResultOf<M>>;
}

const articles = ['Quay repairs begin', 'Ferry fares frozen', 'Harbour dues rise'].map(
  (title, index) => ({
    title,
    publisher: index === 1 ? 'Tarvos Wire' : null,
    text: `${title}.\n\nStory number ${index}.`,
  }),
);

describe('listArticlePage through dispatch', () => {
  test('pages the library by title with its counts, and goes on from a cursor', async () => {
    const { book } = notebookWith(articles);
    const first = await dispatched(book, 'listArticlePage', {
      sort: 'title',
      limit: 2,
      counts: true,
    });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.articles.map((article) => article.title)).toEqual([
      'Ferry fares frozen',
      'Harbour dues rise',
    ]);
    expect(first.value.counts).toEqual({ total: 3, matching: 3, annotated: 0 });
    const next = await dispatched(book, 'listArticlePage', {
      sort: 'title',
      limit: 2,
      after: first.value.cursors.at(-1)!,
    });
    expect(next.ok && next.value.articles.map((article) => article.title)).toEqual([
      'Quay repairs begin',
    ]);
    expect(next.ok && next.value.atEnd).toBe(true);
    book.close();
  });

  test('a blank text filter is no filter', async () => {
    const { book } = notebookWith(articles);
    const page = await dispatched(book, 'listArticlePage', {
      filter: { text: '   ' },
      counts: true,
    });
    expect(page.ok && page.value.counts?.matching).toBe(3);
    book.close();
  });

  test('a cursor that is not one is refused as bad input, with what to do', async () => {
    const { book } = notebookWith(articles);
    const page = await dispatched(book, 'listArticlePage', { sort: 'title', after: '[1]' });
    expect(page).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/start from the top/) },
    });
    book.close();
  });

  test('a date filter must be a date', async () => {
    const { book } = notebookWith(articles);
    const page = await dispatched(book, 'listArticlePage', { filter: { publishedFrom: 'soon' } });
    expect(page).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    book.close();
  });

  test('getArticleSummaries returns fresh rows for the ids asked', async () => {
    const { book, ids } = notebookWith(articles);
    const rows = await dispatched(book, 'getArticleSummaries', { ids: [ids[1]!, 999] });
    expect(rows.ok && rows.value.map((row) => row.title)).toEqual(['Ferry fares frozen']);
    book.close();
  });
});
