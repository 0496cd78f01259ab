import { describe, expect, test } from 'vitest';
import type { Notebook } from '../../../../main/composition';
import { cslDataSchema } from '../../../../main/interchange/csl';
import { addArticle, notebookWith, type TestArticle } from '../../../helpers/notebook';

const HARBOUR: TestArticle = {
  title: 'Quenby harbour dues to rise',
  author: 'Tomas Fenn',
  publisher: 'Quenby Courier',
  publishedAt: '2031-03-01',
  sourceUrl: 'https://courier.example/harbour',
  text: 'The Quenby harbour board met on Monday.\n\n“Dues will rise by a tenth,” said Ada Sorel, the harbour master. Ferry owners objected.\n\nThe board meets again in May.',
};

const FERRIES: TestArticle = {
  title: 'Ferry guild answers the board',
  publisher: 'Lowmarsh Gazette',
  publishedAt: '2031-03-02',
  text: 'Ira Pell, who chairs the ferry guild, said the guild “will not pay more” this year.\n\nThe guild has 𝔸 forty members.',
};

/** A notebook with both articles annotated: a quotation with speaker, tags and note, and more. */
function annotated(): { book: Notebook; ids: number[] } {
  const { book, ids } = notebookWith([HARBOUR, FERRIES]);
  const { services } = book;
  const sorel = services.speakers.create({ name: 'Ada Sorel', role: 'Harbour master' });
  const pell = services.speakers.create({ name: 'Ira Pell' });
  const harbour = services.tags.create({ name: 'Harbour' });
  const prices = services.tags.create({ name: 'Prices' });
  const mark = (articleId: number, text: string, exact: string, extra = {}) => {
    const start = text.indexOf(exact);
    return services.highlights.create({
      articleId,
      kind: 'direct',
      start,
      end: start + exact.length,
      ...extra,
    });
  };
  mark(ids[0]!, HARBOUR.text, 'Dues will rise by a tenth,', {
    speakerId: sorel.id,
    tagIds: [harbour.id, prices.id],
    note: 'Check against the board minutes.',
  });
  mark(ids[0]!, HARBOUR.text, 'Ferry owners objected.', { kind: 'highlight' });
  mark(ids[1]!, FERRIES.text, 'will not pay more', { speakerId: pell.id, kind: 'indirect' });
  mark(ids[1]!, FERRIES.text, 'forty members', { kind: 'term', tagIds: [harbour.id] });
  return { book, ids };
}

/** The annotations of an export with what differs between notebooks (ids) taken out. */
function comparable(json: string): unknown[] {
  const collection = JSON.parse(json) as { first: { items: Record<string, unknown>[] } };
  return collection.first.items.map(({ id: _id, ...rest }) => rest);
}

