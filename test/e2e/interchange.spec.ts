// Interchange in the app: the Export dialog downloads the notebook's annotations as W3C Web
// Annotation JSON-LD and its REFI-QDA project, the open memo in APA author–date and its sources
// as CSL-JSON, and Import annotations… and Import project… read the files back (here the
// notebook's own, whose annotations are all found already present). Fictional seed corpus.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { importArticles, markQuote, openArticle } from '../helpers/reader';

const ARTICLE = 'Inner Sea states and Calmora deepen ties at Port Aster ministers’ meeting';
const QUOTE = 'Calmora sees the Inner Sea as a partner of the first rank';

async function download(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('the Export dialog downloads annotations, the project, an APA memo and its sources, and imports annotations back', async ({
  page,
}) => {
  await importArticles(page);
  await openArticle(page, ARTICLE);
  await markQuote(page, { text: QUOTE, speaker: 'Teodor Quill', tag: 'partners' });

  await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const annotations = await download(page, () =>
    dialog.getByRole('button', { name: 'Export annotations' }).click(),
  );
  expect(annotations.name).toMatch(/annotations\.jsonld$/);
  const collection = JSON.parse(annotations.bytes.toString('utf8'));
  expect(collection).toMatchObject({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    total: 1,
  });
  expect(collection.first.items[0].body).toContainEqual(
    expect.objectContaining({ purpose: 'identifying', value: 'Teodor Quill' }),
  );

  const project = await download(page, () =>
    dialog.getByRole('button', { name: 'Export project' }).click(),
  );
  expect(project.name).toMatch(/\.qdpx$/);
  const files = unzipSync(new Uint8Array(project.bytes));
  expect(strFromU8(files['project.qde']!)).toContain('name="Teodor Quill"');
  expect(Object.keys(files).filter((name) => name.startsWith('Sources/'))).toHaveLength(5);

  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Import annotations…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'colleague.jsonld',
    mimeType: 'application/ld+json',
    buffer: annotations.bytes,
  });
  await expect(dialog).toContainText('Imported 0 of 1 annotations; 1 already in the notebook.');
  const projectChooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Import project…' }).click();
  await (
    await projectChooser
  ).setFiles({ name: 'colleague.qdpx', mimeType: 'application/zip', buffer: project.bytes });
  await expect(dialog).toContainText('Imported 0 of 1 coded passages; 1 already in the notebook.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('banner').getByRole('button', { name: 'New memo…' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Partners');
  await page.getByRole('checkbox', { name: /partners/ }).check();
  await page.getByRole('button', { name: 'Compile memo' }).click();
  await expect(
    page.getByRole('textbox', { name: 'Memo text' }).locator('.memo-quotation'),
  ).toHaveCount(1);

  await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('combobox', { name: 'Memo format' }).selectOption('md');
  await dialog.getByRole('combobox', { name: 'Citation style' }).selectOption('apa');
  await page.screenshot({ path: '/work/shots/interchange-export-dialog.png' });
  const { violations } = await new AxeBuilder({ page }).include('#export-dialog').analyze();
  expect(
    violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id),
  ).toEqual([]);
  const memo = await download(page, () =>
    dialog.getByRole('button', { name: 'Export memo', exact: true }).click(),
  );
  expect(memo.name).toBe('Partners.md');
  expect(memo.bytes.toString('utf8')).toMatch(/\(“[^”]+”, n\.d\.|\([^()]+, \d{4}(, para\. \d+)?\)/);

  const sources = await download(page, () =>
    dialog.getByRole('button', { name: 'Export memo sources' }).click(),
  );
  expect(sources.name).toBe('Partners sources.json');
  expect(JSON.parse(sources.bytes.toString('utf8'))).toEqual([
    expect.objectContaining({ type: 'article-newspaper', title: ARTICLE }),
  ]);
});
