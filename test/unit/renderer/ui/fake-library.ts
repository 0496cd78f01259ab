// An in-memory stand-in for the library's paged query, over a fixed list of summaries in the
// order given: cursors are list positions, the text filter matches title or publisher. Enough
// for the sidebar and shell tests to page, jump and count without a notebook.
import type {
  ArticlePage,
  ArticlePageRequest,
  ArticleSummary,
} from '../../../../main/ipc/contract';

export interface FakeLibrary {
  listArticlePage(request?: ArticlePageRequest): Promise<ArticlePage>;
  getArticleSummaries(args?: { ids: number[] }): Promise<ArticleSummary[]>;
  /** Every page request, in order. */
  readonly requests: ArticlePageRequest[];
  /** Replaces the notebook's articles (an edit, an import). */
  set(next: ArticleSummary[]): void;
}

export function fakeLibrary(initial: ArticleSummary[]): FakeLibrary {
  let articles = initial;
  const requests: ArticlePageRequest[] = [];
  function matching(request: ArticlePageRequest): ArticleSummary[] {
    const text = request.filter?.text?.toLowerCase();
    return articles.filter(
      (article) =>
        (!text ||
          article.title.toLowerCase().includes(text) ||
          (article.publisher ?? '').toLowerCase().includes(text)) &&
        (!request.filter?.annotated || article.highlightCount > 0),
    );
  }
  return {
    requests,
    set(next) {
      articles = next;
    },
    async listArticlePage(request = {}) {
      requests.push(request);
      const list = matching(request);
      const limit = request.limit ?? 100;
      let start: number;
      if (request.after !== undefined) start = Number(request.after) + 1;
      else if (request.before !== undefined) start = Math.max(0, Number(request.before) - limit);
      else if (request.fromEnd) start = Math.max(0, list.length - limit);
      else start = request.position ?? 0;
      const end =
        request.before !== undefined
          ? Number(request.before)
          : Math.min(list.length, start + limit);
      const page = list.slice(start, end);
      return {
        articles: page,
        cursors: page.map((_, offset) => String(start + offset)),
        atStart: start === 0,
        atEnd: end >= list.length,
        position: request.after === undefined && request.before === undefined ? start : null,
        counts: request.counts
          ? {
              total: articles.length,
              matching: list.length,
              annotated: articles.filter((article) => article.highlightCount > 0).length,
            }
          : null,
      };
    },
    async getArticleSummaries(args) {
      return articles.filter((article) => args!.ids.includes(article.id));
    },
  };
}
