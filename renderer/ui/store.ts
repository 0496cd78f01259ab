// A small typed store: one state object, replaced (never mutated) by `set`, and listeners told
// of each change with the state before it, so a component can re-render only when its slice
// changed. No framework; what the state holds is app-state.ts's.
export type Listener<State> = (state: State, previous: State) => void;

export interface Store<State extends object> {
  get(): State;
  /** Merges a patch (or what a function of the current state returns); silent if nothing changed. */
  set(patch: Partial<State> | ((state: State) => Partial<State>)): void;
  /** Calls the listener after every change; returns the way to stop. */
  subscribe(listener: Listener<State>): () => void;
}

export function createStore<State extends object>(initial: State): Store<State> {
  let state = initial;
  const listeners = new Set<Listener<State>>();
  return {
    get: () => state,
    set(patch) {
      const changes = typeof patch === 'function' ? patch(state) : patch;
      const changed = (Object.keys(changes) as (keyof State)[]).some(
        (key) => !Object.is(changes[key], state[key]),
      );
      if (!changed) return;
      const previous = state;
      state = { ...state, ...changes };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Subscribes to one slice: the listener runs only when `select` gives a different value. */
export function watch<State extends object, Slice>(
  store: Store<State>,
  select: (state: State) => Slice,
  listener: (slice: Slice, state: State) => void,
): () => void {
  return store.subscribe((state, previous) => {
    const slice = select(state);
    if (!Object.is(slice, select(previous))) listener(slice, state);
  });
}
