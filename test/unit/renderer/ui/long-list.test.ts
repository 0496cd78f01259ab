// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fillOnFirstUse, longList, LONG_LIST_LIMIT } from '../../../../renderer/ui/long-list';
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
});
