import { describe, expect, test, vi } from 'vitest';
import { insertArticle, updateArticleText } from '../../../../db/queries/articles';
import { createNotebook, type Notebook } from '../../../../main/composition';
import { AppError } from '../../../../main/domain/errors';
import type { MemoQuotation, MemoScope } from '../../../../main/memo/model';
import { contentHash, countWords } from '../../../../main/services/imports';
import { createMemoService, type MemoPorts } from '../../../../main/services/memos';
import { tempDbFile } from '../../../helpers/temp';
import { readZip } from '../memo/zip';

// Fictional articles, people and statements.
const VELDORA = [
  'Veldora weighs railway plan',
  'The trade minister, Ilse Marrow, spoke at the port on Monday.',
  '“Freight volumes will double by the end of the decade,” Marrow said. She added that tariffs were not on the table.',
  'Tomas Ferrand, the transport minister, said the corridor would open to cargo next spring.',
].join('\n\n');
const OSTERHAL = [
  'Osterhal backs corridor talks',
  'Ilse Marrow repeated on Wednesday: “Freight volumes will double by the end of the decade.”',
  '“Customs posts must come first,” said Anouk Pelle.',
].join('\n\n');
const TARVOS = ['Tarvos reviews customs plan', 'Officials call the new terminal a dry port.'].join(
  '\n\n',
);

function article(
  notebook: Notebook,
  title: string,
  text: string,
  publishedAt: string | null,
  publisher: string | null,
): number {
  return insertArticle(notebook.db, {
    title,
    author: null,
    publisher,
    dateline: null,
    publishedAt,
    language: 'en',
    sourceUrl: null,
    format: 'text',
    sourcePath: null,
    originalName: null,
    original: new TextEncoder().encode(text),
    text,
    contentHash: contentHash(text),
    wordCount: countWords(text),
  });
}

function setup(ports: MemoPorts = {}) {
  const notebook = createNotebook({ dbFile: tempDbFile() });
  const { services } = notebook;
  const articles = {
    veldora: article(
      notebook,
      'Veldora weighs railway plan',
      VELDORA,
      '2031-03-04',
      'The Marisk Courier',
    ),
    osterhal: article(
      notebook,
      'Osterhal backs corridor talks',
      OSTERHAL,
      '2031-03-06T09:30:00Z',
      'Quenby Gazette',
    ),
    tarvos: article(notebook, 'Tarvos reviews customs plan', TARVOS, null, null),
  };
  const speakers = {
    marrow: services.speakers.create({
      name: 'Ilse Marrow',
      role: 'Trade Minister of Veldora',
      aliases: ['Marrow'],
    }).id,
    ferrand: services.speakers.create({
      name: 'Tomas Ferrand',
      role: 'Transport Minister of Veldora',
    }).id,
    pelle: services.speakers.create({ name: 'Anouk Pelle', role: null }).id,
  };
  const tags = {
    trade: services.tags.create({ name: 'Trade' }).id,
    customs: services.tags.create({ name: 'Customs' }).id,
  };
  const texts: Record<number, string> = {
    [articles.veldora]: VELDORA,
    [articles.osterhal]: OSTERHAL,
    [articles.tarvos]: TARVOS,
  };
  function highlight(
    articleId: number,
    phrase: string,
    fields: {
      kind?: 'direct' | 'indirect' | 'term' | 'highlight';
      speakerId?: number | null;
      tagIds?: number[];
      note?: string;
    } = {},
  ) {
    const start = texts[articleId]!.indexOf(phrase);
    if (start < 0) throw new Error(`phrase not found: ${phrase}`);
    return services.highlights.create({
      articleId,
      kind: fields.kind ?? 'direct',
      start,
      end: start + phrase.length,
      speakerId: fields.speakerId ?? null,
      tagIds: fields.tagIds ?? [],
      note: fields.note ?? '',
    }).id;
  }
  const highlights = {
    doubleVeldora: highlight(
      articles.veldora,
      'Freight volumes will double by the end of the decade,',
      { speakerId: speakers.marrow, tagIds: [tags.trade], note: 'First time the figure is given.' },
    ),
    doubleOsterhal: highlight(
      articles.osterhal,
      'Freight volumes will double by the end of the decade.',
      { speakerId: speakers.marrow, tagIds: [tags.trade] },
    ),
    tariffs: highlight(articles.veldora, 'She added that tariffs were not on the table.', {
      kind: 'indirect',
      speakerId: speakers.marrow,
      tagIds: [tags.trade],
    }),
    corridor: highlight(articles.veldora, 'the corridor would open to cargo next spring', {
      kind: 'indirect',
      speakerId: speakers.ferrand,
    }),
    customs: highlight(articles.osterhal, 'Customs posts must come first,', {
      speakerId: speakers.pelle,
      tagIds: [tags.customs],
    }),
    dryPort: highlight(articles.tarvos, 'dry port', { kind: 'term', tagIds: [tags.customs] }),
  };
  const memos = createMemoService(notebook.db, ports);
  return { notebook, services, articles, speakers, tags, highlights, memos };
}

