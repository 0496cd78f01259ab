// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createAppStore } from '../../../../renderer/ui/app-state';
import { readPlace, rememberPlace } from '../../../../renderer/ui/place-memory';
import { article } from './fixtures';

describe('place memory', () => {
  test('remembers the open article and the sort, and reads them back', () => {
    const store = createAppStore();
    const pane = document.createElement('main');
    rememberPlace(store, pane, localStorage);
    store.set({ openArticle: article({ id: 12 }), sort: 'title' });
    expect(readPlace(localStorage)).toEqual({ articleId: 12, scrollTop: 0, sort: 'title' });
  });

  test('reads nothing usable from a damaged entry', () => {
    localStorage.setItem('dossier.place', '{"articleId": "twelve", "sort": "by-mood"');
    expect(readPlace(localStorage)).toEqual({ articleId: null, scrollTop: 0, sort: null });
  });
});
