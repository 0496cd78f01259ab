import { describe, expect, test, vi } from 'vitest';
import {
  NotebookClosedError,
  createNotebookHolder,
} from '../../../../main/electron/notebook-holder';

function fakeNotebook(name: string) {
  return { name, close: vi.fn() };
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('notebook holder', () => {
  test('runs calls against the current notebook and passes their results through', async () => {
    const holder = createNotebookHolder(fakeNotebook('a'));
    await expect(holder.run((notebook) => `${notebook.name}!`)).resolves.toBe('a!');
    await expect(
      holder.run(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
  });

  test('replace switches at once but closes the old notebook only after its calls finish', async () => {
    const old = fakeNotebook('old');
    const next = fakeNotebook('next');
    const holder = createNotebookHolder(old);
    const importing = deferred();
    const running = holder.run(() => importing.promise);
    const replaced = holder.replace(next);
    expect(holder.current).toBe(next);
    await Promise.resolve();
    expect(old.close).not.toHaveBeenCalled();
    importing.resolve();
    await running;
    await replaced;
    expect(old.close).toHaveBeenCalledOnce();
    expect(next.close).not.toHaveBeenCalled();
  });

  test('replacing with the same notebook closes nothing', async () => {
    const notebook = fakeNotebook('same');
    const holder = createNotebookHolder(notebook);
    await holder.replace(notebook);
    expect(notebook.close).not.toHaveBeenCalled();
  });

  test('close waits for calls under way, then closes and refuses new calls', async () => {
    const notebook = fakeNotebook('a');
    const holder = createNotebookHolder(notebook);
    const importing = deferred();
    const running = holder.run(() => importing.promise);
    const closed = holder.close();
    expect(holder.current).toBeNull();
    await expect(holder.run(() => 1)).rejects.toBeInstanceOf(NotebookClosedError);
    expect(notebook.close).not.toHaveBeenCalled();
    importing.resolve();
    await running;
    await closed;
    expect(notebook.close).toHaveBeenCalledOnce();
  });

  test('close gives up waiting after the timeout, so quitting never hangs', async () => {
    vi.useFakeTimers();
    try {
      const notebook = fakeNotebook('a');
      const holder = createNotebookHolder(notebook);
      void holder.run(() => new Promise(() => undefined));
      const closed = holder.close(2000);
      await vi.advanceTimersByTimeAsync(1999);
      expect(notebook.close).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      await closed;
      expect(notebook.close).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  test('closing twice closes once', async () => {
    const notebook = fakeNotebook('a');
    const holder = createNotebookHolder(notebook);
    await holder.close();
    await holder.close();
    expect(notebook.close).toHaveBeenCalledOnce();
  });
});
