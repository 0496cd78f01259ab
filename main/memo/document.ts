// The editable memo as ProseMirror JSON, and back: memoToDoc turns a compiled Memo into the
// document a saved memo stores (and the renderer edits with renderer/memo/schema.ts; both take
// the node, mark and attribute names from main/domain/quotation.ts), docToMemo turns
// an edited document back into a Memo for the writers. Plain objects only: no ProseMirror,
// DOM or database here. The title and date live outside the document (the memo's row).
import { MEMO_MARKS, MEMO_NODES, type QuotationAttrs } from '../domain/quotation';
import { isHighlightKind } from '../domain/vocabulary';
import type {
  Memo,
  MemoBlock,
  MemoCitation,
  MemoDocJson,
  MemoDocNode,
  MemoInline,
  MemoMark,
  MemoQuotation,
} from './model';

export { MEMO_MARKS, MEMO_NODES, QUOTATION_ATTRS, type QuotationAttrs } from '../domain/quotation';

export class MemoDocumentError extends Error {
  constructor(message: string) {
    super(`The memo document is not valid: ${message}.`);
    this.name = 'MemoDocumentError';
  }
}

function textNodes(content: readonly MemoInline[]): MemoDocNode[] {
  return content
    .filter((run) => run.text.length > 0)
    .map((run) => {
      const node: MemoDocNode = { type: MEMO_NODES.text, text: run.text };
      // ProseMirror keeps marks in schema order; so does this, so JSON round-trips exactly.
      const marks = MEMO_MARKS.filter((mark) => run.marks?.includes(mark));
      if (marks.length > 0) node.marks = marks.map((mark) => ({ type: mark }));
      return node;
    });
}

function textblock(
  type: string,
  content: readonly MemoInline[],
  attrs?: Record<string, unknown>,
): MemoDocNode {
  const node: MemoDocNode = { type };
  if (attrs) node.attrs = attrs;
  const children = textNodes(content);
  if (children.length > 0) node.content = children;
  return node;
}

export function quotationAttrs(quotation: MemoQuotation): QuotationAttrs {
  const { source } = quotation;
  return {
    highlightId: source.highlightId,
    kind: quotation.kind,
    exact: source.exact,
    speaker: quotation.speaker,
    role: quotation.role,
    note: quotation.note,
    articleId: source.articleId,
    articleTitle: source.title,
    articleAuthor: source.author,
    articlePublisher: source.publisher,
    articlePublishedAt: source.publishedAt,
    paragraph: source.paragraph,
    start: source.start,
    end: source.end,
    alsoReportedBy: quotation.alsoReportedBy.map((citation) => ({ ...citation })),
    reported: quotation.reported ?? null,
  };
}

export function memoToDoc(memo: Memo): MemoDocJson {
  const content = memo.blocks.map((block): MemoDocNode => {
    switch (block.type) {
      case 'heading':
        return textblock(MEMO_NODES.heading, block.content, { level: block.level });
      case 'paragraph':
        return textblock(MEMO_NODES.paragraph, block.content);
      case 'bulletList':
        return {
          type: MEMO_NODES.bulletList,
          content: block.items.map((item) => ({
            type: MEMO_NODES.listItem,
            content: [textblock(MEMO_NODES.paragraph, item)],
          })),
        };
      case 'quotation':
        return { type: MEMO_NODES.quotation, attrs: { ...quotationAttrs(block.quotation) } };
      case 'table':
        return {
          type: MEMO_NODES.table,
          attrs: {
            caption: block.caption,
            header: [...block.header],
            rows: block.rows.map((row) => [...row]),
          },
        };
    }
  });
  if (content.length === 0) content.push({ type: MEMO_NODES.paragraph });
  return { type: 'doc', content };
}

