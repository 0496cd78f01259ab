/**
 * The ProseMirror schema of an editable briefing memo: headings, paragraphs (with emphasis
 * and strong marks), bullet lists, and quotation blocks. A quotation is an atom: it can be
 * selected, dragged, moved and deleted as a whole, but its words are attributes, not
 * editable text, because they must stay exactly what the source says.
 *
 * The quotation attributes, and the wording of attributions and source labels, come from
 * main/domain (quotation.ts, citation.ts), as they do for main/memo/document.ts, which writes
 * the documents this schema reads (a unit test checks the node and attribute names agree).
 * Pure: toDOM returns DOM specs, so the schema and its helpers run in Node.
 */
import {
  Schema,
  type Attrs,
  type DOMOutputSpec,
  type Node as ProseMirrorNode,
} from 'prosemirror-model';
import { attributionText, sourceLabel } from '../../main/domain/citation';
import type { MemoCitation } from '../../main/domain/memo';
import type { QuotationAttrs } from '../../main/domain/quotation';
import type { HighlightKind } from '../../main/domain/vocabulary';

/** The kind of a quotation node: any highlight kind. */
export type QuotationKind = HighlightKind;

/** A citation of an "also reported by" source, as stored on a quotation node. */
export type QuotationCitation = MemoCitation;

export type { QuotationAttrs };

const QUOTATION_DEFAULTS: {
  [Name in keyof QuotationAttrs]: { default?: unknown; validate: string };
} = {
  highlightId: { validate: 'number' },
  kind: { default: 'direct', validate: 'string' },
  exact: { validate: 'string' },
  speaker: { default: null, validate: 'string|null' },
  role: { default: null, validate: 'string|null' },
  note: { default: '', validate: 'string' },
  articleId: { validate: 'number' },
  articleTitle: { default: '', validate: 'string' },
  articleAuthor: { default: null, validate: 'string|null' },
  articlePublisher: { default: null, validate: 'string|null' },
  articlePublishedAt: { default: null, validate: 'string|null' },
  paragraph: { default: null, validate: 'number|null' },
  start: { default: 0, validate: 'number' },
  end: { default: 0, validate: 'number' },
  alsoReportedBy: { default: [], validate: 'object' },
  reported: { default: null, validate: 'string|null' },
};

export const QUOTATION_ATTR_NAMES = Object.keys(QUOTATION_DEFAULTS) as (keyof QuotationAttrs)[];

export function quotationAttrsOf(node: ProseMirrorNode): QuotationAttrs {
  return node.attrs as unknown as QuotationAttrs;
}

/** "Name, role" under a quotation, as the memo writers print it. */
export function quotationAttribution(attrs: QuotationAttrs): string | null {
  return attributionText(attrs);
}

/** The short name of a source: its publisher, else its title. */
export function quotationSourceLabel(attrs: QuotationAttrs): string {
  return sourceLabel({ publisher: attrs.articlePublisher, title: attrs.articleTitle });
}

function quotationToDom(node: ProseMirrorNode): DOMOutputSpec {
  const attrs = quotationAttrsOf(node);
  const attribution = quotationAttribution(attrs);
  // Reported speech shows the sentence the exported memo prints; its passage is in the title.
  const sentence =
    attrs.kind === 'indirect' && attrs.reported && attrs.speaker
      ? attrs.reported.split('{speaker}').join(attrs.speaker)
      : null;
  const parts: DOMOutputSpec[] = [
    sentence
      ? ['p', { class: 'memo-quotation-reported', title: attrs.exact }, sentence]
      : ['blockquote', ['p', attrs.exact]],
  ];
  const source = `${quotationSourceLabel(attrs)}${attrs.paragraph === null ? '' : `, paragraph ${attrs.paragraph}`}`;
  parts.push([
    'p',
    { class: 'memo-quotation-attribution' },
    attribution ? `— ${attribution} (${source})` : `(${source})`,
  ]);
  if (attrs.alsoReportedBy.length > 0) {
    const labels = attrs.alsoReportedBy.map(sourceLabel);
    parts.push(['p', { class: 'memo-quotation-also' }, `Also reported by ${labels.join(', ')}`]);
  }
  if (attrs.note) parts.push(['p', { class: 'memo-quotation-note' }, attrs.note]);
  return [
    'div',
    {
      class: `memo-quotation memo-quotation-${attrs.kind}`,
      'data-highlight-id': String(attrs.highlightId),
      // The full attributes ride along so a copied quotation pastes back whole.
      'data-quotation': JSON.stringify(attrs),
    },
    ...parts,
  ];
}

