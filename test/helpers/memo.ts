// Helpers for the memo editor's e2e specs: mark a passage as a direct quote with a speaker and
// a tag, finding the annotation editor's fields by role and the start of their names (a
// combobox's name may carry its open suggestion), and compile a memo from tags.
import { expect, type Page } from '@playwright/test';
import { markSelection, speakerOption } from './reader';

export async function markQuotation(
  page: Page,
  quote: { text: string; speaker: string; tag: string },
): Promise<void> {
  await markSelection(page, quote.text);
  const form = page.getByRole('form', { name: 'Edit annotation' });
  const speaker = form.getByRole('combobox', { name: /^Speaker/ });
  await speaker.fill(quote.speaker);
  await speakerOption(page, quote.speaker).click();
  const tags = form.getByRole('combobox', { name: /^Tags/ });
  await tags.fill(quote.tag);
  await tags.press('Enter');
  await expect(page.getByRole('button', { name: `Remove tag ${quote.tag}` })).toBeVisible();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
}

/** Compiles a memo of the quotations with the given tags and waits for its editor. */
export async function compileMemo(page: Page, title: string, tags: string[]): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'New memo…' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  for (const tag of tags)
    await page.getByRole('checkbox', { name: new RegExp(`^${tag} \\(`) }).check();
  await page.getByRole('button', { name: 'Compile memo' }).click();
  await expect(page.getByRole('textbox', { name: 'Memo text' })).toBeVisible();
}
