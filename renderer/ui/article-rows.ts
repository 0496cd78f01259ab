// The library's rows as far as they are known: a sparse map from a row's place in the sorted,
// filtered list to its summary and cursor, filled a keyset page at a time as the list asks for
// the rows it must draw. It decides which page to ask for (after a loaded neighbour, before
// one, from the top, from the end, or a position jump when nothing near is loaded), drops
// answers meant for an older query, forgets rows far from view, and refreshes single rows in
// place. No DOM: the sidebar draws, this fetches.
import type {
  ArticleListCounts,
  ArticleListFilter,
  ArticlePage,
  ArticlePageRequest,
  ArticleSort,
  ArticleSummary,
} from '../../main/ipc/contract';
import type { RowWindow } from './virtual-window';

export interface ArticleRowsPort {
  page(request: ArticlePageRequest): Promise<ArticlePage>;
  summaries(ids: number[]): Promise<ArticleSummary[]>;
}

export interface ArticleQuery {
  readonly sort: ArticleSort;
  readonly filter: ArticleListFilter;
}

interface Row {
  summary: ArticleSummary;
  cursor: string;
}

/** Which page to fetch, and where its rows go: from `index` on, or ending just before it. */
export type FetchPlan =
  | { readonly request: ArticlePageRequest; readonly startsAt: number }
  | { readonly request: ArticlePageRequest; readonly endsBefore: number };

/**
 * The page that fills the first gap in `window`, or null when every row there is loaded.
 * Cursors are preferred (a neighbour's cursor, then either end of the list), so paging costs
 * the same at any depth; a position jump only when the gap touches no loaded row and no end.
 */
export function planFetch(
  window: RowWindow,
  count: number,
  cursorAt: (index: number) => string | undefined,
  pageSize: number,
): FetchPlan | null {
  const end = Math.min(window.end, count);
  let first = -1;
  for (let index = window.first; index < end; index += 1) {
    if (cursorAt(index) === undefined) {
      first = index;
      break;
    }
  }
  if (first < 0) return null;
  let last = first;
  while (last + 1 < end && cursorAt(last + 1) === undefined) last += 1;
  const limit = pageSize;
  const before = first > 0 ? cursorAt(first - 1) : undefined;
  if (before !== undefined) return { request: { after: before, limit }, startsAt: first };
  const after = last + 1 < count ? cursorAt(last + 1) : undefined;
  if (after !== undefined) return { request: { before: after, limit }, endsBefore: last + 1 };
  if (first === 0) return { request: { limit }, startsAt: 0 };
  if (last >= count - 1) return { request: { fromEnd: true, limit }, endsBefore: count };
  return { request: { position: first, limit }, startsAt: first };
}

export interface ArticleRows {
  /** Starts over for a new sort or filter (or after the notebook changed); resolves with the counts. */
  reset(query: ArticleQuery): Promise<ArticleListCounts | null>;
  /** Fetches what `window` lacks, page by page, calling `changed` as rows arrive. */
  want(window: RowWindow): void;
  rowAt(index: number): ArticleSummary | undefined;
  /** The index of a loaded row showing this article, or -1. */
  indexOf(articleId: number): number;
  counts(): ArticleListCounts | null;
  /**
   * Fetches these articles' summaries again and puts them in place. Returns false when one of
   * them is gone (deleted meanwhile), for the caller to start over.
   */
  refresh(ids: readonly number[]): Promise<boolean>;
}

/** Rows kept at most; beyond this, the ones farthest from the last window asked for go. */
const KEEP_ROWS = 3000;

export function createArticleRows(
  port: ArticleRowsPort,
  changed: () => void,
  pageSize = 100,
): ArticleRows {
  let rows = new Map<number, Row>();
  let query: ArticleQuery = { sort: 'imported', filter: {} };
  let counts: ArticleListCounts | null = null;
  let generation = 0;
  let wanted: RowWindow = { first: 0, end: 0 };
  let fetching = false;

  function place(page: ArticlePage, plan: FetchPlan): void {
    const start =
      page.position ??
      ('startsAt' in plan ? plan.startsAt : plan.endsBefore - page.articles.length);
    page.articles.forEach((summary, offset) => {
      rows.set(start + offset, { summary, cursor: page.cursors[offset]! });
    });
    if (rows.size > KEEP_ROWS) forgetFarRows();
  }

  function forgetFarRows(): void {
    const keepFrom = wanted.first - KEEP_ROWS / 3;
    const keepTo = wanted.end + KEEP_ROWS / 3;
    for (const index of rows.keys()) if (index < keepFrom || index > keepTo) rows.delete(index);
  }

  async function pump(): Promise<void> {
    if (fetching) return;
    fetching = true;
    try {
      for (;;) {
        const total = counts?.matching ?? 0;
        const plan = planFetch(wanted, total, (index) => rows.get(index)?.cursor, pageSize);
        if (!plan) return;
        const asked = generation;
        const page = await port.page({ ...plan.request, sort: query.sort, filter: query.filter });
        if (asked !== generation) continue;
        if (page.articles.length === 0) return;
        place(page, plan);
        changed();
      }
    } finally {
      fetching = false;
    }
  }

  return {
    async reset(next) {
      generation += 1;
      const asked = generation;
      query = next;
      const first = await port.page({
        sort: next.sort,
        filter: next.filter,
        limit: pageSize,
        counts: true,
      });
      if (asked !== generation) return counts;
      rows = new Map();
      counts = first.counts;
      place(first, { request: {}, startsAt: 0 });
      changed();
      void pump();
      return counts;
    },
    want(window) {
      wanted = window;
      void pump();
    },
    rowAt: (index) => rows.get(index)?.summary,
    indexOf(articleId) {
      for (const [index, row] of rows) if (row.summary.id === articleId) return index;
      return -1;
    },
    counts: () => counts,
    async refresh(ids) {
      if (ids.length === 0) return true;
      const asked = generation;
      const fresh = await port.summaries([...ids]);
      if (asked !== generation) return true;
      const byId = new Map(fresh.map((summary) => [summary.id, summary]));
      let present = true;
      for (const row of rows.values()) {
        const summary = byId.get(row.summary.id);
        if (summary) row.summary = summary;
        else if (ids.includes(row.summary.id)) present = false;
      }
      changed();
      return present;
    },
  };
}
