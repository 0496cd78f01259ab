// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { ArticleSummary, Speaker, Tag } from '../../../../main/ipc/contract';
import { createAppStore } from '../../../../renderer/ui/app-state';
import {
  ROW_HEIGHT,
  SECTION_LIMIT,
  SUGGESTION_DELAY_MS,
  createLibrarySidebar,
} from '../../../../renderer/ui/library-sidebar';
import type { QuotationsScope } from '../../../../renderer/ui/quotations-view';
import { article } from './fixtures';
import { settle } from './fake-api';
import { fakeLibrary } from './fake-library';
import { fakeNameLists, type FakeNameLists } from './fake-name-lists';

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

async function sidebar(
  list: ArticleSummary[] = articles,
  suggestions: Record<number, number> = {},
  lists: FakeNameLists = fakeNameLists(),
) {
  const store = createAppStore();
  const library = fakeLibrary(list);
  const events: string[] = [];
  const scopes: QuotationsScope[] = [];
  const component = createLibrarySidebar({
    store,
    api: {
      ...library,
      listSpeakerPage: lists.listSpeakerPage,
      getSpeakers: lists.getSpeakers,
      listTagPage: lists.listTagPage,
      getTags: lists.getTags,
      listMemoPage: lists.listMemoPage,
      countSuggestions: async ({ articleIds }) =>
        Object.fromEntries(
          articleIds.filter((id) => suggestions[id]).map((id) => [id, suggestions[id]!]),
        ),
    },
    openArticle: (id) => events.push(`article ${id}`),
    showQuotations: (scope) => scopes.push(scope),
    manage: (which) => events.push(`manage ${which}`),
    openMemo: (id) => events.push(`memo ${id}`),
    newMemo: () => events.push('new memo'),
    showError: (error) => events.push(`error ${String(error)}`),
  });
  const element = component.element;
  document.body.replaceChildren(element);
  await component.reload();
  await frames();
  const titles = () =>
    [...element.querySelectorAll('.library__title')].map((title) => title.textContent);
  const button = (name: string) =>
    [...element.querySelectorAll<HTMLButtonElement>('button')].find((item) =>
      item.textContent!.startsWith(name),
    )!;
  return { store, library, lists, component, element, events, scopes, titles, button };
}

/** Lets animation frames and pending API answers run. */
async function frames(): Promise<void> {
  for (let round = 0; round < 6; round += 1) {
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    await settle();
  }
}

function many(count: number): ArticleSummary[] {
  return Array.from({ length: count }, (_, index) =>
    article({ id: index + 1, title: `Dispatch ${index + 1}`, publisher: 'Quenby Wire' }),
  );
}

const key = (target: Element, name: string) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }),
  );