describe('W3C Web Annotation round trip', () => {
  test('exporting, importing into a notebook with the same articles and exporting again gives the same annotations', () => {
    const { book } = annotated();
    const first = book.services.interchange.exportAnnotations();
    const { book: other } = notebookWith([HARBOUR, FERRIES]);
    const report = other.services.interchange.importAnnotations('annotations.jsonld', first);
    expect(report).toMatchObject({ total: 4, imported: 4, fuzzy: 0, orphaned: [] });
    expect(report.createdSpeakers).toEqual(['Ada Sorel', 'Ira Pell']);
    expect(report.createdTags).toEqual(['Harbour', 'Prices']);
    const second = other.services.interchange.exportAnnotations();
    expect(comparable(second)).toEqual(comparable(first));
    book.close();
    other.close();
  });

  test('importing the same file twice adds nothing the second time', () => {
    const { book } = annotated();
    const file = book.services.interchange.exportAnnotations();
    const { book: other, ids } = notebookWith([HARBOUR, FERRIES]);
    other.services.interchange.importAnnotations('a.jsonld', file);
    const again = other.services.interchange.importAnnotations('a.jsonld', file);
    expect(again).toMatchObject({ imported: 0, alreadyPresent: 4 });
    expect(other.services.highlights.listForArticle(ids[0]!)).toHaveLength(2);
    book.close();
    other.close();
  });

  test('a file that holds the same annotation twice adds it once', () => {
    const { book, ids } = notebookWith([HARBOUR]);
    const annotation = {
      type: 'Annotation',
      target: {
        source: HARBOUR.sourceUrl,
        selector: { type: 'TextQuoteSelector', exact: 'Ferry owners objected.' },
      },
    };
    const report = book.services.interchange.importAnnotations(
      'twice.jsonld',
      JSON.stringify([annotation, annotation]),
    );
    expect(report).toMatchObject({ imported: 1, alreadyPresent: 1 });
    expect(book.services.highlights.listForArticle(ids[0]!)).toHaveLength(1);
    book.close();
  });

  test('an annotation whose text moved is placed by its quote and context', () => {
    const { book } = annotated();
    const file = book.services.interchange.exportAnnotations();
    const revised = { ...HARBOUR, text: `A new first paragraph about tides.\n\n${HARBOUR.text}` };
    const { book: other, ids } = notebookWith([revised, FERRIES]);
    const report = other.services.interchange.importAnnotations('a.jsonld', file);
    expect(report.imported).toBe(4);
    const placed = other.services.highlights.listForArticle(ids[0]!);
    for (const highlight of placed)
      expect(revised.text.slice(highlight.start, highlight.end)).toBe(highlight.exact);
    book.close();
    other.close();
  });

  test('annotations on articles the notebook lacks, or whose passage is gone, are listed as orphans', () => {
    const { book } = annotated();
    const file = book.services.interchange.exportAnnotations();
    const changed = {
      ...HARBOUR,
      text: 'The Quenby harbour board met on Monday and set nothing.\n\nFerry owners objected.',
    };
    const { book: other, ids } = notebookWith([changed]);
    const report = other.services.interchange.importAnnotations('a.jsonld', file);
    expect(report.imported).toBe(1);
    expect(report.orphaned.map((orphan) => [orphan.exact, orphan.articleId])).toEqual([
      ['Dues will rise by a tenth,', ids[0]],
      ['will not pay more', null],
      ['forty members', null],
    ]);
    const kept = other.services.highlights.listForArticle(ids[0]!).find((h) => h.orphaned);
    expect(kept).toMatchObject({ exact: 'Dues will rise by a tenth,', speakerName: 'Ada Sorel' });
    book.close();
    other.close();
  });

  test('a bad file is refused naming the file and the problem, and the notebook is unchanged', async () => {
    const { book, ids } = notebookWith([HARBOUR]);
    const good = {
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Harbour' }],
      target: {
        source: HARBOUR.sourceUrl,
        selector: [{ type: 'TextQuoteSelector', exact: 'Ferry owners objected.' }],
      },
    };
    const bad = { type: 'Annotation', target: { source: HARBOUR.sourceUrl } };
    const result = await book.dispatch('importAnnotations', {
      name: '/tmp/colleague.jsonld',
      text: JSON.stringify([good, bad]),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toContain('/tmp/colleague.jsonld');
      expect(result.error.message).toContain('annotation 2 has no target with a TextQuoteSelector');
    }
    expect(book.services.highlights.listForArticle(ids[0]!)).toEqual([]);
    expect(book.services.tags.list()).toEqual([]);
    book.close();
  });

  test('an imported annotation names an existing speaker by an alias instead of creating one', () => {
    const { book, ids } = notebookWith([HARBOUR]);
    const sorel = book.services.speakers.create({ name: 'Ada Sorel', aliases: ['A. Sorel'] });
    const report = book.services.interchange.importAnnotations(
      'a.jsonld',
      JSON.stringify({
        type: 'Annotation',
        body: { type: 'TextualBody', purpose: 'identifying', value: 'A. Sorel' },
        target: {
          source: HARBOUR.sourceUrl,
          selector: { type: 'TextQuoteSelector', exact: 'Dues will rise by a tenth,' },
        },
      }),
    );
    expect(report.createdSpeakers).toEqual([]);
    expect(book.services.highlights.listForArticle(ids[0]!)[0]!.speakerId).toBe(sorel.id);
    book.close();
  });
});

describe('REFI-QDA export', () => {
  test('the project holds one source per article and one selection per placed highlight', async () => {
    const { strFromU8, unzipSync } = await import('fflate');
    const { book } = annotated();
    const files = unzipSync(book.services.interchange.exportProject('Harbour notebook'));
    const xml = strFromU8(files['project.qde']!);
    expect(Object.keys(files).filter((name) => name.startsWith('Sources/'))).toHaveLength(2);
    expect(xml.match(/<PlainTextSelection /g)).toHaveLength(4);
    expect(xml).toContain('name="Harbour notebook"');
    book.close();
  });
});

describe('REFI-QDA import', () => {
  /** What an analyst sees of each highlight, whatever notebook holds it. */
  const seen = (book: Notebook) =>
    book.services.interchange
      .snapshot()
      .highlights.map((h) => [h.exact, h.kind, h.speakerName, h.tags.map((t) => t.name), h.note])
      .sort();

  test('a project exported and imported into an empty notebook brings its articles and highlights', () => {
    const { book } = annotated();
    const bytes = book.services.interchange.exportProject('Harbour');
    const { book: empty } = notebookWith([]);
    const report = empty.services.interchange.importProject('harbour.qdpx', bytes);
    expect(report).toMatchObject({ total: 4, imported: 4, orphaned: [] });
    expect(report.newArticles.map((article) => article.title).sort()).toEqual(
      [FERRIES.title, HARBOUR.title].sort(),
    );
    expect(seen(empty)).toEqual(seen(book));
    book.close();
    empty.close();
  });

  test('a project whose sources the notebook holds adds no articles, and a second import nothing', () => {
    const { book } = annotated();
    const bytes = book.services.interchange.exportProject('Harbour');
    const { book: other } = notebookWith([HARBOUR, FERRIES]);
    expect(other.services.interchange.importProject('h.qdpx', bytes)).toMatchObject({
      imported: 4,
      newArticles: [],
    });
    expect(other.services.interchange.importProject('h.qdpx', bytes)).toMatchObject({
      imported: 0,
      alreadyPresent: 4,
    });
    expect(other.services.articles.count()).toBe(2);
    book.close();
    other.close();
  });

  test('a file that is not a project is refused by name and the notebook is unchanged', async () => {
    const { book } = notebookWith([HARBOUR]);
    const result = await book.dispatch('importProject', {
      name: 'notes.qdpx',
      data: Buffer.from('not a zip').toString('base64'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toContain('notes.qdpx is not a REFI-QDA project');
    expect(book.services.articles.count()).toBe(1);
    book.close();
  });
});

describe('CSL-JSON of a memo’s sources', () => {
  test('lists each article the memo cites once, valid against the csl-data schema', () => {
    const { book, ids } = annotated();
    addArticle(book, { title: 'Uncited', text: 'Nothing quoted here at all.' });
    const json = book.services.interchange.memoSources({
      scope: { kinds: ['direct', 'indirect'] },
    });
    const items = cslDataSchema.parse(JSON.parse(json));
    expect(items.map((item) => item.id).sort()).toEqual(
      ids.map((id) => `dossier-article-${id}`).sort(),
    );
    expect(items.find((item) => item.title === HARBOUR.title)).toMatchObject({
      author: [{ family: 'Fenn', given: 'Tomas' }],
      'container-title': 'Quenby Courier',
      URL: HARBOUR.sourceUrl,
      issued: { 'date-parts': [[2031, 3, 1]] },
    });
    book.close();
  });
});
