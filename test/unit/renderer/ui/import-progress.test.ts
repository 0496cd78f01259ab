// @vitest-environment happy-dom
// The import progress panel: a host's import (the desktop app's) shows files done / total and
// the file under way once it has lasted a moment, Cancel cancels that import by its id, the
// end hides the panel; summaries count the files a cancel left out.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Api } from '../../../../renderer/api';
import { createImportProgress, summariseImport } from '../../../../renderer/ui/import-progress';

function fakeApi() {
  const cancels: unknown[] = [];
  const api = {
    cancelImport: async (args: unknown) => {
      cancels.push(args);
      return { cancelled: 1 };
    },
  } as unknown as Api;
  return { api, cancels };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('import progress panel', () => {
  test("shows a host's import after a moment, with files done / total and the current file", () => {
    const { api } = fakeApi();
    const panel = createImportProgress(api, document.body);
    const element = document.querySelector<HTMLElement>('.import-progress')!;
    panel.showHostProgress({
      id: 4,
      done: 2,
      total: 9,
      current: '/notes/ferry.txt',
      state: 'running',
    });
    expect(element.hidden).toBe(true);
    vi.advanceTimersByTime(400);
    expect(element.hidden).toBe(false);
    expect(element.textContent).toContain('Importing 3 of 9');
    expect(element.textContent).toContain('/notes/ferry.txt');
    expect(element.querySelector('progress')?.getAttribute('aria-valuetext')).toBe(
      '2 of 9 files done',
    );
  });

  test('Cancel asks the host to cancel that import, and its end hides the panel', () => {
    const { api, cancels } = fakeApi();
    const panel = createImportProgress(api, document.body);
    const element = document.querySelector<HTMLElement>('.import-progress')!;
    panel.showHostProgress({ id: 7, done: 0, total: 3, current: 'a.txt', state: 'running' });
    vi.advanceTimersByTime(400);
    element.querySelector('button')!.click();
    expect(cancels).toEqual([{ id: 7 }]);
    expect(element.textContent).toContain('Cancelling import…');
    panel.showHostProgress({ id: 7, done: 1, total: 3, current: null, state: 'cancelled' });
    expect(element.hidden).toBe(true);
  });

  test('Escape inside the panel cancels too', () => {
    const { api, cancels } = fakeApi();
    const panel = createImportProgress(api, document.body);
    const element = document.querySelector<HTMLElement>('.import-progress')!;
    panel.showHostProgress({ id: 2, done: 0, total: 1, current: 'a.txt', state: 'running' });
    vi.advanceTimersByTime(400);
    element
      .querySelector('button')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cancels).toEqual([{ id: 2 }]);
  });

  test('a quick import never shows the panel', () => {
    const { api } = fakeApi();
    const panel = createImportProgress(api, document.body);
    const element = document.querySelector<HTMLElement>('.import-progress')!;
    panel.showHostProgress({ id: 1, done: 0, total: 1, current: 'a.txt', state: 'running' });
    vi.advanceTimersByTime(100);
    panel.showHostProgress({ id: 1, done: 1, total: 1, current: null, state: 'finished' });
    vi.advanceTimersByTime(400);
    expect(element.hidden).toBe(true);
  });
});

describe('summariseImport', () => {
  test('counts the files a cancel left out as not imported', () => {
    expect(
      summariseImport([
        { path: 'a.txt', status: 'imported', articleId: 1, title: 'A' },
        { path: 'b.txt', status: 'cancelled' },
        { path: 'c.txt', status: 'cancelled' },
      ]).message,
    ).toBe('1 imported, 2 not imported (cancelled).');
  });
});
