// The words of an editable memo document, shared by the memo core that writes its JSON
// (main/memo/document.ts) and the renderer's ProseMirror schema that edits it
// (renderer/memo/schema.ts): node and mark names, and the attributes a quotation node carries.
// Pure.
import type { MemoCitation } from './memo';
import type { HighlightKind } from './vocabulary';

export const MEMO_NODES = {
  doc: 'doc',
  paragraph: 'paragraph',
  heading: 'heading',
  bulletList: 'bullet_list',
  listItem: 'list_item',
  quotation: 'quotation',
  /** A table of text cells (caption, header, rows), kept as attributes of an atom node. */
  table: 'memo_table',
  text: 'text',
} as const;

/** The marks of memo text, in schema order. */
export const MEMO_MARKS = ['em', 'strong'] as const;
export type MemoMark = (typeof MEMO_MARKS)[number];

/** A quotation node's attributes: the passage, who said it, and every source it cites. */
export interface QuotationAttrs {
  readonly highlightId: number;
  readonly kind: HighlightKind;
  readonly exact: string;
  readonly speaker: string | null;
  readonly role: string | null;
  readonly note: string;
  readonly articleId: number;
  readonly articleTitle: string;
  readonly articleAuthor: string | null;
  readonly articlePublisher: string | null;
  readonly articlePublishedAt: string | null;
  readonly paragraph: number | null;
  readonly start: number;
  readonly end: number;
  readonly alsoReportedBy: readonly MemoCitation[];
  /** Reported speech as a sentence with "{speaker}" for the name, or null (see MemoQuotation). */
  readonly reported?: string | null | undefined;
}

export const QUOTATION_ATTRS: readonly (keyof QuotationAttrs)[] = [
  'highlightId',
  'kind',
  'exact',
  'speaker',
  'role',
  'note',
  'articleId',
  'articleTitle',
  'articleAuthor',
  'articlePublisher',
  'articlePublishedAt',
  'paragraph',
  'start',
  'end',
  'alsoReportedBy',
  'reported',
];
