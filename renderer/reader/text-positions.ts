/**
 * Maps offsets in an article's canonical text to positions in its ProseMirror document and
 * back, for documents built by articleDoc.
 *
 * Owns the one rule that ties the two together: block i's text starts at offset O(i) and
 * its content at position P(i), and the blank line between two blocks corresponds to the
 * closing and opening tokens of their nodes. The offset in the middle of that blank line
 * maps to the position between the two blocks, so the mapping is a bijection over every
 * offset of the text and every position inside or between blocks, and a range that spans
 * blocks covers the separator. Knows nothing of highlights or selectors.
 */
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { BLOCK_SEPARATOR } from './schema';

interface TextIndex {
  /** Offset in the canonical text where each block's text starts. */
  readonly offsets: readonly number[];
  /** Document position where each block's content starts. */
  readonly positions: readonly number[];
  /** Length of each block's text. */
  readonly lengths: readonly number[];
  readonly textLength: number;
}

/* Documents are immutable, so an index built once stays valid for as long as its doc lives. */
const indexes = new WeakMap<ProseMirrorNode, TextIndex>();

export function textOffsetToPos(doc: ProseMirrorNode, offset: number): number {
  const index = textIndex(doc);
  if (!Number.isInteger(offset) || offset < 0 || offset > index.textLength) {
    throw new RangeError(
      `textOffsetToPos: offset ${offset} is outside a text of length ${index.textLength}`,
    );
  }
  const block = lastAtOrBefore(index.offsets, offset);
  const inBlock = offset - at(index.offsets, block);
  const length = at(index.lengths, block);
  const contentStart = at(index.positions, block);
  /* Past the block's text only by the separator's first character: between the blocks. */
  return inBlock <= length ? contentStart + inBlock : contentStart + length + 1;
}

export function posToTextOffset(doc: ProseMirrorNode, pos: number): number {
  const index = textIndex(doc);
  const size = doc.content.size;
  if (!Number.isInteger(pos) || pos < 0 || pos > size) {
    throw new RangeError(`posToTextOffset: position ${pos} is outside a document of size ${size}`);
  }
  /* Before the first block's content or after the last one's: the ends of the text. */
  if (pos < at(index.positions, 0)) return 0;
  const block = lastAtOrBefore(index.positions, pos);
  const inBlock = pos - at(index.positions, block);
  const length = at(index.lengths, block);
  if (inBlock <= length) return at(index.offsets, block) + inBlock;
  return block === index.offsets.length - 1
    ? index.textLength
    : at(index.offsets, block) + length + 1;
}

function textIndex(doc: ProseMirrorNode): TextIndex {
  const known = indexes.get(doc);
  if (known) return known;
  const offsets: number[] = [];
  const positions: number[] = [];
  const lengths: number[] = [];
  let offset = 0;
  doc.forEach((block, blockPos, blockNumber) => {
    if (!block.isTextblock || block.content.size !== block.textContent.length) {
      throw new Error(
        `text positions: block ${blockNumber} (${block.type.name}) is not plain text; ` +
          'build the document with articleDoc',
      );
    }
    if (blockNumber > 0) offset += BLOCK_SEPARATOR.length;
    offsets.push(offset);
    positions.push(blockPos + 1);
    lengths.push(block.content.size);
    offset += block.content.size;
  });
  if (offsets.length === 0) throw new Error('text positions: the document has no blocks');
  const index = { offsets, positions, lengths, textLength: offset };
  indexes.set(doc, index);
  return index;
}

/* Index of the last entry not greater than `value`, in an ascending array whose first entry is not greater. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (at(sorted, middle) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

function at(values: readonly number[], index: number): number {
  const value = values[index];
  if (value === undefined) throw new Error(`text positions: no entry ${index}`);
  return value;
}
