// The library: list, open, describe, delete (recoverably) and search articles. Importing
// lives in imports.ts.
import type { NotebookDatabase } from '../../db/open';
import * as queries from '../../db/queries/articles';
import type { Article, ArticleMetadata, ArticleSummary, SearchHit } from '../../db/model';
import { invalidInput, notFound } from '../domain/errors';
import type { ArticleListFilter, ArticlePage, ArticlePageRequest } from '../domain/article-list';
import * as pages from '../../db/queries/article-pages';
import { parseSearchQuery, type SearchSort } from '../domain/search-query';
import { snippetMaker } from './snippet';
import { readTransaction, writeTransaction } from '../../db/transaction';

/** Drops empty filter fields, so "" means no text filter and the counts skip a pass. */
function cleanFilter(filter: ArticleListFilter | undefined): ArticleListFilter {
  const text = filter?.text?.trim();
  return {
    ...(text ? { text } : {}),
    ...(filter?.publishedFrom ? { publishedFrom: filter.publishedFrom } : {}),
    ...(filter?.publishedBefore ? { publishedBefore: filter.publishedBefore } : {}),
    ...(filter?.annotated ? { annotated: true } : {}),
  };
}

export const SEARCH_LIMIT_MAX = 100;

/** Among how many of the newest articles search as you type looks for title matches first. */
export const TYPING_TITLE_WINDOW = 20_000;

export interface SearchOptions {
  /** Search as you type: the last word, with no space after it yet, matches as a prefix. */
  prefix?: boolean;
  sort?: SearchSort;
}

export function createArticleService(db: NotebookDatabase) {
  function require(id: number): Article {
    const article = queries.getArticle(db, id);
    if (!article) throw notFound('Article', id);
    return article;
  }

  return {
    /** Every article under a sort (the CLI's list); the app pages instead. */
    list: (options: { sort?: queries.ArticleSort | undefined } = {}): ArticleSummary[] =>
      queries.listArticles(db, { sort: options.sort ?? 'imported' }),
    /** One keyset page of the library, with its counts when asked (db/queries/article-pages.ts). */
    page(request: ArticlePageRequest): ArticlePage {
      try {
        return readTransaction(db, () =>
          pages.listArticlePage(db, { ...request, filter: cleanFilter(request.filter) }),
        );
      } catch (error) {
        if (error instanceof pages.BadCursorError) throw invalidInput(error.message);
        throw error;
      }
    },
    summaries: (ids: readonly number[]): ArticleSummary[] => pages.getArticleSummaries(db, ids),
    get: require,
    count: (): number => queries.countArticles(db),
    /** Changes only the fields given; null clears a field (title cannot be cleared). */
    updateMetadata(id: number, changes: Partial<ArticleMetadata>): Article {
      return writeTransaction(db, () => {
        const current = require(id);
        const next: ArticleMetadata = {
          title: changes.title ?? current.title,
          author: changes.author === undefined ? current.author : changes.author,
          publisher: changes.publisher === undefined ? current.publisher : changes.publisher,
          dateline: changes.dateline === undefined ? current.dateline : changes.dateline,
          publishedAt:
            changes.publishedAt === undefined ? current.publishedAt : changes.publishedAt,
          language: changes.language === undefined ? current.language : changes.language,
          sourceUrl: changes.sourceUrl === undefined ? current.sourceUrl : changes.sourceUrl,
        };
        queries.updateArticleMetadata(db, id, next);
        return require(id);
      });
    },
    /** Moves an article out of the library; restore() brings it back with its annotations. */
    remove(id: number): { id: number } {
      if (!queries.setArticleDeleted(db, id, true)) throw notFound('Article', id);
      return { id };
    },
    /** The Trash: what remove() took out of the library, restorable one by one. */
    listDeleted: () => queries.listDeletedArticles(db),
    restore(id: number): ArticleSummary {
      if (!queries.setArticleDeleted(db, id, false)) throw notFound('Deleted article', id);
      return require(id);
    },
    /**
     * The analyst's query (main/domain/search-query.ts) over the notebook. Every host passes the
     * same options through here, so the app and the CLI find the same articles; only `prefix`
     * (the app's search as you type) reads the unfinished last word as a prefix.
     */
    search(query: string, limit = 20, options: SearchOptions = {}): SearchHit[] {
      // While the analyst types, results come title matches first, then the rest, newest
      // first (db/queries/articles.ts, typingSearch): a word half typed matches a large share
      // of a big notebook, and ranking all of it by bm25 would make each keystroke wait longer
      // the bigger the notebook. A finished query (the CLI, any host without `prefix`) ranks all.
      const parsed = parseSearchQuery(query, { typing: options.prefix === true });
      if (!parsed.meaningful || parsed.impossible) return [];
      const snippet = snippetMaker(parsed.marks);
      return queries
        .searchArticles(db, {
          match: parsed.match,
          complement: parsed.complement,
          filters: parsed.filters,
          sort: options.sort ?? 'relevance',
          limit: Math.min(Math.max(limit, 1), SEARCH_LIMIT_MAX),
          typingWindow: options.prefix === true ? TYPING_TITLE_WINDOW : undefined,
        })
        .map((row) => ({
          articleId: row.id,
          title: row.title,
          publisher: row.publisher,
          publishedAt: row.publishedAt,
          snippet: snippet(row.text),
          rank: row.rank,
        }));
    },
  };
}

export type ArticleService = ReturnType<typeof createArticleService>;
