import { describe, expect, test } from 'vitest';
import { createAppStore, libraryListFilter } from '../../../../renderer/ui/app-state';

describe('app state', () => {
  test('starts with nothing open, no filters and the library sorted by import', () => {
    const state = createAppStore().get();
    expect(state.openArticle).toBeNull();
    expect(state.selection).toBeNull();
    expect(state.sort).toBe('imported');
    expect(state.annotationFilters).toEqual({ kind: '', speaker: '', tag: '' });
    expect(state.undo).toEqual({ canUndo: false, canRedo: false });
  });

  test('asks the list query for no filter while the library filters are blank', () => {
    expect(libraryListFilter(createAppStore({ libraryFilter: '  ' }).get())).toEqual({});
  });

  test('turns the library filters into the list query’s filter', () => {
    const state = createAppStore({
      libraryFilter: ' harbour ',
      libraryPublishedFrom: '2033-04-01',
      libraryPublishedBefore: '2033-05-01',
      libraryAnnotated: true,
    }).get();
    expect(libraryListFilter(state)).toEqual({
      text: 'harbour',
      publishedFrom: '2033-04-01',
      publishedBefore: '2033-05-01',
      annotated: true,
    });
  });
});