// Reading a document back: it came over the API, so every field is checked.

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field<T>(
  where: string,
  attrs: Fields,
  name: string,
  check: (value: unknown) => value is T,
  expected: string,
): T {
  const value = attrs[name];
  if (!check(value))
    throw new MemoDocumentError(
      `${where} has ${name} ${JSON.stringify(value) ?? 'missing'}, expected ${expected}`,
    );
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNullableString = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';
const isCount = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0;
const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;
const isNullableCount = (value: unknown): value is number | null =>
  value === null || isCount(value);
const isKind = isHighlightKind;

function citationFrom(where: string, value: unknown): MemoCitation {
  if (!isObject(value)) throw new MemoDocumentError(`${where} is not an object`);
  return {
    highlightId: field(where, value, 'highlightId', isId, 'a highlight id'),
    exact: field(where, value, 'exact', isString, 'text'),
    articleId: field(where, value, 'articleId', isId, 'an article id'),
    title: field(where, value, 'title', isString, 'text'),
    author: field(where, value, 'author', isNullableString, 'text or null'),
    publisher: field(where, value, 'publisher', isNullableString, 'text or null'),
    publishedAt: field(where, value, 'publishedAt', isNullableString, 'text or null'),
    paragraph: field(where, value, 'paragraph', isNullableCount, 'a paragraph number or null'),
    start: field(where, value, 'start', isCount, 'an offset'),
    end: field(where, value, 'end', isCount, 'an offset'),
  };
}

export function quotationFromAttrs(where: string, attrs: unknown): MemoQuotation {
  if (!isObject(attrs)) throw new MemoDocumentError(`${where} has no attributes`);
  const also = attrs['alsoReportedBy'] ?? [];
  if (!Array.isArray(also))
    throw new MemoDocumentError(`${where} has alsoReportedBy that is not a list`);
  return {
    kind: field(where, attrs, 'kind', isKind, 'highlight, direct, indirect or term'),
    speaker: field(where, attrs, 'speaker', isNullableString, 'text or null'),
    role: field(where, attrs, 'role', isNullableString, 'text or null'),
    note: field(where, attrs, 'note', isString, 'text'),
    source: {
      highlightId: field(where, attrs, 'highlightId', isId, 'a highlight id'),
      exact: field(where, attrs, 'exact', isString, 'text'),
      articleId: field(where, attrs, 'articleId', isId, 'an article id'),
      title: field(where, attrs, 'articleTitle', isString, 'text'),
      author: field(where, attrs, 'articleAuthor', isNullableString, 'text or null'),
      publisher: field(where, attrs, 'articlePublisher', isNullableString, 'text or null'),
      publishedAt: field(where, attrs, 'articlePublishedAt', isNullableString, 'text or null'),
      paragraph: field(where, attrs, 'paragraph', isNullableCount, 'a paragraph number or null'),
      start: field(where, attrs, 'start', isCount, 'an offset'),
      end: field(where, attrs, 'end', isCount, 'an offset'),
    },
    alsoReportedBy: also.map((citation, index) =>
      citationFrom(`${where}, also-reported source ${index + 1}`, citation),
    ),
    // Memos saved before reported speech was written as a sentence have no such attribute.
    reported: field(
      where,
      { reported: attrs['reported'] ?? null },
      'reported',
      isNullableString,
      'text or null',
    ),
  };
}

const isCells = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString);
const isRows = (value: unknown): value is string[][] =>
  Array.isArray(value) && value.every(isCells);

function tableFrom(where: string, attrs: Fields): MemoBlock {
  return {
    type: 'table',
    caption: field(where, attrs, 'caption', isString, 'text'),
    header: field(where, attrs, 'header', isCells, 'a list of text cells'),
    rows: field(where, attrs, 'rows', isRows, 'a list of rows of text cells'),
  };
}