function quotationFromDom(dom: HTMLElement): Attrs | false {
  try {
    const attrs = JSON.parse(dom.getAttribute('data-quotation') ?? '') as Record<string, unknown>;
    return typeof attrs['highlightId'] === 'number' && typeof attrs['exact'] === 'string'
      ? attrs
      : false;
  } catch {
    return false;
  }
}

function tableToDom(node: ProseMirrorNode): DOMOutputSpec {
  const { caption, header, rows } = node.attrs as {
    caption: string;
    header: string[];
    rows: string[][];
  };
  const row = (tag: 'th' | 'td', cells: readonly string[]): DOMOutputSpec => [
    'tr',
    ...header.map((_, index): DOMOutputSpec => [tag, cells[index] ?? '']),
  ];
  return [
    'table',
    { class: 'memo-table', 'data-table': JSON.stringify({ caption, header, rows }) },
    ['caption', caption],
    ['thead', row('th', header)],
    ['tbody', ...rows.map((cells) => row('td', cells))],
  ];
}

function tableFromDom(dom: HTMLElement): Attrs | false {
  try {
    const attrs = JSON.parse(dom.getAttribute('data-table') ?? '') as Record<string, unknown>;
    return Array.isArray(attrs['header']) && Array.isArray(attrs['rows']) ? attrs : false;
  } catch {
    return false;
  }
}

export const memoSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      group: 'block',
      content: 'text*',
      marks: '_',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    heading: {
      group: 'block',
      content: 'text*',
      marks: '_',
      defining: true,
      attrs: { level: { default: 2, validate: 'number' } },
      parseDOM: [
        { tag: 'h1', attrs: { level: 1 } },
        { tag: 'h2', attrs: { level: 2 } },
        { tag: 'h3', attrs: { level: 3 } },
      ],
      toDOM: (node) => [`h${String(node.attrs['level'])}`, 0],
    },
    bullet_list: {
      group: 'block',
      content: 'list_item+',
      parseDOM: [{ tag: 'ul' }],
      toDOM: () => ['ul', 0],
    },
    list_item: {
      content: 'paragraph',
      defining: true,
      parseDOM: [{ tag: 'li' }],
      toDOM: () => ['li', 0],
    },
    // A table of text cells (main/domain/memo.ts MemoTable), shown read-only like a quotation.
    memo_table: {
      group: 'block',
      atom: true,
      selectable: true,
      draggable: true,
      attrs: {
        caption: { default: '', validate: 'string' },
        header: { default: [], validate: 'object' },
        rows: { default: [], validate: 'object' },
      },
      parseDOM: [{ tag: 'table.memo-table', getAttrs: tableFromDom }],
      toDOM: tableToDom,
    },
    quotation: {
      group: 'block',
      atom: true,
      selectable: true,
      draggable: true,
      attrs: QUOTATION_DEFAULTS,
      parseDOM: [{ tag: 'div.memo-quotation', getAttrs: quotationFromDom }],
      toDOM: quotationToDom,
    },
    text: {},
  },
  marks: {
    em: {
      parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }],
      toDOM: () => ['em', 0],
    },
    strong: {
      parseDOM: [{ tag: 'strong' }, { tag: 'b' }, { style: 'font-weight=bold' }],
      toDOM: () => ['strong', 0],
    },
  },
});

/** A memo document from the JSON the API returns, checked against the schema. */
export function memoDocFromJson(json: unknown): ProseMirrorNode {
  const doc = memoSchema.nodeFromJSON(json);
  doc.check();
  return doc;
}

/** Each quotation of a document with its position, in document order. */
export function quotationsIn(doc: ProseMirrorNode): { pos: number; attrs: QuotationAttrs }[] {
  const found: { pos: number; attrs: QuotationAttrs }[] = [];
  doc.forEach((node, offset) => {
    if (node.type === memoSchema.nodes['quotation'])
      found.push({ pos: offset, attrs: quotationAttrsOf(node) });
  });
  return found;
}
