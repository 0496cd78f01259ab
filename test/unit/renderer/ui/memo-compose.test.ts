// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { MemoScope } from '../../../../main/ipc/contract';
import { composeMemo } from '../../../../renderer/ui/memo-compose';
import { fakeApi, settle } from './fake-api';

afterEach(() => document.body.replaceChildren());

const api = () =>
  fakeApi({
    listSpeakers: async () =>
      [{ id: 4, name: 'Ilse Marrow', quoteCount: 3 }] as Awaited<
        ReturnType<ReturnType<typeof fakeApi>['api']['listSpeakers']>
      >,
    listTags: async () =>
      [
        { id: 7, name: 'Trade', highlightCount: 2 },
        { id: 8, name: 'Transport', highlightCount: 1 },
      ] as Awaited<ReturnType<ReturnType<typeof fakeApi>['api']['listTags']>>,
  }).api;

function control<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`no control #${id}`);
  return found as T;
}

function tick(label: RegExp, checked = true): void {
  const box = [...document.querySelectorAll<HTMLLabelElement>('label.check')]
    .find((candidate) => label.test(candidate.textContent ?? ''))
    ?.querySelector('input');
  if (!box) throw new Error(`no checkbox ${label}`);
  box.checked = checked;
}

function submit(): void {
  const dialog = document.querySelector('dialog')!;
  dialog.returnValue = 'submit';
  dialog.close('submit');
}

describe('composeMemo', () => {
  test('starts with direct and reported speech, grouped by speaker, terms and unattributed passages off', async () => {
    const composed = composeMemo(api());
    await settle();
    submit();
    expect((await composed)?.scope).toEqual({
      groupBy: 'speaker',
      kinds: ['direct', 'indirect'],
      title: 'Briefing memo',
    });
  });

  test('writes every option shown into the scope: nesting, tag listing, terms, unattributed, title block', async () => {
    const composed = composeMemo(api());
    await settle();
    control<HTMLInputElement>('memo-title').value = 'Corridor brief';
    control<HTMLInputElement>('memo-date').value = '9 March 2031';
    control<HTMLInputElement>('memo-author').value = 'Desk officer Lune';
    control<HTMLInputElement>('memo-classification').value = 'OFFICIAL';
    control<HTMLSelectElement>('memo-group').value = 'speaker';
    const thenBy = control<HTMLSelectElement>('memo-then-by');
    thenBy.value = 'tag';
    thenBy.dispatchEvent(new Event('change'));
    control<HTMLSelectElement>('memo-tag-listing').value = 'first';
    tick(/Terms/);
    tick(/Passages without a speaker/);
    tick(/Transport/);
    control<HTMLInputElement>('memo-from').value = '2031-03-01';
    submit();
    const scope: MemoScope | undefined = (await composed)?.scope;
    expect(scope).toEqual({
      groupBy: 'speaker',
      thenBy: 'tag',
      tagListing: 'first',
      tagIds: [8],
      kinds: ['direct', 'indirect', 'term'],
      includeTerms: true,
      includeUnattributed: true,
      from: '2031-03-01',
      date: '9 March 2031',
      author: 'Desk officer Lune',
      classification: 'OFFICIAL',
      title: 'Corridor brief',
    });
  });

  test('shows a memo’s stored options when given its scope', async () => {
    void composeMemo(api(), {
      title: 'Kept',
      groupBy: 'tag',
      tagListing: 'first',
      tagIds: [7],
      kinds: ['indirect'],
      author: 'Desk officer Lune',
    });
    await settle();
    expect(control<HTMLInputElement>('memo-title').value).toBe('Kept');
    expect(control<HTMLSelectElement>('memo-group').value).toBe('tag');
    expect(control<HTMLSelectElement>('memo-tag-listing').value).toBe('first');
    expect(control<HTMLSelectElement>('memo-tag-listing').disabled).toBe(false);
    expect(control<HTMLInputElement>('memo-author').value).toBe('Desk officer Lune');
    const checked = [...document.querySelectorAll<HTMLInputElement>('label.check input')]
      .filter((box) => box.checked)
      .map((box) => box.parentElement!.textContent!.trim());
    expect(checked).toEqual(['Trade (2)', 'Reported speech']);
  });

  test('offers the tag listing only when a grouping is by tag', async () => {
    void composeMemo(api());
    await settle();
    expect(control<HTMLSelectElement>('memo-tag-listing').disabled).toBe(true);
    const group = control<HTMLSelectElement>('memo-group');
    group.value = 'tag';
    group.dispatchEvent(new Event('change'));
    expect(control<HTMLSelectElement>('memo-tag-listing').disabled).toBe(false);
  });
});
