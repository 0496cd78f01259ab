// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  createPagedList,
  fillOnFirstUse,
  longList,
  LONG_LIST_LIMIT,
  pagedLongList,
  type PagedListState,
} from '../../../../renderer/ui/long-list';
import type { Speaker } from '../../../../main/ipc/contract';
import { settle } from './fake-api';
import { fakeNameLists } from './fake-name-lists';
import { h } from '../../../../renderer/ui/dom';

const names = Array.from({ length: 10_000 }, (_, index) => `Speaker ${index + 1}`);

function list() {
  return longList({
    items: names,
    className: 'rows',
    noun: 'speakers',
    render: (name) => h('p', { className: 'row' }, name),
    text: (name) => name,
  });
}

describe('long list', () => {
  test('builds only the first entries of 10,000 and says how many there are', () => {
    const element = list();
    expect(element.querySelectorAll('.row')).toHaveLength(LONG_LIST_LIMIT);
    expect(element.querySelector('.long-list__status')!.textContent).toBe(
      `Showing 50 of ${(10_000).toLocaleString()}.`,
    );
  });

  test('Show more builds the next entries', () => {
    const element = list();
    element.querySelector<HTMLButtonElement>('.long-list__more')!.click();
    expect(element.querySelectorAll('.row')).toHaveLength(LONG_LIST_LIMIT + 200);
  });

  test('the filter box finds an entry far down the list', () => {
    const element = list();
    const filter = element.querySelector<HTMLInputElement>('[aria-label="Filter speakers"]')!;
    filter.value = 'speaker 9876';
    filter.dispatchEvent(new Event('input'));
    expect([...element.querySelectorAll('.row')].map((row) => row.textContent)).toEqual([
      'Speaker 9876',
    ]);
    expect(element.querySelector<HTMLButtonElement>('.long-list__more')!.hidden).toBe(true);
  });

  test('a short list has no filter box and no Show more', () => {
    const element = longList({
      items: ['Ada Sorel'],
      className: 'rows',
      noun: 'speakers',
      render: (name) => h('p', { className: 'row' }, name),
      text: (name) => name,
    });
    expect(element.querySelector('input')).toBeNull();
    expect(element.querySelector<HTMLButtonElement>('.long-list__more')!.hidden).toBe(true);
  });

  test('a select is filled with its options on first focus, once', () => {
    const select = h('select', {}, h('option', { value: '' }, 'Merge into…'));
    let built = 0;
    fillOnFirstUse(select, () => {
      built += 1;
      return [h('option', { value: '2' }, 'Ada Sorel')];
    });
    expect(select.options).toHaveLength(1);
    select.dispatchEvent(new Event('focus'));
    select.dispatchEvent(new Event('mousedown'));
    expect(select.options).toHaveLength(2);
    expect(built).toBe(1);
  });

  test('a paged list appends the next page and keeps the server’s total', async () => {
    const lists = fakeNameLists({ speakers: crowd(120) });
    const states: PagedListState<Speaker>[] = [];
    const pager = createPagedList<Speaker>({
      source: { page: lists.listSpeakerPage, byIds: (ids) => lists.getSpeakers({ ids }) },
      limit: 50,
      changed: (state) => states.push(state),
      failed: (error) => {
        throw error;
      },
    });
    await pager.load();
    await pager.more();
    await pager.more();
    const last = states.at(-1)!;
    expect(last.items.map((item) => item.id)).toEqual(
      Array.from({ length: 120 }, (_, index) => index + 1),
    );
    expect([last.total, last.unfiltered, last.more]).toEqual([120, 120, false]);
  });

  test('a page that fails is reported, and the entries shown stay', async () => {
    const lists = fakeNameLists({ speakers: crowd(80) });
    const failures: unknown[] = [];
    let fail = false;
    const pager = createPagedList<Speaker>({
      source: {
        page: async (request) => {
          if (fail) throw new Error('the notebook is busy');
          return lists.listSpeakerPage(request);
        },
      },
      changed: () => undefined,
      failed: (error) => failures.push(error),
    });
    await pager.load();
    fail = true;
    await pager.more();
    expect(String(failures[0])).toContain('the notebook is busy');
    expect(pager.state().items).toHaveLength(LONG_LIST_LIMIT);
  });

  test('a paged long list shows the empty text when there are none', async () => {
    const lists = fakeNameLists();
    const built = pagedLongList<Speaker>({
      source: { page: lists.listSpeakerPage },
      className: 'rows',
      noun: 'speakers',
      empty: h('p', {}, 'No speakers yet.'),
      render: (speaker) => h('p', {}, speaker.name),
      failed: (error) => {
        throw error;
      },
    });
    await built.ready;
    await settle();
    expect(built.element.textContent).toContain('No speakers yet.');
    expect(built.element.querySelector<HTMLInputElement>('input')!.hidden).toBe(true);
  });
});

function crowd(count: number): Speaker[] {
  return Array.from({ length: count }, (_, index) => ({
    id: index + 1,
    name: `Pilot ${String(index + 1).padStart(4, '0')}`,
    role: null,
    country: null,
    aliases: [],
    quoteCount: 0,
    createdAt: '',
    updatedAt: '',
  }));
}
