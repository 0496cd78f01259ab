import { describe, expect, test } from 'vitest';
import { createStore, watch } from '../../../../renderer/ui/store';

describe('store', () => {
  test('merges a patch into a new state and tells listeners the state before it', () => {
    const store = createStore({ sort: 'title', filter: '' });
    const seen: [string, string][] = [];
    store.subscribe((state, previous) => seen.push([previous.filter, state.filter]));
    const before = store.get();
    store.set({ filter: 'dam' });
    expect(store.get()).toEqual({ sort: 'title', filter: 'dam' });
    expect(before).toEqual({ sort: 'title', filter: '' });
    expect(seen).toEqual([['', 'dam']]);
  });

  test('stays silent when a patch changes nothing', () => {
    const store = createStore({ count: 1 });
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.set({ count: 1 });
    store.set((state) => ({ count: state.count }));
    expect(calls).toBe(0);
  });

  test('computes a patch from the current state', () => {
    const store = createStore({ count: 1 });
    store.set((state) => ({ count: state.count + 1 }));
    expect(store.get().count).toBe(2);
  });

  test('stops calling a listener once it unsubscribes', () => {
    const store = createStore({ count: 0 });
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    store.set({ count: 1 });
    stop();
    store.set({ count: 2 });
    expect(calls).toBe(1);
  });

  test('watches one slice and ignores changes elsewhere', () => {
    const store = createStore({ sort: 'title', filter: '' });
    const sorts: string[] = [];
    watch(
      store,
      (state) => state.sort,
      (sort) => sorts.push(sort),
    );
    store.set({ filter: 'dam' });
    store.set({ sort: 'published' });
    expect(sorts).toEqual(['published']);
  });
});
