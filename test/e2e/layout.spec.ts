// Nothing is cut off or covered: at 1024×700 and 1440×900 the reader, the memo and both
// managers keep every element inside its pane (bounding boxes, horizontally: panes scroll
// down, never sideways). Screenshots of each view are saved for a person to look at.
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { compileMemo } from '../helpers/memo';
import { importArticles, markQuote, openArticle } from '../helpers/reader';

const ARTICLE = 'Inner Sea countries, Calmora strengthen cooperation';
const QUOTE = 'Calmora will go on widening its openness';
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
];
const PANES = ['.toolbar', '.library', '.article-pane', '.annotations', '.status-bar'];
const SHOTS = process.env['DOSSIER_SHOTS'];

/** Elements that stick out of their pane sideways, described for the failure message. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate((panes) => {
    const found: string[] = [];
    for (const selector of panes) {
      const pane = document.querySelector<HTMLElement>(selector);
      if (!pane) continue;
      const box = pane.getBoundingClientRect();
      if (pane.scrollWidth > pane.clientWidth + 1)
        found.push(`${selector} scrolls sideways (${pane.scrollWidth} > ${pane.clientWidth})`);
      for (const element of pane.querySelectorAll<HTMLElement>('*')) {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        // Inside a box that clips or scrolls sideways on purpose, the box itself is checked.
        let clipped = false;
        for (let up = element.parentElement; up && up !== pane; up = up.parentElement) {
          if (getComputedStyle(up).overflowX !== 'visible') clipped = true;
        }
        if (clipped) continue;
        if (rect.left < box.left - 1 || rect.right > box.right + 1)
          found.push(
            `${selector} › ${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ` +
              `(${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)})`,
          );
      }
    }
    // A field whose text is wider than the field is cut off too (the memo's title).
    for (const field of document.querySelectorAll<HTMLInputElement>(
      'input[type="text"], input:not([type])',
    )) {
      if (
        field.getBoundingClientRect().width > 0 &&
        field.value &&
        field.scrollWidth > field.clientWidth + 1
      )
        found.push(`${field.className || field.id} cuts off “${field.value}”`);
    }
    return found.slice(0, 8);
  }, PANES);
}

async function check(page: Page, view: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // Let the layout settle after the resize (virtualised lists redraw on a frame).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    if (SHOTS)
      await page.screenshot({
        path: `${SHOTS}/reader-undo-forms-${view}-${size.width}x${size.height}.png`,
      });
    expect(await overflowing(page), `${view} at ${size.width}×${size.height}`).toEqual([]);
  }
}

test('the reader, the memo and both managers fit their panes at 1024×700 and 1440×900', async ({
  page,
}) => {
  await importArticles(page);
  await openArticle(page, ARTICLE);
  await markQuote(page, { text: QUOTE, speaker: 'Teodor Quill', tag: 'openness' });
  await page
    .getByRole('list', { name: 'Annotations in reading order' })
    .getByRole('button', { name: /Teodor Quill/ })
    .first()
    .click();
  await expect(page.getByRole('form', { name: 'Edit annotation' })).toBeVisible();
  await check(page, 'reader');

  const library = page.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: 'Manage speakers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Speakers' })).toBeVisible();
  await check(page, 'speakers');

  await library.getByRole('button', { name: 'Manage tags' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible();
  await check(page, 'tags');

  await compileMemo(page, 'Openness in the Inner Sea talks', ['openness']);
  await check(page, 'memo');
});
