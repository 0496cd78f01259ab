// Data integrity of a blind quotation set under test/fixtures/quotes (see its notes.md and
// test/eval/README.md): the labels against their own texts and the labelling rules' mechanical
// parts. It must not know the finder, so a set stays blind until it is scored. Each set's test
// file calls describeQuoteSet, naming the look-alike names the set holds.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

export interface GoldQuote {
  file: string;
  start: number;
  end: number;
  exact: string;
  kind: string;
  speaker: string | null;
  speakerAsWritten: string | null;
  cue: string | null;
}

const openingMarks = '"“«‘„\'';
const closingMarks = '"”»’“\'';
const fieldNames = ['cue', 'end', 'exact', 'file', 'kind', 'speaker', 'speakerAsWritten', 'start'];

function describeItem(item: GoldQuote): string {
  return `${item.file} ${item.start}-${item.end} ${item.kind} "${item.exact.slice(0, 40)}"`;
}

// Where each quotation opens in a text: straight double marks alternate within a paragraph, a
// low-high pair („ “) makes “ a closing mark, and a single mark opens only after a space or at a
// paragraph start (elsewhere it is an apostrophe or a closing mark).
function openingPositions(text: string): number[] {
  const positions: number[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    const lowHigh = paragraph.includes('„');
    let straightOpen = true;
    for (const [index, character] of [...paragraph].entries()) {
      const before = (index === 0 ? ' ' : paragraph[index - 1]) ?? ' ';
      const after = paragraph[index + 1] ?? '';
      if (character === '"') {
        if (straightOpen) positions.push(offset + index);
        straightOpen = !straightOpen;
      } else if ('«„'.includes(character) || (character === '“' && !lowHigh)) {
        positions.push(offset + index);
      } else if ("‘'".includes(character) && /\s/u.test(before) && /\S/u.test(after)) {
        positions.push(offset + index);
      }
    }
    offset += paragraph.length + 1;
  }
  return positions;
}

export interface QuoteSet {
  gold: GoldQuote[];
  /** The article files, sorted. */
  articleFiles: string[];
  /** Each article's text, a BOM dropped. */
  texts: Map<string, string>;
}

export function readQuoteSet(name: string): QuoteSet {
  const setDirectory = resolve(import.meta.dirname, '../fixtures/quotes', name);
  const articleFiles = readdirSync(setDirectory)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  return {
    gold: JSON.parse(readFileSync(join(setDirectory, 'gold.json'), 'utf8')) as GoldQuote[],
    articleFiles,
    texts: new Map(
      articleFiles.map((file) => [
        file,
        readFileSync(join(setDirectory, file), 'utf8').replace(/^\uFEFF/u, ''),
      ]),
    ),
  };
}

/** The checks every set written to test/eval/README.md's rules must pass. */
/** Names of different people in one article (by its two-digit number) that must stay apart. */
export type LookAlikes = ReadonlyArray<readonly [article: string, first: string, second: string]>;

/**
 * A set short of the 30 articles (one whose writers ran out of time) passes a lower
 * `minimumArticles` and says so in its notes.md; every other check is the same.
 */
