import { describe, expect, test } from 'vitest';
import { articleDoc } from '../../../../renderer/reader/schema';
import { posToTextOffset, textOffsetToPos } from '../../../../renderer/reader/text-positions';

function randomNumbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const texts = [
  '',
  'x',
  'A single paragraph without separators.',
  'Title\n\nFirst paragraph.\n\nSecond, longer paragraph with “quotes” and an emoji 😀.',
  '\n\nStarts with an empty block',
  'Ends with an empty block\n\n',
  'One\n\n\n\nThree after an empty one',
  Array.from({ length: 200 }, (_, index) => `Paragraph ${index} `.repeat(index % 7)).join('\n\n'),
];

describe('textOffsetToPos and posToTextOffset', () => {
  test('map every offset of several texts to a position and back to the same offset', () => {
    for (const text of texts) {
      const doc = articleDoc(text);
      for (let offset = 0; offset <= text.length; offset += 1) {
        expect(posToTextOffset(doc, textOffsetToPos(doc, offset))).toBe(offset);
      }
    }
  });

  test('map every position inside or between blocks to an offset and back to the same position', () => {
    for (const text of texts) {
      const doc = articleDoc(text);
      for (let pos = 1; pos < doc.content.size; pos += 1) {
        expect(textOffsetToPos(doc, posToTextOffset(doc, pos))).toBe(pos);
      }
    }
  });

  /* A document cannot hold half a blank line, so range ends inside a separator are left out. */
  test('give ranges whose document text equals the slice of the canonical text', () => {
    const random = randomNumbers(42);
    for (const text of texts) {
      const doc = articleDoc(text, { headings: [{ block: 0, level: 1 }] });
      const insideSeparator = (offset: number) =>
        text[offset - 1] === '\n' && text[offset] === '\n';
      for (let trial = 0; trial < 300; trial += 1) {
        const a = Math.floor(random() * (text.length + 1));
        const b = Math.floor(random() * (text.length + 1));
        if (insideSeparator(a) || insideSeparator(b)) continue;
        const [start, end] = a <= b ? [a, b] : [b, a];
        const from = textOffsetToPos(doc, start);
        const to = textOffsetToPos(doc, end);
        expect(doc.textBetween(from, to, '\n\n')).toBe(text.slice(start, end));
      }
    }
  });

  test('map a selection spanning two paragraphs to a range that includes the blank line', () => {
    const text = 'First paragraph.\n\nSecond paragraph.';
    const doc = articleDoc(text);
    const from = doc.resolve(1).posAtIndex(0) + 'First '.length;
    const to = doc.child(0).nodeSize + 1 + 'Second'.length;
    const start = posToTextOffset(doc, from);
    const end = posToTextOffset(doc, to);
    expect(text.slice(start, end)).toBe('paragraph.\n\nSecond');
  });

  test('map the offset in the middle of a separator to the position between the two blocks', () => {
    const doc = articleDoc('One\n\nTwo');
    const pos = textOffsetToPos(doc, 4);
    expect(pos).toBe(doc.child(0).nodeSize);
    expect(doc.resolve(pos).depth).toBe(0);
  });

  test('map the offsets on either side of a separator to the end and start of block content', () => {
    const doc = articleDoc('One\n\nTwo');
    expect(doc.resolve(textOffsetToPos(doc, 3)).parentOffset).toBe(3);
    expect(doc.resolve(textOffsetToPos(doc, 3)).parent.textContent).toBe('One');
    expect(doc.resolve(textOffsetToPos(doc, 5)).parentOffset).toBe(0);
    expect(doc.resolve(textOffsetToPos(doc, 5)).parent.textContent).toBe('Two');
  });

  test('map the positions before the first block and after the last to the ends of the text', () => {
    const doc = articleDoc('One\n\nTwo');
    expect(posToTextOffset(doc, 0)).toBe(0);
    expect(posToTextOffset(doc, doc.content.size)).toBe(8);
  });

  test('reject offsets and positions outside the text or the document', () => {
    const doc = articleDoc('One\n\nTwo');
    expect(() => textOffsetToPos(doc, -1)).toThrow(RangeError);
    expect(() => textOffsetToPos(doc, 9)).toThrow(RangeError);
    expect(() => textOffsetToPos(doc, 1.5)).toThrow(RangeError);
    expect(() => posToTextOffset(doc, doc.content.size + 1)).toThrow(RangeError);
  });

  test('stay fast on a long article by looking blocks up in an index', () => {
    const text = Array.from({ length: 5000 }, (_, index) => `Block number ${index}.`).join('\n\n');
    const doc = articleDoc(text);
    const began = performance.now();
    for (let offset = 0; offset <= text.length; offset += 7) {
      posToTextOffset(doc, textOffsetToPos(doc, offset));
    }
    expect(performance.now() - began).toBeLessThan(1000);
  });
});
