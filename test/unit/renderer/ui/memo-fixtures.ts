// A fictional saved memo for the memo view's DOM tests: two quotations from the Tessaly
// Herald under a heading, built with the memo schema so it is a document the editor accepts.
import type { SavedMemo } from '../../../../main/ipc/contract';
import { memoSchema, type QuotationAttrs } from '../../../../renderer/memo/schema';

export function quotationNode(highlightId: number, exact: string) {
  const attrs: QuotationAttrs = {
    highlightId,
    kind: 'direct',
    exact,
    speaker: 'Oren Talvik',
    role: 'valley engineer',
    note: '',
    articleId: 7,
    articleTitle: 'Varn valley dam approved',
    articleAuthor: null,
    articlePublisher: 'The Tessaly Herald',
    articlePublishedAt: '2033-04-02',
    paragraph: 3,
    start: highlightId,
    end: highlightId + exact.length,
    alsoReportedBy: [],
  };
  return memoSchema.nodes['quotation']!.create(attrs);
}

export const paragraphNode = (text: string) =>
  memoSchema.nodes['paragraph']!.create(null, memoSchema.text(text));

export function savedMemo(): SavedMemo {
  const doc = memoSchema.nodes['doc']!.create(null, [
    memoSchema.nodes['heading']!.create({ level: 1 }, memoSchema.text('Dam briefing')),
    quotationNode(11, 'The dam will hold the spring floods.'),
    paragraphNode('The town pays its share.'),
    quotationNode(12, 'Work starts in May.'),
  ]);
  return {
    id: 3,
    title: 'Dam briefing',
    scope: { groupBy: 'speaker', title: 'Dam briefing' },
    document: doc.toJSON() as SavedMemo['document'],
    createdAt: '2033-04-04T08:00:00Z',
    updatedAt: '2033-04-04T08:00:00Z',
  };
}
