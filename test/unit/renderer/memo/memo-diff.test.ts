import { describe, expect, test } from 'vitest';
import type { MemoDocNode } from '../../../../main/domain/memo';
import { memoDiff, memoLines, wordDiff } from '../../../../renderer/memo/memo-diff';

const paragraph = (text: string): MemoDocNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});
const doc = (...content: MemoDocNode[]): MemoDocNode => ({ type: 'doc', content });
const quotation: MemoDocNode = {
  type: 'quotation',
  attrs: {
    exact: 'Work starts in May.',
    speaker: 'Oren Talvik',
    articlePublisher: 'The Tessaly Herald',
    paragraph: 3,
    note: '',
  },
};

describe('memo diff', () => {
  test('reads a quotation as its words, speaker and citation', () => {
    expect(memoLines(doc(quotation))).toEqual([
      '“Work starts in May.” — Oren Talvik (The Tessaly Herald, paragraph 3)',
    ]);
  });

  test('marks the words changed inside a line', () => {
    expect(wordDiff('The town pays its share.', 'The town pays half.')).toEqual([
      { kind: 'same', text: 'The town pays ' },
      { kind: 'removed', text: 'its share.' },
      { kind: 'added', text: 'half.' },
    ]);
  });

  test('lists a removed quotation and an added paragraph, keeping the lines in common', () => {
    const lines = memoDiff(
      doc(paragraph('Summary.'), quotation),
      doc(paragraph('Summary.'), paragraph('A new thought.')),
    );
    expect(lines).toEqual([
      { kind: 'same', text: 'Summary.' },
      {
        kind: 'changed',
        parts: [
          {
            kind: 'removed',
            text: '“Work starts in May.” — Oren Talvik (The Tessaly Herald, paragraph 3)',
          },
          { kind: 'added', text: 'A new thought.' },
        ],
      },
    ]);
  });

  test('a comparison too large to compute shows whole lines removed and added', () => {
    const before = doc(...Array.from({ length: 2100 }, (_, index) => paragraph(`Old ${index}`)));
    const after = doc(...Array.from({ length: 2100 }, (_, index) => paragraph(`New ${index}`)));
    const lines = memoDiff(before, after);
    expect(lines).toHaveLength(4199);
    expect(lines[0]).toEqual({ kind: 'removed', text: 'Old 0' });
  });
});
