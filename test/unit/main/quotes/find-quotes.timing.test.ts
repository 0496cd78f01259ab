// How long the finder takes on a long article (issue 15: `dossier quotes` on a 5,000-word
// article within 100 ms). A timing test: it runs in the `timing` project, alone.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { findQuotes } from '../../../../main/quotes/index';
import { repoRoot } from '../../../helpers/shared';

function fictionalArticle(words: number): string {
  const directory = path.join(repoRoot, 'test/fixtures/quotes/blind-7');
  const texts = readdirSync(directory)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(path.join(directory, file), 'utf8'));
  const parts: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    const text = texts[index % texts.length] ?? '';
    parts.push(text);
    count += text.split(/\s+/u).filter((word) => word !== '').length;
  }
  return parts.join('\n\n');
}

it('finds the quotations of a 5,000-word article within 100 ms', () => {
  const text = fictionalArticle(5_000);
  findQuotes(text);
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    findQuotes(text);
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  expect(runs[2]).toBeLessThan(100);
});
