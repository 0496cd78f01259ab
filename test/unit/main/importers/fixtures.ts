// Test helpers: where the importer fixtures live, and how to load them and a corpus's articles
// (test/helpers/shared.ts says which corpora there are).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile, type ImportedArticle } from '../../../../main/importers/index';
import type { Corpus } from '../../../helpers/shared';

export const fixturesDir = fileURLToPath(new URL('../../../fixtures/import/', import.meta.url));

export function fixtureBytes(relativePath: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturesDir + relativePath));
}

export function importFixture(
  relativePath: string,
  options?: { maxBytes?: number },
): Promise<ImportedArticle> {
  const fileName = relativePath.split('/').pop() ?? relativePath;
  return importFile({ bytes: fixtureBytes(relativePath), fileName }, options);
}

export function importCorpusFile(corpus: Corpus, name: string): Promise<ImportedArticle> {
  const bytes = new Uint8Array(readFileSync(path.join(corpus.dir, name)));
  return importFile({ bytes, fileName: name });
}

export function corpusText(corpus: Corpus, name: string): string {
  return readFileSync(path.join(corpus.dir, name), 'utf8');
}

/** Rejects with the ImportError's code, or "imported" when the import succeeds. */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'imported';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
