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
  // The first runs compile the finder's hot paths.
  for (let run = 0; run < 3; run++) findQuotes(text);
  // The fastest of five runs: other work on a shared machine only ever adds time, so the
  // minimum is the finder's own cost (the median is printed by eval:quotes).
  let fastest = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    findQuotes(text);
    fastest = Math.min(fastest, performance.now() - started);
  }
  expect(fastest).toBeLessThan(100);
});
