// The library's paged article list, as the API carries it: which articles (a filter), in which
// order (a sort), from where (an opaque cursor naming a row's sort key, or a position for a
// scrollbar jump), and the counts beside the page. Pure words: the query that answers it lives
// in db/queries/article-pages.ts, the list that scrolls over it in the renderer.
import type { ArticleSummary } from './records';
import type { ArticleSort } from './vocabulary';

export interface ArticleListFilter {
  /** Part of the title or the publisher, case aside. */
  readonly text?: string;
  /** Published on or after (an ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly publishedFrom?: string;
  /** Published before (same form); an article with no date matches no date filter. */
  readonly publishedBefore?: string;
  /** Only articles with at least one annotation. */
  readonly annotated?: boolean;
}

export interface ArticlePageRequest {
  readonly sort?: ArticleSort;
  readonly filter?: ArticleListFilter;
  /** The rows after this cursor, in the sort's order. */
  readonly after?: string;
  /** The rows before this cursor (the page still comes in the sort's order). */
  readonly before?: string;
  /** With no cursor: the last rows instead of the first. */
  readonly fromEnd?: boolean;
  /**
   * With no cursor: the rows from this position on. Only for a jump (a scrollbar dragged far
   * from every loaded row); paging on from there uses the cursors.
   */
  readonly position?: number;
  readonly limit?: number;
  /** Count the articles too (total and matching); costs one more pass over the index. */
  readonly counts?: boolean;
}

export interface ArticlePage {
  readonly articles: ArticleSummary[];
  /** The cursor of each row, in the same order, to page on from any of them. */
  readonly cursors: string[];
  /** Whether rows precede the first one here / follow the last one, under the filter. */
  readonly atStart: boolean;
  readonly atEnd: boolean;
  /** Where the first row stands in the whole filtered list, when it is known. */
  readonly position: number | null;
  readonly counts: ArticleListCounts | null;
}

export interface ArticleListCounts {
  /** Every live article in the notebook. */
  readonly total: number;
  /** Those the filter lets through. */
  readonly matching: number;
  /** Live articles with at least one annotation (the "annotated" filter's count). */
  readonly annotated: number;
}

export const ARTICLE_PAGE_LIMIT_MAX = 500;
