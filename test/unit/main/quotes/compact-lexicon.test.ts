// The compact lexicon the build writes must say exactly what compromise says, for every word,
// and the built finder must read it only where the build put it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  COMPACT_LEXICON_FILE,
  decodeCompactLexicon,
  encodeCompactLexicon,
  readCompromiseLexicon,
} from '../../../../main/quotes/compact-lexicon';
import { readCompactLexicon } from '../../../../main/quotes/lexicon';
import { tempDir } from '../../../helpers/temp';

const compromise = readCompromiseLexicon();

/** A folder standing for a build's chunk folder, holding the compact lexicon. */
function builtFolder(json: string): string {
  const folder = tempDir();
  writeFileSync(path.join(folder, COMPACT_LEXICON_FILE), json);
  return folder;
}

describe('the compact lexicon', () => {
  it('gives every word of compromise’s lexicon the same entry, and no other word', () => {
    const decoded = decodeCompactLexicon(encodeCompactLexicon(compromise));
    expect(Object.keys(compromise).length).toBeGreaterThan(10_000);
    expect(decoded.size).toBe(Object.keys(compromise).length);
    for (const [word, entry] of Object.entries(compromise)) {
      expect(decoded.get(word), word).toEqual(entry);
    }
  });

  it('keeps a single tag as a string and several as a list', () => {
    const decoded = decodeCompactLexicon(
      encodeCompactLexicon({ larkspur: 'Noun', tallied: ['PastTense', 'Verb'], umber: 'Noun' }),
    );
    expect(Object.fromEntries(decoded)).toEqual({
      larkspur: 'Noun',
      tallied: ['PastTense', 'Verb'],
      umber: 'Noun',
    });
  });

  it('is a fraction of the size of the lexicon written out word by word', () => {
    expect(encodeCompactLexicon(compromise).length).toBeLessThan(
      JSON.stringify(compromise).length / 2,
    );
  });
});

describe('readCompactLexicon', () => {
  it('reads the file beside a built module', () => {
    const folder = builtFolder(encodeCompactLexicon(compromise));
    const lexicon = readCompactLexicon(pathToFileURL(path.join(folder, 'chunk.js')).href);
    expect(lexicon).toEqual(new Map(Object.entries(compromise)));
  });

  it('leaves the TypeScript sources to compromise, even beside such a file', () => {
    const folder = builtFolder(encodeCompactLexicon(compromise));
    expect(readCompactLexicon(pathToFileURL(path.join(folder, 'lexicon.ts')).href)).toBe(undefined);
  });

  it('falls back to compromise where a build has no file', () => {
    expect(readCompactLexicon(pathToFileURL(path.join(tempDir(), 'chunk.js')).href)).toBe(
      undefined,
    );
  });

  it('fails loudly on a damaged file rather than answering from a part of it', () => {
    const folder = builtFolder('[["Noun", ["larkspur"');
    expect(() => readCompactLexicon(pathToFileURL(path.join(folder, 'chunk.js')).href)).toThrow();
  });
});
