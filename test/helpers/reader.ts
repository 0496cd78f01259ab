// Helpers for driving the reader in Playwright: import a corpus of five articles through the UI
// (the fictional seed corpus unless told otherwise) and select a passage of the article text the
// way a person's drag would leave it (a DOM selection).
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { corpusFiles, seedCorpus, type Corpus } from './shared';

/** The files of a corpus's five articles, as the import dialog is given them. */
export function articleFiles(corpus: Corpus = seedCorpus): string[] {
  return corpusFiles(corpus).map((name) => path.join(corpus.dir, name));
}

export async function importArticles(page: Page, corpus: Corpus = seedCorpus): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(articleFiles(corpus));
  await expect(page.getByText('5 imported.')).toBeVisible();
}

/** Selects the first occurrence of `text` in the reader, across decoration spans if need be. */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((needle) => {
    const root = document.querySelector<HTMLElement>('.reader__text');
    if (!root) return false;
    root.focus();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let joined = '';
    const starts: number[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      starts.push(joined.length);
      nodes.push(node as Text);
      joined += (node as Text).data;
    }
    const at = joined.indexOf(needle);
    if (at < 0) return false;
    const locate = (offset: number, preferEnd: boolean) => {
      for (let index = nodes.length - 1; index >= 0; index -= 1) {
        const start = starts[index]!;
        if (offset > start || (offset === start && !preferEnd))
          return { node: nodes[index]!, offset: offset - start };
      }
      return { node: nodes[0]!, offset: 0 };
    };
    const from = locate(at, false);
    const to = locate(at + needle.length, true);
    window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
    return true;
  }, text);
  expect(found, `"${text}" is in the article`).toBe(true);
}

/**
 * The Speaker list's entry for `name`: the speaker itself where it exists (marking a passage the
 * quote finder proposed accepts its proposal, speaker included, once the proposals have loaded),
 * else the entry that creates it.
 */
export function speakerOption(page: Page, name: string) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page
    .getByRole('listbox', { name: 'Speaker suggestions' })
    .getByRole('option', { name: new RegExp(`^(?:Create speaker “${escaped}”|${escaped})$`) })
    .first();
}

/**
 * Selects `text` and presses the selection toolbar's `button` (Quote, say). The selection is made
 * again until the toolbar offers the button: a transaction of the reader's (suggestions or
 * highlights arriving) can redraw the text before ProseMirror has read a selection made by
 * script, and so drop it; a person's drag is read as it happens.
 */
export async function markSelection(page: Page, text: string, button = 'Quote'): Promise<void> {
  const action = page.getByRole('button', { name: button, exact: true });
  await expect(async () => {
    await selectText(page, text);
    await expect(action).toBeVisible({ timeout: 1500 });
  }).toPass({ timeout: 20_000 });
  await action.click();
}

/**
 * Opens the library's first article and waits until the reader shows it: an import may have
 * opened another article just before, whose reader this one replaces when it arrives.
 */
export async function openFirstArticle(page: Page): Promise<void> {
  const first = page.getByRole('list', { name: 'Articles' }).getByRole('button').first();
  const title = (await first.locator('.library__title').textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

export async function openArticle(page: Page, title: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Marks `text` as a direct quote with a new speaker and a new tag, as an analyst would. */
export async function markQuote(
  page: Page,
  quote: { text: string; speaker: string; tag: string },
): Promise<void> {
  await markSelection(page, quote.text);
  // By role and the start of the name: a combobox's name carries its value once one is set
  // (a proposal accepted with its speaker names the field "Speaker Ilse Marrow").
  const form = page.getByRole('form', { name: 'Edit annotation' });
  await form.getByRole('combobox', { name: /^Speaker/ }).fill(quote.speaker);
  await speakerOption(page, quote.speaker).click();
  await form.getByRole('combobox', { name: /^Tags/ }).fill(quote.tag);
  await form.getByRole('combobox', { name: /^Tags/ }).press('Enter');
  // Enter adds the typed tag as a chip (however soon it comes after typing); then Save.
  await expect(page.getByRole('button', { name: `Remove tag ${quote.tag}` })).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  // Stored once the card closes: a new speaker is created first, then the quotation updated.
  await expect(
    page.getByRole('region', { name: 'Annotations' }).getByRole('button', { name: 'Save' }),
  ).toHaveCount(0);
}
