// Issue 5's benchmark, in Chromium: opening a 10,000-word article with 2,000 highlights
// (time to first frame) and adding one highlight, against the same document rendered by
// ProseMirror with no highlights, measured in the same page and run.
import { build } from 'vite';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { seededRandom, syntheticArticle } from './synthetic';
import { formatMs, median, percentile } from './stats';

const root = path.resolve(import.meta.dirname, '../..');

type Spot = { start: number; end: number };
type ReaderBench = (
  text: string,
  spots: readonly Spot[],
  extra: readonly Spot[],
  rounds: number,
) => Promise<{ plain: number[]; annotated: number[]; adds: number[] }>;

export async function benchReader(workDir: string): Promise<boolean> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      outDir: workDir,
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: path.join(root, 'test/bench/reader-page.ts'),
        formats: ['iife'],
        name: 'readerBenchPage',
        fileName: () => 'reader-page.js',
      },
    },
  });
  const random = seededRandom(5);
  const text = syntheticArticle(random, 1, 10_000).text.split('\n\n').slice(1).join('\n\n');
  const words = text.split(/\s+/).length;
  // An analyst's highlights: spread through the text, mostly apart, one in twenty
  // overlapping its neighbour (a quotation inside a highlighted paragraph, say).
  const slot = Math.floor(text.length / 2000);
  const spots = Array.from({ length: 2000 }, (_, index) => {
    const start = index * slot + Math.floor(random() * (slot / 3));
    const length =
      random() < 0.05
        ? slot + Math.floor(random() * slot)
        : Math.floor(slot * (0.3 + random() * 0.3));
    return { start, end: Math.min(text.length, start + Math.max(3, length)) };
  });
  const extra = Array.from({ length: 20 }, () => {
    const start = Math.floor(random() * (text.length - 200));
    return { start, end: start + 40 };
  });

  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    ...(existsSync(executablePath) ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(
      '<!doctype html><html><body><div id="host" style="max-width:720px;margin:0 auto"></div></body></html>',
    );
    await page.addStyleTag({
      content:
        readFileSync(path.join(root, 'renderer/reader/highlights.css'), 'utf8') +
        '.reader__text{white-space:pre-wrap;font:17px/1.65 serif}',
    });
    await page.addScriptTag({ path: path.join(workDir, 'reader-page.js') });
    const result = await page.evaluate(
      ([articleText, highlightSpots, extraSpots]) =>
        (globalThis as unknown as { readerBench: ReaderBench }).readerBench(
          articleText,
          highlightSpots,
          extraSpots,
          7,
        ),
      [text, spots, extra] as const,
    );
    const plain = median(result.plain.slice(2));
    const annotated = median(result.annotated.slice(2));
    const add = percentile(result.adds, 95);
    const openOk = annotated <= 100;
    const addOk = add <= 8;
    console.log(
      `\nReader benchmark (Chromium): ${words.toLocaleString()}-word article, ${spots.length.toLocaleString()} highlights`,
    );
    console.log(
      `  open to first frame, no highlights   ${formatMs(plain).padStart(10)}  (baseline: ProseMirror alone)`,
    );
    console.log(
      `  open to first frame, with highlights ${formatMs(annotated).padStart(10)}  target ≤ 100 ms  ${openOk ? 'PASS' : 'FAIL'}  ratio ${(annotated / plain).toFixed(2)}× the baseline`,
    );
    console.log(
      `  add one highlight (p95 of ${result.adds.length})     ${formatMs(add).padStart(10)}  target ≤ 8 ms    ${addOk ? 'PASS' : 'FAIL'}`,
    );
    return openOk && addOk;
  } finally {
    await browser.close();
  }
}
