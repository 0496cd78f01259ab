import { describe, expect, test } from 'vitest';
import { articleDoc, articleSchema } from '../../../../renderer/reader/schema';

function blockNames(text: string, options?: Parameters<typeof articleDoc>[1]): string[] {
  const names: string[] = [];
  articleDoc(text, options).forEach((block) => {
    const level = block.type.name === 'heading' ? String(block.attrs['level']) : '';
    names.push(`${block.type.name}${level}:${block.textContent}`);
  });
  return names;
}

describe('articleDoc', () => {
  test('makes one paragraph per block of text separated by a blank line', () => {
    expect(blockNames('First block.\n\nSecond block.\n\nThird.')).toEqual([
      'paragraph:First block.',
      'paragraph:Second block.',
      'paragraph:Third.',
    ]);
  });

  test('makes one empty paragraph for an empty text', () => {
    expect(blockNames('')).toEqual(['paragraph:']);
  });

  test('keeps an empty block between two separators as an empty paragraph', () => {
    expect(blockNames('One\n\n\n\nTwo')).toEqual(['paragraph:One', 'paragraph:', 'paragraph:Two']);
  });

  test('makes headings of the blocks the options name', () => {
    expect(
      blockNames('Title\n\nBody.\n\nSection\n\nMore.', {
        headings: [
          { block: 0, level: 1 },
          { block: 2, level: 2 },
        ],
      }),
    ).toEqual(['heading1:Title', 'paragraph:Body.', 'heading2:Section', 'paragraph:More.']);
  });

  test('rejects a heading option that names a block the text does not have', () => {
    expect(() => articleDoc('Only one block', { headings: [{ block: 1, level: 1 }] })).toThrow(
      RangeError,
    );
  });

  test('rejects a heading level outside 1 to 3', () => {
    const level = 4 as unknown as 1;
    expect(() => articleDoc('Title', { headings: [{ block: 0, level }] })).toThrow(RangeError);
  });

  test('gives back the canonical text through textBetween with a blank line between blocks', () => {
    for (const text of ['', 'One block', 'A\n\nB', 'Title\n\n\n\nAfter an empty block\n\nEnd.']) {
      const doc = articleDoc(text, { headings: [{ block: 0, level: 1 }] });
      expect(doc.textBetween(0, doc.content.size, '\n\n')).toBe(text);
    }
  });

  test('builds documents that satisfy the schema', () => {
    const doc = articleDoc('Title\n\nBody', { headings: [{ block: 0, level: 3 }] });
    expect(doc.type.schema).toBe(articleSchema);
    expect(() => doc.check()).not.toThrow();
  });
});