function quotations(memo: { blocks: { type: string }[] }): MemoQuotation[] {
  return memo.blocks.flatMap((block) =>
    'quotation' in block ? [block.quotation as MemoQuotation] : [],
  );
}

/** Terms and unattributed passages are left out of a memo unless asked for; these tests ask. */
const EVERYTHING = { includeTerms: true, includeUnattributed: true } as const;

function shown(scope: MemoScope, context = setup()): number[] {
  return quotations(context.memos.compile({ ...EVERYTHING, ...scope })).map(
    (quotation) => quotation.source.highlightId,
  );
}

describe('memo service: compiling a scope', () => {
  test('takes every highlight of the notebook when the scope is empty, showing a repeated statement once', () => {
    const context = setup();
    const { highlights } = context;
    const memo = context.memos.compile(EVERYTHING);
    expect(
      quotations(memo)
        .map((quotation) => quotation.source.highlightId)
        .sort(),
    ).toEqual(
      [
        highlights.doubleVeldora,
        highlights.tariffs,
        highlights.corridor,
        highlights.customs,
        highlights.dryPort,
      ].sort(),
    );
    const double = quotations(memo).find(
      (quotation) => quotation.source.highlightId === highlights.doubleVeldora,
    )!;
    expect(
      double.alsoReportedBy.map((citation) => [
        citation.highlightId,
        citation.publisher,
        citation.paragraph,
      ]),
    ).toEqual([[highlights.doubleOsterhal, 'Quenby Gazette', 2]]);
  });

  test('filters by speaker, tag, article and kind, each list meaning any of it', () => {
    const context = setup();
    const { highlights, speakers, tags, articles } = context;
    expect(shown({ speakerIds: [speakers.ferrand, speakers.pelle] }, context).sort()).toEqual(
      [highlights.corridor, highlights.customs].sort(),
    );
    expect(shown({ tagIds: [tags.customs] }, context).sort()).toEqual(
      [highlights.customs, highlights.dryPort].sort(),
    );
    expect(shown({ articleIds: [articles.tarvos] }, context)).toEqual([highlights.dryPort]);
    expect(shown({ kinds: ['indirect'] }, context).sort()).toEqual(
      [highlights.tariffs, highlights.corridor].sort(),
    );
    expect(shown({ kinds: ['indirect'], speakerIds: [speakers.marrow] }, context)).toEqual([
      highlights.tariffs,
    ]);
  });

  test('keeps to a date range on publication dates, inclusive, leaving out undated articles', () => {
    const context = setup();
    const { highlights } = context;
    expect(shown({ from: '2031-03-05' }, context).sort()).toEqual(
      [highlights.doubleOsterhal, highlights.customs].sort(),
    );
    expect(shown({ to: '2031-03-04' }, context).sort()).toEqual(
      [highlights.doubleVeldora, highlights.tariffs, highlights.corridor].sort(),
    );
    expect(shown({ from: '2031-03-06', to: '2031-03-06' }, context).sort()).toEqual(
      [highlights.doubleOsterhal, highlights.customs].sort(),
    );
    expect(shown({ from: '2031-03-07' }, context)).toEqual([]);
  });

  test('leaves out highlights of deleted articles', () => {
    const context = setup();
    context.services.articles.remove(context.articles.osterhal);
    const memo = context.memos.compile({});
    expect(quotations(memo).map((quotation) => quotation.source.highlightId)).not.toContain(
      context.highlights.customs,
    );
    expect(
      quotations(memo).find(
        (quotation) => quotation.source.highlightId === context.highlights.doubleVeldora,
      )!.alsoReportedBy,
    ).toEqual([]);
  });

  test('numbers the paragraph each quotation sits in', () => {
    const context = setup();
    const memo = context.memos.compile({ speakerIds: [context.speakers.ferrand] });
    expect(quotations(memo)[0]!.source.paragraph).toBe(4);
  });

  test('gives the same memo for the same scope', () => {
    const context = setup();
    const scope: MemoScope = { groupBy: 'tag', title: 'Corridor', summary: 'Where things stand.' };
    expect(JSON.stringify(context.memos.compile(scope))).toBe(
      JSON.stringify(context.memos.compile(scope)),
    );
  });

  test('reports passages that can no longer be found instead of quoting them', () => {
    const context = setup();
    context.services.highlights.reviseText(
      context.articles.tarvos,
      'Tarvos reviews customs plan\n\nOfficials said nothing.',
      contentHash,
      countWords,
    );
    const memo = context.memos.compile({});
    expect(memo.omitted?.map((omission) => omission.highlightId)).toEqual([
      context.highlights.dryPort,
    ]);
  });

  test('refuses malformed or reversed date ranges and unknown speakers, tags or articles', () => {
    const { memos } = setup();
    expect(() => memos.compile({ from: '4 March 2031' })).toThrow(/must look like 2025-04-26/);
    expect(() => memos.compile({ from: '2031-03-06', to: '2031-03-04' })).toThrow(
      /ends \(2031-03-04\) before it starts/,
    );
    expect(() => memos.compile({ speakerIds: [999] })).toThrow(AppError);
    expect(() => memos.compile({ tagIds: [999] })).toThrow(/Tag 999/);
    expect(() => memos.compile({ articleIds: [999] })).toThrow(/Article 999/);
  });

  test('finds speakers by name or alias and tags by name, as a person types them', () => {
    const { memos, speakers, tags } = setup();
    expect(memos.resolveNames({ speakers: ['marrow', 'Tomas Ferrand'], tags: ['trade'] })).toEqual({
      speakerIds: [speakers.marrow, speakers.ferrand],
      tagIds: [tags.trade],
    });
    expect(() => memos.resolveNames({ speakers: ['Jonah Vale'] })).toThrow(
      /No speaker is called “Jonah Vale”/,
    );
    expect(() => memos.resolveNames({ tags: ['Energy'] })).toThrow(/No tag is called “Energy”/);
  });
});

