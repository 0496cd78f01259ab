// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  showArticle,
  showEmptyNotebook,
  showNoSelection,
  showPanelNote,
} from '../../../../renderer/ui/article-pane';
import { article } from './fixtures';

const panes = () => ({
  pane: document.createElement('main'),
  panel: document.createElement('div'),
});

describe('article pane', () => {
  test('walks a new analyst through the empty notebook, with an Import button', () => {
    const { pane, panel } = panes();
    let picked = 0;
    showEmptyNotebook(pane, panel, () => (picked += 1));
    expect(pane.querySelector('h1')!.textContent).toBe('Your notebook is empty');
    expect(pane.querySelectorAll('.empty-state__steps li')).toHaveLength(3);
    pane.querySelector<HTMLButtonElement>('.empty-state__actions button')!.click();
    expect(picked).toBe(1);
    expect(panel.textContent).toBe('Highlights and quotations of the open article appear here.');
  });

  test('asks for an article when none is open', () => {
    const { pane, panel } = panes();
    showNoSelection(pane, panel);
    expect(pane.querySelector('h1')!.textContent).toBe('Choose an article');
    expect(panel.textContent).toBe('Open an article to see its annotations.');
  });

  test('heads an open article with its byline and actions, and hands back the text host', () => {
    const { pane } = panes();
    const done: string[] = [];
    const host = showArticle(pane, article(), {
      editDetails: () => done.push('edit'),
      correctText: () => done.push('correct'),
      versions: () => done.push('versions'),
      remove: () => done.push('delete'),
    });
    expect(pane.querySelector('#reader-title')!.textContent).toBe('Varn valley dam approved');
    expect(pane.querySelector('.reader__meta')!.textContent).toMatch(
      /^By Ines Harrow · Varnholt · The Tessaly Herald · .+ · 42 words$/,
    );
    for (const button of pane.querySelectorAll<HTMLButtonElement>('.reader__actions button'))
      button.click();
    expect(done).toEqual(['edit', 'correct', 'versions', 'delete']);
    expect(host.className).toBe('reader__body');
    expect(pane.contains(host)).toBe(true);
  });

  test('replaces whatever the panel showed with a note', () => {
    const { panel } = panes();
    panel.append(document.createElement('ol'));
    showPanelNote(panel, 'Choose a quotation to open it in its article.');
    expect(panel.children).toHaveLength(1);
    expect(panel.textContent).toBe('Choose a quotation to open it in its article.');
  });
});
