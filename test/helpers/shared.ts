// Where ../shared lives (the real seed corpus and its hand labels, beside the clone on CI and
// on the team's machines, never on a user's) and whether it is here. Tests that read it run
// only where it exists; elsewhere they are skipped, and the test runners' global setups print
// SHARED_SKIPPED once. Every behaviour they check is also checked on the fictional seed corpus
// in test/fixtures/seed-corpus, which always runs. DOSSIER_SHARED_DIR points elsewhere (or at
// nothing, to see what a user's clone runs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const sharedDir = process.env['DOSSIER_SHARED_DIR'] ?? path.resolve(repoRoot, '../shared');
export const sharedCorpusDir = path.join(sharedDir, 'corpus');
export const sharedGoldDir = path.join(sharedDir, 'gold');

/** The fictional articles in the shape of the shared corpus, and their hand labels. */
export const seedCorpusDir = path.join(repoRoot, 'test/fixtures/seed-corpus');

export const hasShared = existsSync(sharedCorpusDir) && existsSync(sharedGoldDir);

export const SHARED_SKIPPED = `Skipped: the tests that read ../shared/corpus, because ${sharedDir} is not here (a clone without the shared data; the fictional seed corpus in test/fixtures/seed-corpus covers the same behaviours).`;

export interface Corpus {
  /** Shown in test names. */
  label: string;
  dir: string;
  /** Hand-labelled quotations: each `exact` occurs verbatim in its `file`. */
  goldFile: string;
}

export const seedCorpus: Corpus = {
  label: 'the fictional seed corpus',
  dir: seedCorpusDir,
  goldFile: path.join(seedCorpusDir, 'gold.json'),
};

export const sharedCorpus: Corpus = {
  label: 'the shared corpus',
  dir: sharedCorpusDir,
  goldFile: path.join(sharedGoldDir, 'quotes.json'),
};

/** Both corpora: a test declares itself on each and skips the shared one where it is missing. */
export const corpora: Corpus[] = [seedCorpus, sharedCorpus];

export function isMissing(corpus: Corpus): boolean {
  return corpus === sharedCorpus && !hasShared;
}

/** The corpus's article files, sorted by name; none where its folder is missing. */
export function corpusFiles(corpus: Corpus): string[] {
  if (!existsSync(corpus.dir)) return [];
  return readdirSync(corpus.dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

export interface GoldQuote {
  file: string;
  exact: string;
}

export function goldQuotes(corpus: Corpus): GoldQuote[] {
  return JSON.parse(readFileSync(corpus.goldFile, 'utf8')) as GoldQuote[];
}
