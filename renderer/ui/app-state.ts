// What the app shows, in one store: the notebook, the library's sort and filters (its rows are
// the library sidebar's, fetched a page at a time: article-rows.ts),
// the open article or memo, the reader's selection, the annotation filters and whether there
// is anything to undo. Components read their slice and subscribe to it; the shell and the
// reader write it. It holds data only, never elements or views.
import type { Article, ArticleListFilter, NotebookInfo } from '../../main/ipc/contract';
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
  readonly openArticle: Article | null;
  readonly openMemoId: number | null;
  /** The reader's selection, null when nothing is selected. */
  readonly selection: TextSelectionRange | null;
  /** The library's filters: part of a title or publisher, published from / before, annotated. */
  readonly libraryFilter: string;
  readonly libraryPublishedFrom: string;
  readonly libraryPublishedBefore: string;
  readonly libraryAnnotated: boolean;
  readonly annotationFilters: AnnotationFilters;
  readonly sort: ArticleSort;
  /** Pending quote-finder suggestions per article id, for the library's badges. */
  readonly suggestionCounts: Readonly<Record<number, number>>;
  readonly undo: { readonly canUndo: boolean; readonly canRedo: boolean };
}

export type AppStore = Store<AppState>;

export const INITIAL_STATE: AppState = {
  info: null,
  openArticle: null,
  openMemoId: null,
  selection: null,
  libraryFilter: '',
  libraryPublishedFrom: '',
  libraryPublishedBefore: '',
  libraryAnnotated: false,
  annotationFilters: NO_FILTERS,
  sort: 'imported',
  suggestionCounts: {},
  undo: { canUndo: false, canRedo: false },
};

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>({ ...INITIAL_STATE, ...initial });
}

/** The library's filters as the list query takes them, leaving out those not set. */
export function libraryListFilter(state: AppState): ArticleListFilter {
  const text = state.libraryFilter.trim();
  return {
    ...(text ? { text } : {}),
    ...(state.libraryPublishedFrom ? { publishedFrom: state.libraryPublishedFrom } : {}),
    ...(state.libraryPublishedBefore ? { publishedBefore: state.libraryPublishedBefore } : {}),
    ...(state.libraryAnnotated ? { annotated: true } : {}),
  };
}
