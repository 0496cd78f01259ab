import { describe, expect, test } from 'vitest';
import { createAppStore, visibleArticles } from '../../../../renderer/ui/app-state';
import { article } from './fixtures';

describe('app state', () => {
  const articles = [
    article({ id: 1, title: 'Varn valley dam approved', publisher: 'The Tessaly Herald' }),
    article({ id: 2, title: 'Harbour tolls rise', publisher: 'Orlen Daily', author: 'Dov Varnes' }),
    article({ id: 3, title: 'Schools reopen', publisher: null, author: null }),
  ];

  test('starts with nothing open, no filters and the library sorted by import', () => {
    const state = createAppStore().get();
    expect(state.openArticle).toBeNull();
    expect(state.selection).toBeNull();
    expect(state.sort).toBe('imported');
    expect(state.annotationFilters).toEqual({ kind: '', speaker: '', tag: '' });
    expect(state.undo).toEqual({ canUndo: false, canRedo: false });
  });

  test('shows every article while the library filter is blank', () => {
    expect(visibleArticles(createAppStore({ articles, libraryFilter: '  ' }).get())).toHaveLength(
      3,
    );
  });

  test('filters the library by title, publisher or author, ignoring case', () => {
    const ids = (libraryFilter: string) =>
      visibleArticles(createAppStore({ articles, libraryFilter }).get()).map((item) => item.id);
    expect(ids('VARN')).toEqual([1, 2]);
    expect(ids('herald')).toEqual([1]);
    expect(ids('nothing like it')).toEqual([]);
  });
});
