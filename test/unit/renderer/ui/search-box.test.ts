// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { SearchHit } from '../../../../main/ipc/contract';
import { createSearchBox } from '../../../../renderer/ui/search-box';
import { fakeApi, settle } from './fake-api';

afterEach(() => document.body.replaceChildren());

const hit = (articleId: number, title: string): SearchHit => ({
  articleId,
  title,
  publisher: 'The Tessaly Herald',
  publishedAt: null,
  snippet: 'the \u0002dam\u0003 will hold',
  rank: -1,
});

function box(answer: (query: string) => Promise<SearchHit[]>) {
  const opened: number[] = [];
  const errors: unknown[] = [];
  const fake = fakeApi({ searchArticles: async (args) => answer(args!.query) });
  const search = createSearchBox({
    api: fake.api,
    mac: false,
    open: (id) => opened.push(id),
    showError: (error) => errors.push(error),
  });
  document.body.append(search.element);
  const input = search.element.querySelector('input')!;
  const results = search.element.querySelector<HTMLElement>('[role="listbox"]')!;
  const type = async (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  const key = (name: string) =>
    input.dispatchEvent(new KeyboardEvent('keydown', { key: name, cancelable: true }));
  return { ...fake, search, input, results, type, key, opened, errors };
}

describe('search box', () => {
  test('shows ranked hits with the matched words marked', async () => {
    const { type, results, input, calls } = box(async () => [hit(1, 'Varn valley dam approved')]);
    await type('dam');
    expect(calls[0]!.args).toEqual({ query: 'dam', limit: 20, prefix: true });
    expect(results.hidden).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(results.querySelector('mark')!.textContent).toBe('dam');
  });

  test('says so when nothing matches', async () => {
    const { type, results } = box(async () => []);
    await type('zebra');
    expect(results.textContent).toBe('Nothing matches “zebra”.');
  });

  test('moves through the hits with the arrows and opens one with Enter', async () => {
    const { type, key, opened, results } = box(async () => [hit(1, 'One'), hit(2, 'Two')]);
    await type('t');
    key('ArrowDown');
    key('ArrowDown');
    const options = [...results.querySelectorAll('[role="option"]')];
    expect(options.map((option) => option.getAttribute('aria-selected'))).toEqual([
      'false',
      'true',
    ]);
    key('Enter');
    expect(opened).toEqual([2]);
    expect(results.hidden).toBe(true);
  });

  test('while a search runs, asks next only for the newest query and shows only its answer', async () => {
    const pending = new Map<string, (hits: SearchHit[]) => void>();
    const { input, results, calls } = box(
      (query) => new Promise((resolve) => pending.set(query, resolve)),
    );
    for (const text of ['da', 'dam', 'damp']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    await settle();
    expect([...pending.keys()]).toEqual(['da']);
    pending.get('da')!([hit(2, 'Stale')]);
    await settle();
    expect(results.querySelector('.search-result__title')).toBeNull();
    expect([...pending.keys()]).toEqual(['da', 'damp']);
    pending.get('damp')!([hit(1, 'Newest')]);
    await settle();
    expect(results.querySelector('.search-result__title')!.textContent).toBe('Newest');
    expect(calls.filter((call) => call.method === 'searchArticles')).toHaveLength(2);
  });

  test('closes on Escape, on a blank query and on a click elsewhere', async () => {
    const { type, key, results } = box(async () => [hit(1, 'One')]);
    await type('one');
    key('Escape');
    expect(results.hidden).toBe(true);
    await type('one');
    await type('  ');
    expect(results.hidden).toBe(true);
    await type('one');
    document.body.click();
    expect(results.hidden).toBe(true);
  });

  test('focuses the field with its text selected', () => {
    const { search, input } = box(async () => []);
    input.value = 'old query';
    search.focus();
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 9]);
  });
});
