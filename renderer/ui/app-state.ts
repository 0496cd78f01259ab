// What the app shows, in one store: the notebook, the library list with its filter and sort,
// the open article or memo, the reader's selection, the annotation filters and whether there
// is anything to undo. Components read their slice and subscribe to it; the shell and the
// reader write it. It holds data only, never elements or views.
import type { Article, ArticleSummary, NotebookInfo } from '../../main/ipc/contract';
import type { ArticleSort } from '../../main/domain/vocabulary';
import { NO_FILTERS, type AnnotationFilters } from './annotations-panel';
import { createStore, type Store } from './store';

export interface TextSelectionRange {
  /** Offsets into the article's canonical text. */
  readonly start: number;
  readonly end: number;
}

export interface AppState {
  readonly info: NotebookInfo | null;
  readonly articles: readonly ArticleSummary[];
  readonly openArticle: Article | null;
  readonly openMemoId: number | null;
  /** The reader's selection, null when nothing is selected. */
  readonly selection: TextSelectionRange | null;
  readonly libraryFilter: string;
  readonly annotationFilters: AnnotationFilters;
  readonly sort: ArticleSort;
  /** Pending quote-finder suggestions per article id, for the library's badges. */
  readonly suggestionCounts: Readonly<Record<number, number>>;
  readonly undo: { readonly canUndo: boolean; readonly canRedo: boolean };
}

export type AppStore = Store<AppState>;

export const INITIAL_STATE: AppState = {
  info: null,
  articles: [],
  openArticle: null,
  openMemoId: null,
  selection: null,
  libraryFilter: '',
  annotationFilters: NO_FILTERS,
  sort: 'imported',
  suggestionCounts: {},
  undo: { canUndo: false, canRedo: false },
};

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>({ ...INITIAL_STATE, ...initial });
}

/** The library's articles that match its filter (title, publisher or author). */
export function visibleArticles(state: AppState): readonly ArticleSummary[] {
  const needle = state.libraryFilter.trim().toLowerCase();
  if (!needle) return state.articles;
  return state.articles.filter((article) =>
    [article.title, article.publisher ?? '', article.author ?? ''].some((value) =>
      value.toLowerCase().includes(needle),
    ),
  );
}
