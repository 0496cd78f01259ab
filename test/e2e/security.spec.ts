import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, repoRoot } from '../helpers/fixtures';

const HOSTILE = `<!doctype html><html><head><title>Harbour levy vote</title>
<script>window.__dossierPwned = 'head script ran';</script></head>
<body><article><h1>Harbour levy vote</h1>
<p>The council of Fennick voted on Monday to raise the harbour levy.<img src="x" onerror="window.__dossierPwned='onerror ran'"></p>
<p>“We had no choice,” said Ilse Marrow, the council’s treasurer. <a href="javascript:window.__dossierPwned='link ran'">More</a></p>
<script>window.__dossierPwned = 'body script ran';</script>
<p onmouseover="window.__dossierPwned='handler ran'">Opponents said the rise would hurt small fishing crews.</p>
</article></body></html>`;

test('the built renderer carries a strict Content-Security-Policy', () => {
  const html = readFileSync(path.join(repoRoot, 'out/renderer/index.html'), 'utf8');
  expect(html).toMatch(/http-equiv="Content-Security-Policy"[^>]+script-src 'self'/);
  expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
});

test('script injected into an imported article never runs in the app', async ({ page }) => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dossier-hostile-'));
  const file = path.join(folder, 'harbour-levy.html');
  writeFileSync(file, HOSTILE);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles([file]);
  await expect(page.getByText('1 imported.')).toBeVisible();
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: /Harbour levy vote/ })
    .click();
  const text = page.locator('.reader__text');
  await expect(text).toContainText('We had no choice');
  await text.hover();
  await expect(text).not.toContainText('__dossierPwned');
  expect(
    await page.evaluate(() => (window as unknown as { __dossierPwned?: string }).__dossierPwned),
  ).toBeUndefined();
  expect(
    await page.locator('.reader__text script, .reader__text img, .reader__text a').count(),
  ).toBe(0);
});

test('the page refuses inline script even if some were injected into the DOM', async ({ page }) => {
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = "window.__inlineRan = 'yes'";
    document.body.appendChild(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __inlineRan?: string }).__inlineRan ?? null;
  });
  expect(ran).toBeNull();
});
