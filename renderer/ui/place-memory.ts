// Remembers where the analyst was (the open article, how far down it was read, the library's
// sort) in the browser's storage, so a reload or a restart comes back to the same place. It
// reads and writes one storage key and knows nothing of how an article is opened.
import { isArticleSort, type ArticleSort } from '../../main/domain/vocabulary';
import type { AppStore } from './app-state';

const PLACE_KEY = 'dossier.place';

export interface Place {
  readonly articleId: number | null;
  readonly scrollTop: number;
  readonly sort: ArticleSort | null;
}

export function readPlace(storage: Storage): Place {
  try {
    const saved = JSON.parse(storage.getItem(PLACE_KEY) ?? '{}') as Record<string, unknown>;
    return {
      articleId:
        typeof saved['articleId'] === 'number' && saved['articleId'] > 0
          ? saved['articleId']
          : null,
      scrollTop: typeof saved['scrollTop'] === 'number' ? Math.max(0, saved['scrollTop']) : 0,
      sort: isArticleSort(saved['sort']) ? saved['sort'] : null,
    };
  } catch {
    return { articleId: null, scrollTop: 0, sort: null };
  }
}

/** Keeps the stored place up to date; returns a function that stops it. */
export function rememberPlace(store: AppStore, pane: HTMLElement, storage: Storage): () => void {
  let frame = 0;
  const write = () => {
    const state = store.get();
    const place: Place = {
      articleId: state.openArticle?.id ?? null,
      scrollTop: state.openArticle ? Math.round(pane.scrollTop) : 0,
      sort: state.sort,
    };
    try {
      storage.setItem(PLACE_KEY, JSON.stringify(place));
    } catch {
      // Storage full or refused (a private window): the place is simply not remembered.
    }
  };
  const onScroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(write);
  };
  const stop = store.subscribe((state, previous) => {
    if (state.openArticle?.id !== previous.openArticle?.id || state.sort !== previous.sort) write();
  });
  pane.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    stop();
    cancelAnimationFrame(frame);
    pane.removeEventListener('scroll', onScroll);
  };
}