describe('library sidebar', () => {
  test('lists the articles with their badges and counts them', async () => {
    const { element, titles } = await sidebar();
    expect(titles()).toEqual(['Varn valley dam approved', 'Harbour tolls rise']);
    expect(element.querySelector('.library__count')!.textContent).toBe('2');
    expect(element.querySelector('[data-article-id="1"] .badge')!.textContent).toBe('3');
    expect(element.querySelector('[data-article-id="2"] .library__meta')!.textContent).toBe(
      'Orlen Daily',
    );
  });

  test('asks the query again when the filter changes, and says when nothing matches', async () => {
    const { store, element, titles, library } = await sidebar();
    store.set({ libraryFilter: 'harbour' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await frames();
    expect(titles()).toEqual(['Harbour tolls rise']);
    expect(library.requests.at(-1)!.filter).toEqual({ text: 'harbour' });
    expect(element.querySelector('.library__count')!.textContent).toBe('1 of 2');
    store.set({ libraryFilter: 'nowhere' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await frames();
    expect(element.querySelector('.library__list')!.textContent).toBe(
      'No article matches the filter.',
    );
  });

  test('marks the open article and shows pending suggestions', async () => {
    const { store, element } = await sidebar(articles, { 1: 4 });
    store.set({ openArticle: articles[1]! });
    await new Promise((resolve) => setTimeout(resolve, SUGGESTION_DELAY_MS + 50));
    await frames();
    expect(element.querySelector('[aria-current="true"]')!.getAttribute('data-article-id')).toBe(
      '2',
    );
    expect(element.querySelector('.badge--pending')!.textContent).toBe('4 to review');
  });

  test('writes the typed filter, the chosen sort, dates and annotated into the store', async () => {
    const { store, element } = await sidebar();
    const filter = element.querySelector<HTMLInputElement>('[aria-label="Filter articles"]')!;
    filter.value = 'dam';
    filter.dispatchEvent(new Event('input'));
    const sort = element.querySelector<HTMLSelectElement>('[aria-label="Sort articles"]')!;
    sort.value = 'title';
    sort.dispatchEvent(new Event('change'));
    const from = element.querySelector<HTMLInputElement>('.library__date')!;
    from.value = '2033-04-01';
    from.dispatchEvent(new Event('change'));
    const annotated = element.querySelector<HTMLInputElement>('.library__annotated')!;
    annotated.checked = true;
    annotated.dispatchEvent(new Event('change'));
    expect(store.get()).toMatchObject({
      libraryFilter: 'dam',
      sort: 'title',
      libraryPublishedFrom: '2033-04-01',
      libraryAnnotated: true,
    });
  });

  test('reports the article chosen', async () => {
    const { element, events } = await sidebar();
    element.querySelector<HTMLButtonElement>('[data-article-id="2"]')!.click();
    expect(events).toEqual(['article 2']);
  });

  test('draws only the rows in view of a long list, and says how many there are', async () => {
    const { element } = await sidebar(many(5000));
    const drawn = element.querySelectorAll('.library__row').length;
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(60);
    expect(element.querySelector('.library__count')!.textContent).toBe((5000).toLocaleString());
    expect(element.querySelector<HTMLElement>('.library__list')!.style.height).toBe(
      `${5000 * ROW_HEIGHT}px`,
    );
  });

  test('End reaches the last article through a page from the end, and Home comes back', async () => {
    const { element, library } = await sidebar(many(5000));
    const first = element.querySelector<HTMLButtonElement>('[data-article-id="1"]')!;
    first.focus();
    key(first, 'End');
    await frames();
    expect(library.requests.some((request) => request.fromEnd)).toBe(true);
    const last = element.querySelector<HTMLButtonElement>('[data-article-id="5000"]')!;
    expect(last.closest('li')!.getAttribute('aria-posinset')).toBe('5000');
    expect(document.activeElement).toBe(last);
    expect(last.tabIndex).toBe(0);
    key(last, 'Home');
    await frames();
    expect(document.activeElement).toBe(element.querySelector('[data-article-id="1"]'));
  });

  test('arrow keys move the one tab stop through the rows and Enter opens one', async () => {
    const { element, events } = await sidebar(many(30));
    const first = element.querySelector<HTMLButtonElement>('[data-article-id="1"]')!;
    first.focus();
    key(first, 'ArrowDown');
    key(document.activeElement!, 'ArrowDown');
    const third = element.querySelector<HTMLButtonElement>('[data-article-id="3"]')!;
    expect(document.activeElement).toBe(third);
    expect(
      [...element.querySelectorAll<HTMLButtonElement>('.library__item')].filter(
        (button) => button.tabIndex === 0,
      ),
    ).toEqual([third]);
    third.click();
    expect(events).toEqual(['article 3']);
  });

  test('refreshing one article fetches only its row and redraws it in place', async () => {
    const list = many(40);
    const { component, element, library } = await sidebar(list);
    const requestsBefore = library.requests.length;
    library.set(list.map((item) => (item.id === 2 ? { ...item, highlightCount: 5 } : item)));
    await component.refreshArticles([2]);
    await frames();
    expect(library.requests.length).toBe(requestsBefore);
    expect(element.querySelector('[data-article-id="2"] .badge')!.textContent).toBe('5');
  });

  test('opens a speaker’s or a tag’s quotations, and their managers', async () => {
    const lists = fakeNameLists({ speakers: [speaker(3, 'Oren Talvik', 2)], tags: [tag] });
    const { component, button, scopes, events } = await sidebar(articles, {}, lists);
    await component.reloadPeopleAndTopics();
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

  test('explains empty speaker, tag and memo sections', async () => {
    const { component, element } = await sidebar();
    await component.reloadPeopleAndTopics();
    await component.reloadMemos();
    expect(
      [...element.querySelectorAll('.sidebar-section__empty')].map((item) => item.textContent),
    ).toEqual([
      'Attributed quotations gather here by speaker.',
      'Tags you add to quotations appear here.',
      'Compile tagged quotations into a briefing memo.',
    ]);
  });

  test('asks for the first page of 10,000 speakers only, and the next on Show more', async () => {
    const crowd = Array.from({ length: 10_000 }, (_, index) =>
      speaker(index + 1, `Speaker ${String(index + 1).padStart(5, '0')}`, 1),
    );
    const lists = fakeNameLists({ speakers: crowd });
    const { component, element, button } = await sidebar(articles, {}, lists);
    await component.reloadPeopleAndTopics();
    const list = element.querySelector('[aria-label="Speakers in the notebook"]')!;
    expect(list.querySelectorAll('li')).toHaveLength(SECTION_LIMIT);
    expect(element.querySelector('.sidebar-section__count')!.textContent).toBe(
      (10_000).toLocaleString(),
    );
    expect(lists.requests.filter((request) => request.startsWith('listSpeakerPage'))).toEqual([
      `listSpeakerPage {"limit":${SECTION_LIMIT}}`,
    ]);
    button('Show 200 more').click();
    await settle();
    expect(list.querySelectorAll('li')).toHaveLength(SECTION_LIMIT + 200);
    expect(lists.requests.at(-1)).toBe(`listSpeakerPage {"after":"speaker 00050","limit":200}`);
    expect(list.querySelectorAll('li')[SECTION_LIMIT]!.textContent).toBe('Speaker 000511');
  });

  test('the speaker filter asks the server as one types and shows its answer', async () => {
    const crowd = Array.from({ length: 10_000 }, (_, index) =>
      speaker(index + 1, `Speaker ${index + 1}`, 1),
    );
    crowd[4] = { ...crowd[4]!, aliases: ['The Varn Warden'] };
    const lists = fakeNameLists({ speakers: crowd });
    const { component, element } = await sidebar(articles, {}, lists);
    await component.reloadPeopleAndTopics();
    const list = element.querySelector('[aria-label="Speakers in the notebook"]')!;
    const filter = element.querySelector<HTMLInputElement>('[aria-label="Filter speakers"]')!;
    expect(filter.hidden).toBe(false);
    filter.value = 'speaker 9999';
    filter.dispatchEvent(new Event('input'));
    await settle();
    expect(lists.requests.at(-1)).toBe(
      `listSpeakerPage {"filter":"speaker 9999","limit":${SECTION_LIMIT}}`,
    );
    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Speaker 99991',
    ]);
    filter.value = 'varn warden';
    filter.dispatchEvent(new Event('input'));
    await settle();
    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Speaker 51',
    ]);
    filter.value = 'nobody at all';
    filter.dispatchEvent(new Event('input'));
    await settle();
    expect(list.textContent).toBe('No speakers match the filter.');
  });

  test('an answer for an older filter does not replace the newer one', async () => {
    const crowd = Array.from({ length: 100 }, (_, index) =>
      speaker(index + 1, `Speaker ${index + 1}`, 1),
    );
    const lists = fakeNameLists({ speakers: crowd });
    const held: (() => void)[] = [];
    const slow = lists.listSpeakerPage;
    lists.listSpeakerPage = async (request) => {
      if (request?.filter === 'speaker 1') await new Promise<void>((resolve) => held.push(resolve));
      return slow(request);
    };
    const { component, element } = await sidebar(articles, {}, lists);
    await component.reloadPeopleAndTopics();
    const filter = element.querySelector<HTMLInputElement>('[aria-label="Filter speakers"]')!;
    filter.value = 'speaker 1';
    filter.dispatchEvent(new Event('input'));
    filter.value = 'speaker 42';
    filter.dispatchEvent(new Event('input'));
    await settle();
    held.forEach((resolve) => resolve());
    await settle();
    const list = element.querySelector('[aria-label="Speakers in the notebook"]')!;
    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Speaker 421',
    ]);
  });

  test('after an annotation change only the shown speakers and tags are fetched, by id', async () => {
    const crowd = Array.from({ length: 10_000 }, (_, index) =>
      speaker(index + 1, `Speaker ${String(index + 1).padStart(5, '0')}`, 1),
    );
    const lists = fakeNameLists({ speakers: crowd, tags: [tag] });
    const { component, element } = await sidebar(articles, {}, lists);
    await component.reloadPeopleAndTopics();
    lists.requests.length = 0;
    lists.speakers[1] = { ...lists.speakers[1]!, quoteCount: 7 };
    await component.refreshPeopleAndTopics({ speakerIds: [2, 9_000], tagIds: [] });
    expect(lists.requests).toEqual([
      'listSpeakerPage {"limit":1}',
      'getSpeakers [2]',
      'listTagPage {"limit":1}',
    ]);
    const second = element.querySelectorAll('[aria-label="Speakers in the notebook"] li')[1]!;
    expect(second.textContent).toBe('Speaker 000027');
  });

  test('a speaker that came with an annotation brings the first page again', async () => {
    const lists = fakeNameLists({ speakers: [speaker(3, 'Oren Talvik', 2)] });
    const { component, element } = await sidebar(articles, {}, lists);
    await component.reloadPeopleAndTopics();
    lists.speakers.push(speaker(4, 'Brisa Kell', 1));
    await component.refreshPeopleAndTopics();
    const list = element.querySelector('[aria-label="Speakers in the notebook"]')!;
    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Brisa Kell1',
      'Oren Talvik2',
    ]);
  });

  test('marks the open memo as current when the store says so', async () => {
    const lists = fakeNameLists({
      memos: [
        { id: 9, title: 'Harbour briefing', quotationCount: 1, createdAt: '', updatedAt: '' },
        { id: 8, title: 'Dam briefing', quotationCount: 2, createdAt: '', updatedAt: '' },
      ],
    });
    const { component, element, store, button, events } = await sidebar(articles, {}, lists);
    await component.reloadMemos();
    const memos = element.querySelector('[aria-label="Saved memos"]')!;
    expect(memos.querySelector('[aria-current]')).toBeNull();
    store.set({ openMemoId: 9 });
    expect(memos.querySelector('[aria-current="true"]')!.textContent).toBe('Harbour briefing1');
    button('Dam briefing').click();
    expect(events).toEqual(['memo 8']);
  });
});
