// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { Speaker, Tag } from '../../../../main/ipc/contract';
import { createAppStore } from '../../../../renderer/ui/app-state';
import { createLibrarySidebar } from '../../../../renderer/ui/library-sidebar';
import type { QuotationsScope } from '../../../../renderer/ui/quotations-view';
import { article } from './fixtures';

const articles = [
  article({ id: 1, title: 'Varn valley dam approved', highlightCount: 3 }),
  article({ id: 2, title: 'Harbour tolls rise', publisher: 'Orlen Daily', publishedAt: null }),
];

function speaker(id: number, name: string, quoteCount: number): Speaker {
  return {
    id,
    name,
    role: 'valley engineer',
    country: 'Tessaly',
    aliases: [],
    quoteCount,
    createdAt: '2033-04-01T00:00:00Z',
    updatedAt: '2033-04-01T00:00:00Z',
  };
}

const tag: Tag = { id: 5, name: 'water', colour: null, highlightCount: 2, createdAt: '' };

function sidebar() {
  const store = createAppStore({ articles });
  const events: string[] = [];
  const scopes: QuotationsScope[] = [];
  const component = createLibrarySidebar({
    store,
    openArticle: (id) => events.push(`article ${id}`),
    showQuotations: (scope) => scopes.push(scope),
    manage: (which) => events.push(`manage ${which}`),
    openMemo: (id) => events.push(`memo ${id}`),
    newMemo: () => events.push('new memo'),
  });
  const element = component.element;
  const titles = () =>
    [...element.querySelectorAll('.library__title')].map((title) => title.textContent);
  const button = (name: string) =>
    [...element.querySelectorAll<HTMLButtonElement>('button')].find((item) =>
      item.textContent!.startsWith(name),
    )!;
  return { store, component, element, events, scopes, titles, button };
}

describe('library sidebar', () => {
  test('lists the articles with their badges and counts them', () => {
    const { element, titles } = sidebar();
    expect(titles()).toEqual(['Varn valley dam approved', 'Harbour tolls rise']);
    expect(element.querySelector('.library__count')!.textContent).toBe('2');
    expect(element.querySelector('[data-article-id="1"] .badge')!.textContent).toBe('3');
    expect(element.querySelector('[data-article-id="2"] .library__meta')!.textContent).toBe(
      'Orlen Daily',
    );
  });

  test('follows the store: filter, open article and pending suggestions', () => {
    const { store, element, titles } = sidebar();
    store.set({ libraryFilter: 'harbour' });
    expect(titles()).toEqual(['Harbour tolls rise']);
    expect(element.querySelector('.library__count')!.textContent).toBe('1 of 2');
    store.set({ libraryFilter: 'nowhere' });
    expect(element.querySelector('.library__list')!.textContent).toBe(
      'No article matches the filter.',
    );
    store.set({ libraryFilter: '', openArticle: articles[1]!, suggestionCounts: { 1: 4 } });
    expect(element.querySelector('[aria-current="true"]')!.getAttribute('data-article-id')).toBe(
      '2',
    );
    expect(element.querySelector('.badge--pending')!.textContent).toBe('4 to review');
  });

  test('writes the typed filter and the chosen sort into the store', () => {
    const { store, element } = sidebar();
    const filter = element.querySelector<HTMLInputElement>('[aria-label="Filter articles"]')!;
    filter.value = 'dam';
    filter.dispatchEvent(new Event('input'));
    const sort = element.querySelector<HTMLSelectElement>('[aria-label="Sort articles"]')!;
    sort.value = 'title';
    sort.dispatchEvent(new Event('change'));
    expect(store.get()).toMatchObject({ libraryFilter: 'dam', sort: 'title' });
  });

  test('reports the article chosen', () => {
    const { element, events } = sidebar();
    element.querySelector<HTMLButtonElement>('[data-article-id="2"]')!.click();
    expect(events).toEqual(['article 2']);
  });

  test('opens a speaker’s or a tag’s quotations, and their managers', () => {
    const { component, button, scopes, events } = sidebar();
    component.showPeopleAndTopics([speaker(3, 'Oren Talvik', 2)], [tag]);
    button('Oren Talvik').click();
    button('water').click();
    button('Manage speakers').click();
    button('Manage tags').click();
    expect(scopes).toEqual([
      { speakerId: 3, title: 'Oren Talvik', subtitle: 'valley engineer, Tessaly' },
      { tagId: 5, title: 'Tagged “water”' },
    ]);
    expect(events).toEqual(['manage speakers', 'manage tags']);
  });

  test('explains empty speaker, tag and memo sections', () => {
    const { component, element } = sidebar();
    component.showPeopleAndTopics([], []);
    component.showMemos([]);
    expect(
      [...element.querySelectorAll('.sidebar-section__empty')].map((item) => item.textContent),
    ).toEqual([
      'Attributed quotations gather here by speaker.',
      'Tags you add to quotations appear here.',
      'Compile tagged quotations into a briefing memo.',
    ]);
  });

  test('marks the open memo as current when the store says so', () => {
    const { component, element, store, button, events } = sidebar();
    component.showMemos([
      { id: 8, title: 'Dam briefing', quotationCount: 2, createdAt: '', updatedAt: '' },
      { id: 9, title: 'Harbour briefing', quotationCount: 1, createdAt: '', updatedAt: '' },
    ]);
    const memos = element.querySelector('[aria-label="Saved memos"]')!;
    expect(memos.querySelector('[aria-current]')).toBeNull();
    store.set({ openMemoId: 9 });
    expect(memos.querySelector('[aria-current="true"]')!.textContent).toBe('Harbour briefing1');
    button('Dam briefing').click();
    expect(events).toEqual(['memo 8']);
  });
});