describe('memo service: exporting', () => {
  test('writes Markdown and HTML as UTF-8 text', async () => {
    const { memos } = setup();
    const markdown = new TextDecoder().decode(
      await memos.export({ scope: { title: 'Corridor' } }, 'md'),
    );
    expect(markdown.startsWith('# Corridor\n')).toBe(true);
    expect(markdown).toContain('Also reported by Quenby Gazette[^3].');
    const html = new TextDecoder().decode(await memos.export({ scope: {} }, 'html'));
    // The comma that led into the attribution is trimmed; the words sit in quotation marks.
    expect(html).toContain(
      '<blockquote><p>“Freight volumes will double by the end of the decade”</p></blockquote>',
    );
  });

  test('writes DOCX as a zip with the citations as footnotes', async () => {
    const { memos } = setup();
    const entries = readZip(await memos.export({ scope: {} }, 'docx'));
    expect(entries.get('word/footnotes.xml')!.toString('utf8')).toContain(
      'Quenby Gazette, 6 March 2031, paragraph 2.',
    );
  });

  test('prints PDF through the host’s port when there is one', async () => {
    const printHtmlToPdf = vi.fn(async (html: string) =>
      new TextEncoder().encode(`%PDF-printed ${html.length}`),
    );
    const { memos } = setup({ printHtmlToPdf });
    const bytes = await memos.export({ scope: {} }, 'pdf');
    expect(printHtmlToPdf).toHaveBeenCalledOnce();
    expect(printHtmlToPdf.mock.calls[0]![0]).toContain('<!doctype html>');
    expect(new TextDecoder().decode(bytes)).toMatch(/^%PDF-printed/);
  });

  test('writes PDF itself without a port', async () => {
    const { memos } = setup({ pdfFonts: () => null });
    const bytes = await memos.export({ scope: {} }, 'pdf');
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  test('exports a saved memo as the analyst edited it', async () => {
    const { memos } = setup();
    const saved = memos.create({ scope: { title: 'Corridor' } });
    const document = {
      ...saved.document,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Edited opening.' }] },
        ...saved.document.content,
      ],
    };
    memos.saveDocument(saved.id, document);
    const markdown = new TextDecoder().decode(await memos.export({ memoId: saved.id }, 'md'));
    expect(markdown.startsWith('# Corridor\n\nEdited opening.\n')).toBe(true);
  });
});

describe('memo service: saved memos', () => {
  test('new options for a saved memo change its title block at once and leave its document as it is', async () => {
    const { memos } = setup();
    const saved = memos.create({ scope: { title: 'Corridor' } });
    const updated = memos.updateScope(saved.id, {
      title: 'Corridor',
      groupBy: 'tag',
      author: 'Desk officer Lune',
      classification: 'OFFICIAL',
    });
    expect(updated.scope).toMatchObject({ groupBy: 'tag', author: 'Desk officer Lune' });
    expect(updated.document).toEqual(saved.document);
    const markdown = new TextDecoder().decode(await memos.export({ memoId: saved.id }, 'md'));
    expect(markdown.startsWith('**OFFICIAL**\n\n# Corridor\n')).toBe(true);
    expect(markdown).toContain('Prepared by Desk officer Lune');
    expect(() => memos.updateScope(saved.id, { from: '5 March' })).toThrow(/must look like/);
    expect(memos.compiledDocument({ ...updated.scope }).content[0]).toMatchObject({
      type: 'heading',
    });
  });

  test('creates a memo from a scope, storing its document, and lists it', () => {
    const { memos } = setup();
    const saved = memos.create({
      scope: { ...EVERYTHING, speakerIds: [], title: 'Corridor', groupBy: 'source' },
    });
    expect(saved).toMatchObject({ title: 'Corridor', scope: { groupBy: 'source', ...EVERYTHING } });
    expect(saved.document.type).toBe('doc');
    expect(memos.get(saved.id)).toEqual(saved);
    expect(memos.list()).toEqual([
      {
        id: saved.id,
        title: 'Corridor',
        quotationCount: 5,
        createdAt: saved.createdAt,
        updatedAt: saved.updatedAt,
      },
    ]);
  });

  test('renames, duplicates and deletes memos', () => {
    const { memos } = setup();
    const saved = memos.create({ scope: {}, title: 'Draft' });
    expect(memos.rename(saved.id, '  Corridor brief ').title).toBe('Corridor brief');
    const copy = memos.duplicate(saved.id);
    expect(copy).toMatchObject({ title: 'Corridor brief (copy)', document: saved.document });
    expect(memos.remove(saved.id)).toEqual({ id: saved.id });
    expect(memos.list().map((memo) => memo.id)).toEqual([copy.id]);
    expect(() => memos.get(saved.id)).toThrow(/Memo .* does not exist/);
    expect(() => memos.rename(copy.id, '  ')).toThrow(/needs a title/);
  });

  test('refuses to save a document that is not a memo, leaving the saved one as it was', () => {
    const { memos } = setup();
    const saved = memos.create({ scope: {} });
    expect(() =>
      memos.saveDocument(saved.id, {
        type: 'doc',
        content: [{ type: 'quotation', attrs: { exact: 'made up' } }],
      }),
    ).toThrow(/block 1 \(quotation\)/);
    expect(memos.get(saved.id).document).toEqual(saved.document);
  });
});

describe('memo service: checking sources', () => {
  test('finds nothing wrong with a memo whose sources are unchanged', () => {
    const { memos } = setup();
    expect(memos.checkSources(memos.create({ scope: {} }).id)).toEqual([]);
  });

  test('reports a quotation whose highlight was deleted', () => {
    const { memos, services, highlights } = setup();
    const saved = memos.create({ scope: {} });
    services.highlights.remove(highlights.corridor);
    const checks = memos.checkSources(saved.id);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      highlightId: highlights.corridor,
      speaker: 'Tomas Ferrand',
      problems: [{ code: 'highlight-deleted', shown: true }],
    });
    expect(saved.document.content[checks[0]!.blockIndex]!.attrs?.['highlightId']).toBe(
      highlights.corridor,
    );
  });

  test('reports a quotation whose article text no longer reads as quoted at the highlight', () => {
    const { memos, notebook, articles, highlights } = setup();
    const saved = memos.create({ scope: {} });
    const changed = VELDORA.replace('Freight volumes will double', 'Freight volumes will triple');
    updateArticleText(
      notebook.db,
      articles.veldora,
      changed,
      contentHash(changed),
      countWords(changed),
    );
    const checks = memos.checkSources(saved.id);
    expect(
      checks.map((check) => [check.highlightId, check.problems.map((problem) => problem.code)]),
    ).toEqual([[highlights.doubleVeldora, ['text-changed']]]);
  });

  test('reports a quotation whose highlight now reads differently, and an also-reported source that went', () => {
    const { memos, services, articles, highlights } = setup();
    const saved = memos.create({ scope: {} });
    const revised = VELDORA.replace(
      '“Freight volumes will double by the end of the decade,”',
      '“Freight volumes will surely double by the end of the decade,”',
    );
    services.highlights.reviseText(articles.veldora, revised, contentHash, countWords);
    services.highlights.remove(highlights.doubleOsterhal);
    const [check] = memos.checkSources(saved.id);
    expect(check?.highlightId).toBe(highlights.doubleVeldora);
    expect(check?.problems.map((problem) => [problem.code, problem.shown])).toEqual([
      ['quote-differs', true],
      ['highlight-deleted', false],
    ]);
  });

  test('reports quotations from an article that was deleted', () => {
    const { memos, services, articles, highlights } = setup();
    const saved = memos.create({ scope: EVERYTHING });
    services.articles.remove(articles.tarvos);
    expect(memos.checkSources(saved.id)).toEqual([
      expect.objectContaining({
        highlightId: highlights.dryPort,
        problems: [expect.objectContaining({ code: 'article-deleted' })],
      }),
    ]);
  });
});