function inlineFrom(where: string, node: Fields): MemoInline[] {
  const content = node['content'] ?? [];
  if (!Array.isArray(content))
    throw new MemoDocumentError(`${where} has content that is not a list`);
  return content.map((child, index) => {
    const at = `${where}, text ${index + 1}`;
    if (
      !isObject(child) ||
      child['type'] !== MEMO_NODES.text ||
      typeof child['text'] !== 'string'
    ) {
      throw new MemoDocumentError(`${at} is not a text node`);
    }
    const marks = child['marks'] ?? [];
    if (!Array.isArray(marks)) throw new MemoDocumentError(`${at} has marks that are not a list`);
    const names = marks.map((mark) => {
      const type = isObject(mark) ? mark['type'] : undefined;
      if (!MEMO_MARKS.includes(type as MemoMark))
        throw new MemoDocumentError(`${at} has an unknown mark ${JSON.stringify(type)}`);
      return type as MemoMark;
    });
    return names.length > 0 ? { text: child['text'], marks: names } : { text: child['text'] };
  });
}

function blockFrom(node: unknown, index: number): MemoBlock {
  const where = `block ${index + 1}`;
  if (!isObject(node)) throw new MemoDocumentError(`${where} is not a node`);
  const attrs = isObject(node['attrs']) ? node['attrs'] : {};
  switch (node['type']) {
    case MEMO_NODES.paragraph:
      return { type: 'paragraph', content: inlineFrom(where, node) };
    case MEMO_NODES.heading: {
      const level = attrs['level'];
      if (level !== 1 && level !== 2 && level !== 3)
        throw new MemoDocumentError(
          `${where} is a heading of level ${JSON.stringify(level)}, expected 1–3`,
        );
      return { type: 'heading', level, content: inlineFrom(where, node) };
    }
    case MEMO_NODES.bulletList: {
      const items = node['content'];
      if (!Array.isArray(items)) throw new MemoDocumentError(`${where} is a list without items`);
      return {
        type: 'bulletList',
        items: items.map((item, itemIndex) => {
          const at = `${where}, item ${itemIndex + 1}`;
          const paragraphs =
            isObject(item) && item['type'] === MEMO_NODES.listItem ? item['content'] : undefined;
          const paragraph =
            Array.isArray(paragraphs) && paragraphs.length === 1 ? paragraphs[0] : undefined;
          if (!isObject(paragraph) || paragraph['type'] !== MEMO_NODES.paragraph) {
            throw new MemoDocumentError(`${at} must hold exactly one paragraph`);
          }
          return inlineFrom(at, paragraph);
        }),
      };
    }
    case MEMO_NODES.quotation:
      return {
        type: 'quotation',
        quotation: quotationFromAttrs(`${where} (quotation)`, node['attrs']),
      };
    case MEMO_NODES.table:
      return tableFrom(`${where} (table)`, attrs);
    default:
      throw new MemoDocumentError(`${where} has an unknown type ${JSON.stringify(node['type'])}`);
  }
}

/** Checks a document's shape and reads it as a Memo; throws MemoDocumentError naming the problem. */
export function docToMemo(
  doc: unknown,
  header: {
    title: string;
    date?: string | null | undefined;
    author?: string | null | undefined;
    classification?: string | null | undefined;
  },
): Memo {
  if (!isObject(doc) || doc['type'] !== MEMO_NODES.doc || !Array.isArray(doc['content'])) {
    throw new MemoDocumentError('it must be a ProseMirror "doc" node with content');
  }
  return {
    title: header.title,
    date: header.date ?? null,
    ...(header.author ? { author: header.author } : {}),
    ...(header.classification ? { classification: header.classification } : {}),
    blocks: doc['content'].map(blockFrom),
  };
}

/** The quotation nodes of a document with their top-level index, for source checks. */
export function quotationsOf(doc: MemoDocJson): { blockIndex: number; quotation: MemoQuotation }[] {
  const found: { blockIndex: number; quotation: MemoQuotation }[] = [];
  doc.content.forEach((node, blockIndex) => {
    if (node.type === MEMO_NODES.quotation) {
      found.push({
        blockIndex,
        quotation: quotationFromAttrs(`block ${blockIndex + 1} (quotation)`, node.attrs),
      });
    }
  });
  return found;
}
