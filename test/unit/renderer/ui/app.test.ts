// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { Api } from '../../../../renderer/api';
import type { ArticleSummary, RendererEvent } from '../../../../main/ipc/contract';
import { startApp } from '../../../../renderer/ui/app';
import { KEY_COMMANDS } from '../../../../renderer/ui/keyboard-commands';
import { article } from './fixtures';
import { fakeApi, settle } from './fake-api';
import { fakeLibrary } from './fake-library';
import { SUGGESTION_DELAY_MS } from '../../../../renderer/ui/library-sidebar';

/** The paged library methods over these articles. */
function pages(list: ArticleSummary[]) {
  const library = fakeLibrary(list);
  return {
    listArticlePage: library.listArticlePage,
    getArticleSummaries: library.getArticleSummaries,
  };
}

const listeners = new Map<string, (payload: unknown) => void>();

afterEach(() => {
  document.body.replaceChildren();
  listeners.clear();
  delete window.dossierEvents;
});

async function start(answers: Partial<Api> = {}) {
  const articles = [
    article({ id: 1, title: 'Varn valley dam approved' }),
    article({ id: 2, title: 'Harbour tolls rise', publisher: 'Orlen Daily' }),
  ];
  const fake = fakeApi({
    getNotebookInfo: async () => ({
      file: '/home/analyst/notebook.sqlite',
      version: '0.1.0',
      schemaVersion: 3,
      articleCount: 2,
    }),
    ...pages(articles),
    countSuggestions: async () => ({ 2: 3 }),
    listSpeakerPage: async () => ({ items: [], total: 0, next: null }),
    getSpeakers: async () => [],
    listTagPage: async () => ({ items: [], total: 0, next: null }),
    getTags: async () => [],
    listMemoPage: async () => ({ items: [], total: 0, next: null }),
    getArticle: async (args) => articles.find((item) => item.id === args!.id)!,
    listHighlights: async () => [],
    listSuggestions: async () => [],
    ...answers,
  });
  window.dossierEvents = {
    on: (name: RendererEvent, listener: (payload: never) => void) => {
      listeners.set(name, listener as (payload: unknown) => void);
      return () => listeners.delete(name);
    },
  } as typeof window.dossierEvents;
  const root = document.createElement('div');
  root.setAttribute('aria-busy', 'true');
  document.body.append(root);
  await startApp(root, fake.api);
  await settle();
  return { ...fake, root };
}

const press = (key: string, init: KeyboardEventInit = {}) =>
  document.body.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
  );

describe('app shell', () => {
  test('shows the notebook: its articles, their badges, its name and count', async () => {
    const { root } = await start();
    // The library asks for suggestion counts once scrolling has paused.
    await new Promise((resolve) => setTimeout(resolve, SUGGESTION_DELAY_MS + 50));
    await settle();
    expect(root.hasAttribute('aria-busy')).toBe(false);
    expect([...root.querySelectorAll('.library__title')].map((title) => title.textContent)).toEqual(
      ['Varn valley dam approved', 'Harbour tolls rise'],
    );
    expect(root.querySelector('.badge--pending')!.textContent).toBe('3 to review');
    expect(root.querySelector('.status-bar__notebook')!.textContent).toBe(
      '/home/analyst/notebook.sqlite',
    );
    expect(root.querySelector('.status-bar__text')!.textContent).toBe('2 articles');
    expect(document.title).toBe('Dossier — notebook.sqlite');
    expect(root.querySelector('h1')!.textContent).toBe('Choose an article');
  });

  test('opens the article chosen in the library', async () => {
    const { root } = await start();
    root.querySelector<HTMLButtonElement>('[data-article-id="2"]')!.click();
    await settle();
    expect(root.querySelector('#reader-title')!.textContent).toBe('Harbour tolls rise');
    expect(root.querySelector('[data-article-id="2"]')!.getAttribute('aria-current')).toBe('true');
  });

  test('lists the articles again in the sort chosen', async () => {
    const { root, calls } = await start();
    const sort = root.querySelector<HTMLSelectElement>('[aria-label="Sort articles"]')!;
    sort.value = 'title';
    sort.dispatchEvent(new Event('change'));
    await settle();
    expect(calls.filter((call) => call.method === 'listArticlePage').at(-1)!.args).toMatchObject({
      sort: 'title',
    });
  });

  test('a change to some articles re-fetches only their rows, not the library', async () => {
    const { calls } = await start();
    const pagesBefore = calls.filter((call) => call.method === 'listArticlePage').length;
    listeners.get('notebook-changed')!({ reason: 'articles-changed', articleIds: [2] });
    await settle();
    expect(calls.filter((call) => call.method === 'listArticlePage')).toHaveLength(pagesBefore);
    expect(calls.filter((call) => call.method === 'getArticleSummaries').at(-1)!.args).toEqual({
      ids: [2],
    });
  });

  test('welcomes an empty notebook with the first steps', async () => {
    const { root } = await start({
      ...pages([]),
      getNotebookInfo: async () => ({
        file: '/home/analyst/notebook.sqlite',
        version: '0.1.0',
        schemaVersion: 3,
        articleCount: 0,
      }),
    });
    expect(root.querySelector('h1')!.textContent).toBe('Your notebook is empty');
  });

  test('puts the cursor in the search box on Ctrl+K', async () => {
    const { root } = await start();
    press('k', { ctrlKey: true });
    expect(document.activeElement).toBe(root.querySelector('[aria-label="Search articles"]'));
  });

  test('opens the shortcut sheet from the ? key and from the desktop menu', async () => {
    await start();
    press('?');
    const sheet = () => document.querySelector('[aria-labelledby="shortcuts-title"]');
    // One row for every command that has a key, in the registry's order.
    expect(
      [...sheet()!.querySelectorAll('tr')].map((row) => row.lastElementChild?.textContent),
    ).toEqual(KEY_COMMANDS.filter((command) => command.chords.length > 0).map((c) => c.label));
    sheet()!.remove();
    listeners.get('menu:keyboard-shortcuts')!(null);
    expect(sheet()).not.toBeNull();
  });
});
