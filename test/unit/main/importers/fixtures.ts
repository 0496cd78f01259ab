// Test helpers: where the importer fixtures and the shared corpus live, and how to load them.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFile, type ImportedArticle } from '../../../../main/importers/index';

export const fixturesDir = fileURLToPath(new URL('../../../fixtures/import/', import.meta.url));
export const corpusDir = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
export const goldDir = fileURLToPath(new URL('../../../../../shared/gold/', import.meta.url));

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

export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

export function importCorpus(name: string): Promise<ImportedArticle> {
  return importFile({ bytes: new Uint8Array(readFileSync(corpusDir + name)), fileName: name });
}

export function corpusText(name: string): string {
  return readFileSync(corpusDir + name, 'utf8');
}

export interface GoldQuote {
  file: string;
  exact: string;
}

export function goldQuotes(): GoldQuote[] {
  return JSON.parse(readFileSync(goldDir + 'quotes.json', 'utf8')) as GoldQuote[];
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
