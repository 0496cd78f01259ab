// Holds the open notebook for the app's lifetime and lets it be swapped (Open notebook…) or
// closed (quit) without cutting off work under way: calls are counted per notebook, and a
// notebook is closed only once its calls have finished. Each write is already committed by
// better-sqlite3 before its call returns; this makes sure a multi-file import that is still
// running is not cut short half-way. Pure (generic over anything closable), tested with fakes.

export interface Closable {
  close(): void;
}

export interface NotebookHolder<N extends Closable> {
  /** The open notebook, or null once closed. */
  readonly current: N | null;
  /** Runs a call against the current notebook, counting it until it settles. */
  run<T>(call: (notebook: N) => T | Promise<T>): Promise<T>;
  /** Makes `next` current, then closes the previous one when its calls have finished. */
  replace(next: N): Promise<void>;
  /**
   * Closes the current notebook once its calls have finished, or after `timeoutMs` at the
   * latest (quitting must not hang on a stuck call). Later calls are refused.
   */
  close(timeoutMs?: number): Promise<void>;
}

export class NotebookClosedError extends Error {
  constructor() {
    super('The notebook is closed.');
  }
}

export function createNotebookHolder<N extends Closable>(initial: N): NotebookHolder<N> {
  let current: N | null = initial;
  const running = new Map<N, number>();
  const idleWaiters = new Map<N, Array<() => void>>();

  function settle(notebook: N): void {
    const left = (running.get(notebook) ?? 1) - 1;
    if (left > 0) {
      running.set(notebook, left);
      return;
    }
    running.delete(notebook);
    for (const wake of idleWaiters.get(notebook) ?? []) wake();
    idleWaiters.delete(notebook);
  }

  function idle(notebook: N): Promise<void> {
    if (!running.has(notebook)) return Promise.resolve();
    return new Promise((resolve) => {
      idleWaiters.set(notebook, [...(idleWaiters.get(notebook) ?? []), resolve]);
    });
  }

  return {
    get current() {
      return current;
    },
    async run(call) {
      const notebook = current;
      if (!notebook) throw new NotebookClosedError();
      running.set(notebook, (running.get(notebook) ?? 0) + 1);
      try {
        return await call(notebook);
      } finally {
        settle(notebook);
      }
    },
    async replace(next) {
      const previous = current;
      current = next;
      if (!previous || previous === next) return;
      await idle(previous);
      previous.close();
    },
    async close(timeoutMs = 5000) {
      const notebook = current;
      current = null;
      if (!notebook) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        idle(notebook),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
      ]);
      clearTimeout(timer);
      notebook.close();
    },
  };
}
