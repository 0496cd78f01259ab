/**
 * The ProseMirror schema of an article in the reader, and the builder that turns an
 * article's canonical text into a document of that schema.
 *
 * Owns the mapping from blocks of canonical text (separated by exactly one blank line) to
 * document nodes: one textblock per block, nothing else, so that text offsets and document
 * positions stay in a fixed relation (see text-positions.ts). Knows nothing of highlights,
 * storage or how the text was cleaned.
 */
import { Schema, type Node as ProseMirrorNode } from 'prosemirror-model';

/** What separates two blocks in an article's canonical text. */
export const BLOCK_SEPARATOR = '\n\n';

export type HeadingLevel = 1 | 2 | 3;

export interface ArticleHeading {
  /** Index of the block, counting blocks of the canonical text from zero. */
  readonly block: number;
  readonly level: HeadingLevel;
}

export interface ArticleDocOptions {
  /** Blocks to show as headings rather than paragraphs, such as the article's title. */
  readonly headings?: readonly ArticleHeading[];
}

function isHeadingLevel(value: unknown): value is HeadingLevel {
  return value === 1 || value === 2 || value === 3;
}

/*
 * No marks and no inline nodes other than text: every position inside a block is then one
 * character of the canonical text, which keeps offsets and positions in step.
 */
export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      group: 'block',
      content: 'text*',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    heading: {
      group: 'block',
      content: 'text*',
      defining: true,
      attrs: {
        level: {
          default: 1,
          validate: (value: unknown) => {
            if (!isHeadingLevel(value))
              throw new RangeError(`heading level must be 1–3, got ${String(value)}`);
          },
        },
      },
      parseDOM: [
        { tag: 'h1', attrs: { level: 1 } },
        { tag: 'h2', attrs: { level: 2 } },
        { tag: 'h3', attrs: { level: 3 } },
      ],
      toDOM: (node) => [`h${String(node.attrs['level'])}`, 0],
    },
    text: {},
  },
  marks: {},
});

/**
 * Builds the document of an article from its canonical text: a paragraph (or a heading, if
 * the options say so) per block. An empty text gives one empty paragraph, so the reader
 * always has somewhere to put the cursor.
 */
export function articleDoc(text: string, options: ArticleDocOptions = {}): ProseMirrorNode {
  const blocks = text.split(BLOCK_SEPARATOR);
  const levels = headingLevels(options.headings ?? [], blocks.length);
  const children = blocks.map((block, index) => {
    const content = block.length > 0 ? [articleSchema.text(block)] : [];
    const level = levels.get(index);
    return level === undefined
      ? articleSchema.nodes.paragraph.create(null, content)
      : articleSchema.nodes.heading.create({ level }, content);
  });
  return articleSchema.nodes.doc.create(null, children);
}

function headingLevels(
  headings: readonly ArticleHeading[],
  blockCount: number,
): Map<number, HeadingLevel> {
  const levels = new Map<number, HeadingLevel>();
  for (const { block, level } of headings) {
    if (!Number.isInteger(block) || block < 0 || block >= blockCount) {
      throw new RangeError(
        `articleDoc: heading names block ${block}, but the text has ${blockCount} blocks`,
      );
    }
    if (!isHeadingLevel(level)) {
      throw new RangeError(`articleDoc: heading level must be 1–3, got ${String(level)}`);
    }
    levels.set(block, level);
  }
  return levels;
}