export function describeQuoteSet(
  name: string,
  lookAlikes: LookAlikes = [],
  { minimumArticles = 30 }: { minimumArticles?: number } = {},
): void {
  const { gold, articleFiles, texts } = readQuoteSet(name);
  function textOf(item: Pick<GoldQuote, 'file'>): string {
    const text = texts.get(item.file);
    if (text === undefined) throw new Error(`gold names a missing file: ${item.file}`);
    return text;
  }

  describe(`${name} quotation set`, () => {
    test(`has at least ${minimumArticles} articles named NN-domain-topic.txt of 300 to 700 words`, () => {
      expect(articleFiles.length).toBeGreaterThanOrEqual(minimumArticles);
      for (const file of articleFiles) {
        expect(file).toMatch(/^\d{2}-[a-z]+(?:-[a-z]+)+\.txt$/u);
        const words = textOf({ file }).split(/\s+/u).filter(Boolean).length;
        expect(words, file).toBeGreaterThanOrEqual(300);
        expect(words, file).toBeLessThanOrEqual(700);
      }
    });

    test('every gold item has exactly the eight fields with their types', () => {
      expect(gold.length).toBeGreaterThan(0);
      for (const item of gold) {
        expect(Object.keys(item).sort(), describeItem(item)).toEqual(fieldNames);
        expect(Number.isInteger(item.start) && Number.isInteger(item.end), describeItem(item)).toBe(
          true,
        );
        for (const field of ['speaker', 'speakerAsWritten', 'cue'] as const) {
          const value = item[field];
          expect(value === null || (typeof value === 'string' && value.length > 0)).toBe(true);
        }
      }
    });

    test('every gold offset pair slices its exact text out of its file', () => {
      for (const item of gold) {
        expect(textOf(item).slice(item.start, item.end), describeItem(item)).toBe(item.exact);
        expect(item.exact.trim(), describeItem(item)).toBe(item.exact);
      }
    });

    test('every kind is direct, indirect or term', () => {
      for (const item of gold) {
        expect(['direct', 'indirect', 'term'], describeItem(item)).toContain(item.kind);
      }
    });

    test('terms have no speaker, no speaker as written and no cue', () => {
      for (const item of gold.filter((quote) => quote.kind === 'term')) {
        expect([item.speaker, item.speakerAsWritten, item.cue], describeItem(item)).toEqual([
          null,
          null,
          null,
        ]);
      }
    });

    test('every article has at least one gold item and every item names an article', () => {
      const labelled = new Set(gold.map((item) => item.file));
      expect([...labelled].sort()).toEqual(articleFiles);
    });

    test('direct and term spans run from an opening mark to a closing mark or the paragraph end', () => {
      for (const item of gold.filter((quote) => quote.kind !== 'indirect')) {
        const text = textOf(item);
        const after = text[item.end];
        expect(openingMarks, describeItem(item)).toContain(text[item.start - 1]);
        expect(
          after === undefined || after === '\n' || closingMarks.includes(after),
          describeItem(item),
        ).toBe(true);
      }
    });

    test('no two quotation items overlap and no two indirect items overlap', () => {
      const sorted = [...gold].sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
      for (const [index, item] of sorted.entries()) {
        for (const other of sorted.slice(index + 1)) {
          if (other.file !== item.file || other.start >= item.end) break;
          const bothIndirect = item.kind === 'indirect' && other.kind === 'indirect';
          const bothQuotations = item.kind !== 'indirect' && other.kind !== 'indirect';
          expect(
            bothIndirect || bothQuotations,
            `${describeItem(item)} / ${describeItem(other)}`,
          ).toBe(false);
        }
      }
    });

    test('every speaker and speaker as written is a form its article writes', () => {
      for (const item of gold) {
        const text = textOf(item);
        if (item.speaker !== null) expect(text, describeItem(item)).toContain(item.speaker);
        if (item.speakerAsWritten !== null) {
          expect(text, describeItem(item)).toContain(item.speakerAsWritten);
        }
      }
    });

    test('gold items are sorted by file and then by start', () => {
      const sorted = [...gold].sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
      expect(gold).toEqual(sorted);
    });

    test('every quoted segment in every article is covered by a direct or term item', () => {
      for (const [file, text] of texts) {
        const quotations = gold.filter((item) => item.file === file && item.kind !== 'indirect');
        for (const position of openingPositions(text)) {
          const covered = quotations.some(
            (item) =>
              item.start === position + 1 || (item.start <= position && position < item.end),
          );
          expect(covered, `${file} ${position} ${text.slice(position, position + 40)}`).toBe(true);
        }
      }
    });

    test('an item with no cue is a term or a continuation of the direct quotation before it', () => {
      for (const item of gold.filter((quote) => quote.cue === null && quote.kind !== 'term')) {
        expect(item.kind, describeItem(item)).toBe('direct');
        expect(item.speakerAsWritten, describeItem(item)).toBeNull();
        // The speaker it continues: the last direct item before it in its article, whose
        // speaker it shares (null only when that one is an unnamed person too).
        const before = gold.filter(
          (quote) => quote.file === item.file && quote.kind === 'direct' && quote.end <= item.start,
        );
        expect(before.length, describeItem(item)).toBeGreaterThan(0);
        expect(item.speaker, describeItem(item)).toBe(before.at(-1)?.speaker);
      }
    });

    if (lookAlikes.length > 0) {
      test('look-alike names in one article stay distinct speakers', () => {
        for (const [number, first, second] of lookAlikes) {
          const file = articleFiles.find((candidate) => candidate.startsWith(`${number}-`));
          const speakers = new Set(
            gold.filter((item) => item.file === file).map((item) => item.speaker),
          );
          expect([speakers.has(first), speakers.has(second)], file).toEqual([true, true]);
        }
      });
    }
  });
}
