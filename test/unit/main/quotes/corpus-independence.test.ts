// The finder must not be written from the seed corpus (design.md, "Data in ../shared"): no rule,
// word list or comment in main/quotes may restate a corpus sentence. This checks it the blunt
// way, by looking for every run of five words of every corpus article in the finder's source.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, repoRoot, sharedCorpusDir } from '../../../helpers/shared';

const runLength = 5;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function runsOf(text: string): Set<string> {
  const list = words(text);
  const runs = new Set<string>();
  for (let index = 0; index + runLength <= list.length; index++) {
    runs.add(list.slice(index, index + runLength).join(' '));
  }
  return runs;
}

describe.runIf(hasShared)('main/quotes and the seed corpus', () => {
  it('shares no run of five words with any corpus article', () => {
    const sourceDirectory = path.join(repoRoot, 'main/quotes');
    const source = readdirSync(sourceDirectory)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => ({
        file,
        runs: runsOf(readFileSync(path.join(sourceDirectory, file), 'utf8')),
      }));
    const shared: string[] = [];
    for (const article of readdirSync(sharedCorpusDir).filter((file) => file.endsWith('.txt'))) {
      const corpusRuns = runsOf(readFileSync(path.join(sharedCorpusDir, article), 'utf8'));
      for (const { file, runs } of source) {
        for (const run of runs)
          if (corpusRuns.has(run)) shared.push(`${file}: "${run}" (${article})`);
      }
    }
    expect(shared).toEqual([]);
  });
});
