import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  anchor,
  CONTEXT_LENGTH,
  describeRange,
  MIN_FUZZY_SCORE,
  reanchorAll,
  type PlacedAnchor,
  type TextSelector,
} from '../../../../main/anchoring/index';
import { corpora, corpusFiles, isMissing, type Corpus } from '../../../helpers/shared';

/* The importer owns real cleaning; tests only need text of the canonical shape. */
function canonical(raw: string): string {
  return raw
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

function corpusTexts(corpus: Corpus): string[] {
  return corpusFiles(corpus).map((name) =>
    canonical(readFileSync(path.join(corpus.dir, name), 'utf8')),
  );
}

function randomNumbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/* Pronounceable nonsense keeps every long passage unique, unlike a repeated sentence. */
function syntheticText(seed: number, paragraphs: number, wordsPerParagraph: number): string {
  const random = randomNumbers(seed);
  const syllables = ['ka', 'zo', 'mi', 'tren', 'lu', 'bar', 'ost', 'vel', 'ni', 'qua', 're', 'dor'];
  const word = () =>
    Array.from(
      { length: 1 + Math.floor(random() * 3) },
      () => syllables[Math.floor(random() * syllables.length)],
    ).join('');
  return Array.from({ length: paragraphs }, () =>
    Array.from({ length: wordsPerParagraph }, word).join(' '),
  ).join('\n\n');
}

function placed(result: ReturnType<typeof anchor>): PlacedAnchor {
  if (result.status === 'orphaned') throw new Error('expected the passage to be placed');
  return result;
}

function selectorFor(text: string, passage: string): TextSelector {
  const start = text.indexOf(passage);
  if (start === -1) throw new Error(`test passage not found: ${passage}`);
  return describeRange(text, start, start + passage.length);
}

const article = [
  'Ministers of five Central Asian states met their counterpart in Almaty on Saturday.',
  'The minister said the talks had been open and constructive, and that trade would grow.',
  'Observers noted that the talks had been open and constructive, as in previous years.',
  'A joint statement on transport corridors was signed after the meeting ended.',
].join('\n\n');

describe('describeRange', () => {
  test('returns the exact text with up to 32 characters of context on each side', () => {
    const selector = selectorFor(article, 'open and constructive');
    expect(selector.exact).toBe('open and constructive');
    expect(selector.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(selector.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(article.slice(selector.start - CONTEXT_LENGTH, selector.start)).toBe(selector.prefix);
    expect(article.slice(selector.end, selector.end + CONTEXT_LENGTH)).toBe(selector.suffix);
  });

  test('shortens the context at the edges of the text', () => {
    const selector = describeRange('short text', 0, 5);
    expect(selector).toEqual({ exact: 'short', prefix: '', suffix: ' text', start: 0, end: 5 });
  });

  test('does not cut an astral character in half at the edge of the context', () => {
    const text = `😀${'a'.repeat(31)}quote${'b'.repeat(31)}😀`;
    const start = text.indexOf('quote');
    const selector = describeRange(text, start, start + 5);
    expect(selector.prefix).toBe('a'.repeat(31));
    expect(selector.suffix).toBe('b'.repeat(31));
  });

  test.each([
    ['an empty range', 3, 3],
    ['a reversed range', 5, 2],
    ['a range starting before the text', -1, 4],
    ['a range ending after the text', 2, 99],
    ['fractional offsets', 1.5, 4],
  ])('rejects %s with a RangeError', (_name, start, end) => {
    expect(() => describeRange('some text', start, end)).toThrow(RangeError);
  });
});

describe('anchor', () => {
  test('reports exact-position when the stored offsets still hold the passage', () => {
    const selector = selectorFor(article, 'joint statement');
    const result = placed(anchor(article, selector));
    expect(result).toMatchObject({ status: 'exact-position', start: selector.start });
    expect(result.score).toBeCloseTo(1, 9);
  });

  test('finds the passage by exact match after an insertion before it moved it', () => {
    const selector = selectorFor(article, 'joint statement');
    const revised = `Updated. ${article}`;
    expect(placed(anchor(revised, selector))).toMatchObject({
      status: 'exact',
      start: selector.start + 9,
      end: selector.end + 9,
    });
  });

  test('chooses, among several exact occurrences, the one whose context agrees', () => {
    const second = article.lastIndexOf('open and constructive');
    const selector = describeRange(article, second, second + 'open and constructive'.length);
    const revised = article.replace('Ministers of five', 'The foreign ministers of all five');
    expect(placed(anchor(revised, selector)).start).toBe(
      revised.lastIndexOf('open and constructive'),
    );
  });

  test('prefers the occurrence whose context agrees over one left at the stored offsets', () => {
    const text = 'alpha beta gamma. delta beta epsilon.';
    const selector = describeRange(text, text.indexOf('beta'), text.indexOf('beta') + 4);
    const revised = 'zetas beta eta. alpha beta gamma. delta beta epsilon.';
    expect(revised.slice(selector.start, selector.end)).toBe('beta');
    expect(placed(anchor(revised, selector))).toMatchObject({
      status: 'exact',
      start: revised.indexOf('alpha beta') + 6,
    });
  });

  test('chooses the occurrence nearest the expected position when contexts agree equally', () => {
    const paragraph = 'The same sentence is repeated in this text, word for word.';
    const text = [paragraph, paragraph, paragraph, paragraph].join('\n\n');
    const phrase = 'sentence is repeated';
    const second = text.indexOf(phrase, text.indexOf(phrase) + 1);
    const third = text.indexOf(phrase, second + 1);
    const selector = describeRange(text, third, third + phrase.length);
    const revised = `Preface.\n\n${text}`;
    expect(placed(anchor(revised, selector, { expectedStart: third + 10 })).start).toBe(third + 10);
  });

  test('keeps a passage whose misspelt word was corrected, as a fuzzy match', () => {
    const passage = 'The minister said the talks had been open and constructve';
    const text = article.replace('constructive, and', 'constructve, and');
    const selector = selectorFor(text, passage);
    const revised = article;
    const result = placed(anchor(revised, selector));
    expect(result.status).toBe('fuzzy');
    expect(revised.slice(result.start, result.end)).toBe(
      'The minister said the talks had been open and constructive',
    );
    expect(result.score).toBeGreaterThanOrEqual(MIN_FUZZY_SCORE);
    expect(result.score).toBeLessThan(1);
  });

  test('keeps a passage with a corrected word when the sentences around it changed too', () => {
    const selector = selectorFor(article, 'A joint statement on transport corridors was signed');
    const revised = article
      .replace('transport corridors', 'transport coridors')
      .replace('Observers noted', 'Several observers in the hall later noted')
      .replace('after the meeting ended.', 'on Saturday evening.');
    const result = placed(anchor(revised, selector));
    expect(result.status).toBe('fuzzy');
    expect(result.start).toBe(revised.indexOf('A joint statement'));
  });

  test('orphans a passage whose paragraph was deleted', () => {
    const selector = selectorFor(article, 'A joint statement on transport corridors was signed');
    const revised = article.slice(0, article.lastIndexOf('\n\n'));
    expect(anchor(revised, selector)).toEqual({ status: 'orphaned' });
  });

  test('orphans a passage that was rewritten beyond recognition', () => {
    const selector = selectorFor(article, 'Observers noted that the talks had been open');
    const revised = article.replace(
      'Observers noted that the talks had been open and constructive',
      'Critics in the capital doubted that anything concrete was agreed',
    );
    expect(anchor(revised, selector)).toEqual({ status: 'orphaned' });
  });

  test('orphans a selector whose exact text is empty', () => {
    const selector = { exact: '', prefix: '', suffix: '', start: 0, end: 0 };
    expect(anchor(article, selector)).toEqual({ status: 'orphaned' });
  });

  test('does not split an astral character when a fuzzy match ends beside one', () => {
    const text = 'Opening words. The delegates cheered the announcement 😀 loudly. Closing words.';
    const selector = selectorFor(text, 'The delegates cheered the announcement 😀');
    const revised = text.replace('cheered', 'cheerd').replace('😀', '😃');
    const result = placed(anchor(revised, selector));
    expect(revised.slice(result.start, result.end)).toBe(
      'The delegates cheerd the announcement 😃',
    );
  });

  test('places a long passage with corrections at both ends by its pieces', () => {
    const text = syntheticText(7, 60, 50);
    const start = text.indexOf('\n\n', text.length / 2) + 2;
    const selector = describeRange(text, start, start + 1500);
    const revised =
      text.slice(0, start + 5) +
      'XYZ' +
      text.slice(start + 8, start + 1490) +
      'corrected' +
      text.slice(start + 1499);
    const result = placed(anchor(revised, selector));
    expect(result).toMatchObject({ status: 'fuzzy', start, end: start + 1500 });
  });

  test('places a long passage whose opening words were replaced', () => {
    const text = syntheticText(11, 60, 50);
    const start = text.indexOf('\n\n', text.length / 3) + 2;
    const selector = describeRange(text, start, start + 800);
    const revised = text.slice(0, start) + 'Entirely new opening words' + text.slice(start + 26);
    const result = placed(anchor(revised, selector));
    expect(result.status).toBe('fuzzy');
    expect(Math.abs(result.start - start)).toBeLessThan(30);
    expect(result.end).toBe(start + 800);
  });

  test('orphans a long passage that was deleted', () => {
    const text = syntheticText(13, 60, 50);
    const start = text.indexOf('\n\n', text.length / 2) + 2;
    const selector = describeRange(text, start, start + 1200);
    const revised = text.slice(0, start) + text.slice(start + 1200);
    expect(anchor(revised, selector)).toEqual({ status: 'orphaned' });
  });

  test('places a very long passage with a sentence cut from its middle, quickly', () => {
    const text = syntheticText(17, 400, 50);
    const selector = describeRange(text, 0, text.length - 500);
    const middle = Math.floor(text.length / 2);
    const revised = text.slice(0, middle) + text.slice(middle + 120);
    const began = performance.now();
    const result = placed(anchor(revised, selector));
    expect(performance.now() - began).toBeLessThan(2000);
    expect(result).toMatchObject({ status: 'fuzzy', start: 0, end: revised.length - 500 });
  });
});

describe('reanchorAll', () => {
  test('returns a fresh selector for each placed passage and the original for an orphan', () => {
    const kept = selectorFor(article, 'Ministers of five Central Asian states');
    const moved = selectorFor(article, 'A joint statement on transport corridors');
    const lost = selectorFor(article, 'Observers noted that the talks had been open');
    const paragraphs = article.split('\n\n');
    const revised = [paragraphs[0], paragraphs[1], paragraphs[3]].join('\n\n');
    const results = reanchorAll(article, revised, [kept, moved, lost]);
    expect(results.map((outcome) => outcome.result.status)).toEqual([
      'exact-position',
      'exact',
      'orphaned',
    ]);
    expect(results[0]?.selector).toEqual(kept);
    expect(results[1]?.selector).toEqual(
      describeRange(revised, revised.indexOf(moved.exact), revised.indexOf(moved.exact) + 40),
    );
    expect(results[2]?.selector).toBe(lost);
  });

  test('follows the shift of an earlier edit to the right copy of a repeated passage', () => {
    const paragraph = 'Identical paragraph with identical words around it.';
    const text = [paragraph, paragraph, paragraph, paragraph].join('\n\n');
    const third = text.indexOf(paragraph, text.indexOf(paragraph, paragraph.length) + 1);
    const selector = describeRange(text, third + 10, third + 19);
    const revised = `Insertion that shifts everything.\n\n${text}`;
    const [outcome] = reanchorAll(text, revised, [selector]);
    expect(outcome?.result).toMatchObject({ status: 'exact', start: third + 10 + 35 });
  });

  for (const corpus of corpora) describeOnCorpus(corpus);
});

function describeOnCorpus(corpus: Corpus): void {
  describe.skipIf(isMissing(corpus))(`reanchorAll on ${corpus.label}`, () => {
    const texts = corpusTexts(corpus);
    test('has articles to sample', () => {
      expect(texts.length).toBeGreaterThan(0);
    });
    const random = randomNumbers(2025);
    const samples = texts.flatMap((text) =>
      Array.from({ length: 25 }, () => {
        const length = 20 + Math.floor(random() * 280);
        const start = Math.floor(random() * (text.length - length));
        return { text, selector: describeRange(text, start, start + length) };
      }),
    );

    test('leaves every highlight at its offsets when the text did not change', () => {
      for (const { text, selector } of samples) {
        const [outcome] = reanchorAll(text, text, [selector]);
        expect(outcome?.result.status).toBe('exact-position');
        expect(outcome?.selector).toEqual(selector);
      }
    });

    test('moves every highlight by the length of a paragraph inserted at the top', () => {
      const preface = 'Editor’s note: this article was updated with new figures.\n\n';
      for (const { text, selector } of samples) {
        const [outcome] = reanchorAll(text, preface + text, [selector]);
        expect(outcome?.result).toMatchObject({
          status: 'exact',
          start: selector.start + preface.length,
        });
      }
    });

    test('keeps every highlight near its place when one character inside it changes', () => {
      for (const { text, selector } of samples) {
        const at = Math.floor((selector.start + selector.end) / 2);
        const replacement = text[at] === 'x' ? 'y' : 'x';
        const revised = text.slice(0, at) + replacement + text.slice(at + 1);
        if (revised.includes(selector.exact)) continue;
        const [outcome] = reanchorAll(text, revised, [selector]);
        const result = placed(outcome?.result ?? { status: 'orphaned' });
        expect(result.status).toBe('fuzzy');
        expect(Math.abs(result.start - selector.start)).toBeLessThanOrEqual(1);
        expect(Math.abs(result.end - selector.end)).toBeLessThanOrEqual(1);
      }
    });

    test('orphans a highlight whose paragraph was deleted unless its text occurs elsewhere', () => {
      for (const { text, selector } of samples) {
        if (selector.exact.includes('\n')) continue;
        const separatorBefore = text.lastIndexOf('\n\n', selector.start);
        const separatorAfter = text.indexOf('\n\n', selector.end);
        const revised =
          separatorBefore === -1
            ? text.slice(separatorAfter === -1 ? text.length : separatorAfter + 2)
            : text.slice(0, separatorBefore) +
              (separatorAfter === -1 ? '' : text.slice(separatorAfter));
        const [outcome] = reanchorAll(text, revised, [selector]);
        const expected = revised.includes(selector.exact) ? 'exact' : 'orphaned';
        expect(outcome?.result.status).toBe(expected);
      }
    });
  });
}
