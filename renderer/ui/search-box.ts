// The toolbar's search box: full-text search over the notebook as the analyst types, results
// in a listbox under the field (arrows to move, Enter to open, Escape or a click elsewhere to
// close). Only the newest query's answer is shown. Opening an article is the caller's.
import type { Api } from '../api';
import type { SearchHit } from '../../main/ipc/contract';
import { clear, formatDate, h, markedSnippet } from './dom';

export interface SearchBoxOptions {
  api: Api;
  mac: boolean;
  /** Opens a hit; the query goes along, so the article can show where it matched. */
  open(articleId: number, query: string): void;
  showError(error: unknown): void;
}

export interface SearchBox {
  readonly element: HTMLElement;
  /** Puts the cursor in the field with its text selected, as Mod+K does. */
  focus(): void;
}

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const { api } = options;
  const results = h('div', {
    className: 'search-results',
    id: 'search-results',
    role: 'listbox',
    hidden: true,
    'aria-label': 'Search results',
  });
  const input = h('input', {
    className: 'toolbar__search',
    type: 'search',
    role: 'combobox',
    // Short enough to show whole beside the toolbar's buttons at 1024 px; the field's name
    // (aria-label) says what it searches.
    placeholder: `Search  (${options.mac ? '⌘' : 'Ctrl+'}K)`,
    // The query language is main/domain/search-query.ts, the same as `dossier search`.
    title:
      '"a phrase", OR, -word, word*, author: publisher: title: speaker: tag: after:2025-04-01 before:',
    'aria-label': 'Search articles',
    'aria-controls': 'search-results',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    autocomplete: 'off',
  });
  const element = h('div', { className: 'toolbar__search-box' }, input, results);
  let serial = 0;
  let active = -1;

  const buttons = () => [...results.querySelectorAll<HTMLButtonElement>('.search-result')];

  function close(): void {
    results.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
  }

  function render(query: string, hits: readonly SearchHit[]): void {
    clear(results);
    active = -1;
    if (hits.length === 0) {
      results.appendChild(
        h('p', { className: 'search-results__empty' }, `Nothing matches “${query}”.`),
      );
    }
    for (const hit of hits) {
      results.appendChild(
        h(
          'button',
          {
            type: 'button',
            role: 'option',
            className: 'search-result',
            onclick: () => {
              close();
              options.open(hit.articleId, query);
            },
          },
          h('span', { className: 'search-result__title' }, hit.title),
          h(
            'span',
            { className: 'search-result__meta' },
            [hit.publisher, formatDate(hit.publishedAt)].filter(Boolean).join(' · '),
          ),
          h('span', { className: 'search-result__snippet' }, markedSnippet(hit.snippet)),
        ),
      );
    }
    results.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  // One search in flight at a time: keys typed while it runs only note the latest query, which
  // is asked for when it answers. A search per key would queue on the host behind the others
  // (each a few tens of milliseconds on a large notebook), so the last key's answer would wait
  // for every earlier one; this way it waits for at most one.
  let searching = false;
  let waiting: { query: string; mine: number } | null = null;

  function search(query: string, mine: number): void {
    searching = true;
    void api
      .searchArticles({ query, limit: 20, prefix: true })
      .then(
        (hits) => {
          if (mine === serial) render(query, hits);
        },
        (error: unknown) => {
          if (mine === serial) options.showError(error);
        },
      )
      .finally(() => {
        searching = false;
        const next = waiting;
        waiting = null;
        if (next && next.mine === serial) search(next.query, next.mine);
      });
  }

  input.addEventListener('input', () => {
    const query = input.value;
    const mine = ++serial;
    if (!query.trim()) {
      waiting = null;
      close();
      return;
    }
    if (searching) waiting = { query, mine };
    else search(query, mine);
  });

  input.addEventListener('keydown', (event) => {
    const list = buttons();
    if (event.key === 'Escape') {
      close();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length;
      list.forEach((button, index) =>
        button.setAttribute('aria-selected', String(index === active)),
      );
      list[active]?.scrollIntoView({ block: 'nearest' });
    }
    if (event.key === 'Enter' && !results.hidden) {
      (list[Math.max(active, 0)] ?? null)?.click();
    }
  });

  document.addEventListener('click', (event) => {
    if (!(event.target as HTMLElement).closest('.toolbar__search-box')) close();
  });

  return {
    element,
    focus() {
      input.focus();
      input.select();
    },
  };
}
