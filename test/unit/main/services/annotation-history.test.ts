// Undo, redo and revert of annotation changes (main/services/highlights.ts): per article, in
// words, one step per click, and revertible from the notebook-wide History.
import { describe, expect, test } from 'vitest';
import { notebookWith } from '../../../helpers/notebook';

const HARBOUR =
  'The harbour board met on Tuesday.\n\n"We will dredge the channel," said Mira Venn.';
const ORCHARD = 'The orchard co-op voted.\n\n"Prices will hold," said Oskar Lind, its chair.';

function setup() {
  const { book, ids } = notebookWith([
    { title: 'Harbour board', text: HARBOUR },
    { title: 'Orchard vote', text: ORCHARD },
  ]);
  const [harbour, orchard] = ids as [number, number];
  const highlights = book.services.highlights;
  const quote = (articleId: number, text: string, exact: string) => {
    const start = text.indexOf(exact);
    return highlights.create({ articleId, kind: 'direct', start, end: start + exact.length });
  };
  return { book, harbour, orchard, highlights, quote };
}

describe('annotation history', () => {
  test('undo in one article never takes back a later change made in another', () => {
    const { harbour, orchard, highlights, quote } = setup();
    const inHarbour = quote(harbour, HARBOUR, 'We will dredge the channel');
    const inOrchard = quote(orchard, ORCHARD, 'Prices will hold');
    const change = highlights.undo(harbour);
    expect(change?.removed).toEqual([inHarbour.id]);
    expect(highlights.listForArticle(orchard).map((item) => item.id)).toEqual([inOrchard.id]);
    expect(highlights.undo(harbour)).toBeNull();
  });

  test('redo in one article does not re-apply a change undone in another', () => {
    const { harbour, orchard, highlights, quote } = setup();
    quote(orchard, ORCHARD, 'Prices will hold');
    highlights.undo(orchard);
    quote(harbour, HARBOUR, 'We will dredge the channel');
    expect(highlights.redo(harbour)).toBeNull();
    expect(highlights.listForArticle(orchard)).toHaveLength(0);
  });

  test('the label of a tag edit names the tag and the passage', () => {
    const { book, harbour, highlights, quote } = setup();
    const ports = book.services.tags.create({ name: 'ports' });
    const created = quote(harbour, HARBOUR, 'We will dredge the channel');
    highlights.update(created.id, { tagIds: [ports.id] });
    expect(highlights.undo(harbour)?.label).toBe(
      'tag ‘ports’ on quotation “We will dredge the channel”',
    );
  });

  test('lists recent changes across the notebook, newest first, with their article', () => {
    const { harbour, orchard, highlights, quote } = setup();
    quote(harbour, HARBOUR, 'We will dredge the channel');
    quote(orchard, ORCHARD, 'Prices will hold');
    expect(
      highlights.recentChanges().map((entry) => [entry.articleTitle, entry.label, entry.undone]),
    ).toEqual([
      ['Orchard vote', 'Add quotation “Prices will hold”', false],
      ['Harbour board', 'Add quotation “We will dredge the channel”', false],
    ]);
  });

  test('reverting an older edit puts back only what it changed and keeps a later edit', () => {
    const { book, harbour, highlights, quote } = setup();
    const ports = book.services.tags.create({ name: 'ports' });
    const created = quote(harbour, HARBOUR, 'We will dredge the channel');
    highlights.update(created.id, { tagIds: [ports.id] });
    const tagging = highlights.recentChanges()[0]!;
    highlights.update(created.id, { note: 'Check the budget' });
    const reverted = highlights.revert(tagging.id);
    expect(reverted.articleId).toBe(harbour);
    expect(highlights.get(created.id)).toMatchObject({ note: 'Check the budget', tags: [] });
    highlights.undo(harbour);
    expect(highlights.get(created.id).tags.map((tag) => tag.name)).toEqual(['ports']);
  });

  test('reverting a deletion brings the annotation back with its id', () => {
    const { harbour, highlights, quote } = setup();
    const created = quote(harbour, HARBOUR, 'We will dredge the channel');
    highlights.remove(created.id);
    const deletion = highlights.recentChanges()[0]!;
    expect(highlights.revert(deletion.id).upserted.map((item) => item.id)).toEqual([created.id]);
  });

  test('refuses to revert a change that is already undone', () => {
    const { harbour, highlights, quote } = setup();
    quote(harbour, HARBOUR, 'We will dredge the channel');
    highlights.undo(harbour);
    const entry = highlights.recentChanges()[0]!;
    expect(() => highlights.revert(entry.id)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });

  test('a batch is one undo step', () => {
    const { harbour, highlights, quote } = setup();
    highlights.batch(harbour, 'Two at once', () => {
      quote(harbour, HARBOUR, 'We will dredge the channel');
      quote(harbour, HARBOUR, 'The harbour board met');
    });
    const change = highlights.undo(harbour);
    expect(change?.label).toBe('Two at once');
    expect(change?.removed).toHaveLength(2);
    expect(highlights.listForArticle(harbour)).toHaveLength(0);
    expect(highlights.redo(harbour)?.upserted).toHaveLength(2);
  });
});
