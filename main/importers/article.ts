// The shapes every importer produces: the public ImportedArticle and the intermediate
// Block list that format readers hand to the shared prose pipeline (assemble.ts).

import type { ArticleMetadata, MetadataSource, MetadataSources } from '../domain/records';

export type { MetadataSource, MetadataSources };

export type ImportFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'email' | 'mhtml';

/** The metadata the library shows and edits, the canonical text, and what cleaning removed. */
export interface ImportedArticle extends ArticleMetadata {
  format: ImportFormat;
  text: string;
  removed: string[];
  /** Where each metadata field that has a value came from. */
  metadataSources: MetadataSources;
}

/**
 * One paragraph-level unit of a source document, already in canonical inline form
 * (whitespace collapsed, trimmed). Format readers fill in what their format knows:
 * HTML and Markdown know headings, list items and how much of a block is link text;
 * plain text knows none of that and leaves the defaults.
 */
export interface Block {
  text: string;
  kind: BlockKind;
  /** Share of the block's characters that sit inside links (0 when unknown). */
  linkDensity: number;
  /** Index of the list, table or section the block came from, to judge neighbours together. */
  group?: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'caption' | 'quote' | 'code';

/** What a format reader already knows from its container (HTML head, front matter, PDF info). */
export interface MetadataHints {
  title?: string | null;
  author?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
  language?: string | null;
  sourceUrl?: string | null;
  /** Where each hint came from; a hint without one came from the container ('document'). */
  sources?: Partial<Record<Exclude<keyof MetadataHints, 'sources'>, MetadataSource>>;
}

export function paragraph(text: string): Block {
  return { text, kind: 'paragraph', linkDensity: 0 };
}
