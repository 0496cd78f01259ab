// Briefing memos: selects the rows a scope names (db/queries/memos.ts), compiles them into a
// Memo (main/memo/compile.ts), writes it in the format asked for, and keeps saved memos (the
// scope and the analyst's edited ProseMirror document) with a check that every quotation
// still matches its source. PDF comes from a port when the host has a browser engine
// (Electron's printToPDF of the HTML), else from the built-in pdfkit writer.
import type { NotebookDatabase } from '../../db/open';
import { getArticle } from '../../db/queries/articles';
import * as queries from '../../db/queries/memos';
import { findSpeakerByName, getSpeaker } from '../../db/queries/speakers';
import { findTagByName, getTag } from '../../db/queries/tags';
import { paragraphAt, paragraphBreaks } from '../memo/citation';
import { DEFAULT_TITLE, compileMemo } from '../memo/compile';
import { withFiguresInDispute } from '../memo/figures-section';
import type { FigureConflict } from '../domain/figures';
import { sentenceAround } from '../memo/reported-speech';
import { MemoDocumentError, docToMemo, memoToDoc, quotationsOf } from '../memo/document';
import { writeHtml } from '../memo/html';
import { writeMarkdown } from '../memo/markdown';
import type {
  Memo,
  MemoCitation,
  MemoDocJson,
  MemoFormat,
  MemoRow,
  MemoScope,
  MemoSourceEntry,
  SavedMemo,
  SavedMemoSummary,
  SourceCheck,
  SourceProblem,
} from '../memo/model';
import type { PdfFonts } from '../memo/pdf';
import { findPdfFonts } from '../memo/pdf-fonts';
import type { CitationStyle } from '../domain/citation';
import { invalidInput, notFound } from '../domain/errors';
import type { SourcePassage } from '../domain/memo';
import { writeTransaction } from '../../db/transaction';
import type { MemoPage, NamePageRequest } from '../domain/name-pages';

export interface MemoPorts {
  /** Prints a standalone HTML page to PDF (the desktop app passes Electron's printToPDF). */
  printHtmlToPdf?: ((html: string) => Promise<Uint8Array>) | undefined;
  /** Fonts for the built-in PDF writer; by default the system's serif fonts, if any. */
  pdfFonts?: (() => PdfFonts | null) | undefined;
  /** The notebook's disagreeing figures, for a memo that asks for its "Figures in dispute" table. */
  figuresInDispute?: (() => readonly FigureConflict[]) | undefined;
}

/** What to export: a scope compiled afresh, a saved memo as edited, or a Memo already built. */
export type MemoSource = { scope: MemoScope } | { memoId: number } | { memo: Memo };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkScope(scope: MemoScope): void {
  for (const [name, value] of [
    ['from', scope.from],
    ['to', scope.to],
  ] as const) {
    if (value != null && !DATE.test(value))
      throw invalidInput(`The memo's “${name}” date must look like 2025-04-26, not “${value}”.`);
  }
  if (scope.from && scope.to && scope.from > scope.to) {
    throw invalidInput(
      `The memo's date range ends (${scope.to}) before it starts (${scope.from}).`,
    );
  }
}

function paragraphFinder(text: string): (offset: number) => number {
  const breaks = paragraphBreaks(text);
  return (offset) => paragraphAt(breaks, offset);
}

export function createMemoService(db: NotebookDatabase, ports: MemoPorts = {}) {
  let fonts: PdfFonts | null | undefined;

  function checkReferences(scope: MemoScope): void {
    for (const id of scope.speakerIds ?? []) if (!getSpeaker(db, id)) throw notFound('Speaker', id);
    for (const id of scope.tagIds ?? []) if (!getTag(db, id)) throw notFound('Tag', id);
    for (const id of scope.articleIds ?? []) if (!getArticle(db, id)) throw notFound('Article', id);
  }

  function rowsFor(scope: MemoScope): MemoRow[] {
    const { rows, articles } = queries.queryMemoRows(db, scope);
    const paragraphOf = new Map(
      [...articles.values()].map((article) => [article.id, paragraphFinder(article.text)]),
    );
    for (const row of rows) {
      if (row.orphaned) continue;
      row.paragraph = paragraphOf.get(row.articleId)!(row.start);
      // Reported speech is written as a sentence from the words around it.
      if (row.kind === 'indirect')
        Object.assign(row, sentenceAround(articles.get(row.articleId)!.text, row.start, row.end));
    }
    return rows;
  }

  /** The articles a memo cites, with their current details and web address. */
  function withSources(memo: Memo): Memo {
    const ids = new Set<number>();
    for (const block of memo.blocks)
      if (block.type === 'quotation')
        for (const citation of [block.quotation.source, ...block.quotation.alsoReportedBy])
          ids.add(citation.articleId);
    const sources: MemoSourceEntry[] = [];
    for (const articleId of ids) {
      const article = getArticle(db, articleId);
      if (!article) continue;
      sources.push({
        articleId,
        title: article.title,
        author: article.author,
        publisher: article.publisher,
        publishedAt: article.publishedAt,
        url: article.sourceUrl,
      });
    }
    return { ...memo, sources };
  }

  function compile(scope: MemoScope): Memo {
    checkScope(scope);
    checkReferences(scope);
    const memo = compileMemo(rowsFor(scope), scope);
    return scope.includeFiguresInDispute && ports.figuresInDispute
      ? withFiguresInDispute(memo, ports.figuresInDispute())
      : memo;
  }

  function requireRecord(id: number): queries.MemoRecord {
    const record = queries.getMemo(db, id);
    if (!record) throw notFound('Memo', id);
    return record;
  }

  function parseDocument(document: string | null): MemoDocJson {
    if (document === null) return { type: 'doc', content: [{ type: 'paragraph' }] };
    return JSON.parse(document) as MemoDocJson;
  }

  /**
   * The document with each citation's title, author, publisher and date as its article has
   * them now, so an edit of an article's details reaches every saved memo when it is shown or
   * exported. A citation of an article no longer there keeps what it had.
   */
  function withCurrentMetadata(document: MemoDocJson): MemoDocJson {
    const ids = new Set<number>();
    for (const node of document.content) {
      if (node.type !== 'quotation' || !node.attrs) continue;
      if (typeof node.attrs['articleId'] === 'number') ids.add(node.attrs['articleId']);
      const also = node.attrs['alsoReportedBy'];
      if (Array.isArray(also))
        for (const citation of also as { articleId?: unknown }[])
          if (typeof citation.articleId === 'number') ids.add(citation.articleId);
    }
    if (ids.size === 0) return document;
    const metadata = queries.articleMetadata(db, [...ids]);
    const refreshCitation = (citation: unknown): unknown => {
      if (typeof citation !== 'object' || citation === null) return citation;
      const current = metadata.get((citation as { articleId?: number }).articleId ?? -1);
      return current ? { ...citation, ...current } : citation;
    };
    return {
      ...document,
      content: document.content.map((node) => {
        if (node.type !== 'quotation' || !node.attrs) return node;
        const current = metadata.get(node.attrs['articleId'] as number);
        const also = node.attrs['alsoReportedBy'];
        return {
          ...node,
          attrs: {
            ...node.attrs,
            ...(current
              ? {
                  articleTitle: current.title,
                  articleAuthor: current.author,
                  articlePublisher: current.publisher,
                  articlePublishedAt: current.publishedAt,
                }
              : {}),
            ...(Array.isArray(also) ? { alsoReportedBy: also.map(refreshCitation) } : {}),
          },
        };
      }),
    };
  }

  function toSaved(record: queries.MemoRecord): SavedMemo {
    return {
      id: record.id,
      title: record.title,
      scope: JSON.parse(record.scope) as MemoScope,
      document: withCurrentMetadata(parseDocument(record.document)),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
  }

  function savedMemoModel(id: number): Memo {
    const saved = toSaved(requireRecord(id));
    return readable(() =>
      docToMemo(saved.document, {
        title: saved.title,
        date: saved.scope.date,
        author: saved.scope.author,
        classification: saved.scope.classification,
      }),
    );
  }

  function memoFor(source: MemoSource): Memo {
    if ('memo' in source) return source.memo;
    if ('memoId' in source) return withSources(savedMemoModel(source.memoId));
    return withSources(compile(source.scope));
  }

  async function pdf(memo: Memo): Promise<Uint8Array> {
    if (ports.printHtmlToPdf) return ports.printHtmlToPdf(writeHtml(memo));
    if (fonts === undefined) fonts = (ports.pdfFonts ?? findPdfFonts)();
    // The PDF and DOCX writers load pdfkit and docx (a quarter of a second together): only
    // when a memo is exported in that format, so every other command starts without them.
    const { PdfFontError, writePdf } = await import('../memo/pdf');
    try {
      return await writePdf(memo, { fonts });
    } catch (error) {
      if (error instanceof PdfFontError) throw invalidInput(error.message);
      throw error;
    }
  }

  type Anchors = ReturnType<typeof queries.highlightAnchors>;
  type Texts = ReturnType<typeof queries.articleTexts>;

  /** What a source check needs of articles beyond the memo's own highlights, read once each. */
  interface CheckContext {
    readonly texts: Map<number, { text: string; deleted: boolean }>;
    readonly metadata: Map<number, queries.ArticleMetadata>;
    readonly paragraphs: Map<number, (offset: number) => number>;
  }

  function passageIn(
    context: CheckContext,
    found: { highlightId: number; articleId: number; exact: string; start: number; end: number },
  ): SourcePassage | undefined {
    if (!context.texts.has(found.articleId))
      for (const [id, text] of queries.articleTexts(db, [found.articleId]))
        context.texts.set(id, text);
    if (!context.metadata.has(found.articleId))
      for (const [id, details] of queries.articleMetadata(db, [found.articleId]))
        context.metadata.set(id, details);
    const article = context.texts.get(found.articleId);
    const details = context.metadata.get(found.articleId);
    if (!article || article.deleted || !details) return undefined;
    let paragraphOf = context.paragraphs.get(found.articleId);
    if (!paragraphOf) {
      paragraphOf = paragraphFinder(article.text);
      context.paragraphs.set(found.articleId, paragraphOf);
    }
    return { ...found, paragraph: paragraphOf(found.start), ...details };
  }

  /** A placed highlight of a live article with the memo's words, its own article first. */
  function relinkTarget(citation: MemoCitation, context: CheckContext): SourcePassage | undefined {
    const candidates = queries
      .highlightsWithText(db, [citation.exact])
      .filter((candidate) => candidate.id !== citation.highlightId)
      .sort(
        (a, b) =>
          Number(b.articleId === citation.articleId) - Number(a.articleId === citation.articleId),
      );
    for (const candidate of candidates) {
      const found = passageIn(context, { ...candidate, highlightId: candidate.id });
      if (found) return found;
    }
    return undefined;
  }

  function checkCitation(
    citation: MemoCitation,
    shown: boolean,
    anchors: Anchors,
    texts: Texts,
    paragraphs: Map<number, (offset: number) => number>,
  ): SourceProblem[] {
    const context: CheckContext = {
      texts: texts as CheckContext['texts'],
      metadata: new Map(),
      paragraphs,
    };
    const problem = (
      code: SourceProblem['code'],
      message: string,
      fixes: { current?: SourcePassage | undefined; relinkTo?: SourcePassage | undefined } = {},
    ): SourceProblem => ({
      highlightId: citation.highlightId,
      shown,
      code,
      message,
      ...(fixes.current ? { current: fixes.current } : {}),
      ...(fixes.relinkTo ? { relinkTo: fixes.relinkTo } : {}),
    });
    const lost = (code: SourceProblem['code'], message: string) => [
      problem(code, message, { relinkTo: relinkTarget(citation, context) }),
    ];
    const anchor = anchors.get(citation.highlightId);
    if (!anchor)
      return lost('highlight-deleted', 'The highlight this quotation came from has been deleted.');
    const article = texts.get(anchor.articleId);
    if (!article || article.deleted) {
      return lost(
        'article-deleted',
        `The article “${citation.title}” has been deleted from the library.`,
      );
    }
    if (anchor.orphaned) {
      return lost(
        'highlight-orphaned',
        `The passage can no longer be found in the current text of “${citation.title}”.`,
      );
    }
    const textNow = article.text.slice(anchor.start, anchor.end);
    const current = passageIn(context, {
      highlightId: citation.highlightId,
      articleId: anchor.articleId,
      exact: textNow === anchor.exact ? anchor.exact : textNow,
      start: anchor.start,
      end: anchor.end,
    });
    const problems: SourceProblem[] = [];
    if (article.text.slice(anchor.start, anchor.end) !== anchor.exact) {
      problems.push(
        problem(
          'text-changed',
          `The text of “${citation.title}” at this passage no longer reads as highlighted.`,
          { current },
        ),
      );
    }
    if (anchor.exact !== citation.exact) {
      problems.push(
        problem(
          'quote-differs',
          `The highlight now reads “${anchor.exact}”, not the words the memo quotes.`,
          { current },
        ),
      );
    }
    let paragraphOf = paragraphs.get(anchor.articleId);
    if (!paragraphOf) {
      paragraphOf = paragraphFinder(article.text);
      paragraphs.set(anchor.articleId, paragraphOf);
    }
    const paragraph = paragraphOf(anchor.start);
    if (problems.length === 0 && citation.paragraph !== null && paragraph !== citation.paragraph) {
      problems.push(
        problem(
          'citation-moved',
          `The passage is now in paragraph ${paragraph}, not paragraph ${citation.paragraph}.`,
          { current },
        ),
      );
    }
    return problems;
  }

  /** Runs a read of a memo document, reporting a malformed one as bad input, not a crash. */
  function readable<T>(read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof MemoDocumentError) throw invalidInput(error.message);
      throw error;
    }
  }

  function validDocument(document: unknown, title: string): MemoDocJson {
    readable(() => docToMemo(document, { title }));
    return document as MemoDocJson;
  }

  function cleanTitle(title: string): string {
    const trimmed = title.trim();
    if (!trimmed) throw invalidInput('A memo needs a title.');
    return trimmed;
  }

  return {
    compile,

    /** The memo in the given format, as bytes (UTF-8 for Markdown and HTML). */
    async export(
      source: MemoSource,
      format: MemoFormat,
      options: { citationStyle?: CitationStyle | undefined } = {},
    ): Promise<Uint8Array> {
      const compiled = memoFor(source);
      const memo = options.citationStyle
        ? { ...compiled, citationStyle: options.citationStyle }
        : compiled;
      switch (format) {
        case 'md':
          return new TextEncoder().encode(writeMarkdown(memo));
        case 'html':
          return new TextEncoder().encode(writeHtml(memo));
        case 'docx':
          return (await import('../memo/docx')).writeDocx(memo);
        case 'pdf':
          return pdf(memo);
      }
    },

    /** Speaker and tag ids for names (or aliases) as a person types them, e.g. on the command line. */
    resolveNames(names: { speakers?: string[] | undefined; tags?: string[] | undefined }): {
      speakerIds: number[];
      tagIds: number[];
    } {
      const speakerIds = (names.speakers ?? []).map((name) => {
        const speaker = findSpeakerByName(db, name.trim());
        if (!speaker)
          throw invalidInput(
            `No speaker is called “${name}” (names and aliases are matched regardless of case).`,
          );
        return speaker.id;
      });
      const tagIds = (names.tags ?? []).map((name) => {
        const tag = findTagByName(db, name.trim());
        if (!tag) throw invalidInput(`No tag is called “${name}”.`);
        return tag.id;
      });
      return { speakerIds, tagIds };
    },

    /** Compiles the scope and saves the result as an editable memo. */
    create(input: { scope: MemoScope; title?: string | undefined }): SavedMemo {
      return writeTransaction(db, () => {
        const memo = compile(input.scope);
        const title = cleanTitle(input.title ?? input.scope.title ?? DEFAULT_TITLE);
        const id = queries.insertMemo(db, {
          title,
          scope: JSON.stringify(input.scope),
          document: JSON.stringify(memoToDoc(memo)),
        });
        return toSaved(requireRecord(id));
      });
    },

    list(): SavedMemoSummary[] {
      return queries.listMemos(db);
    },

    /** The memos section's page: most recently changed first, filtered by title. */
    page(request: NamePageRequest): MemoPage {
      return queries.listMemoPage(db, request);
    },

    get(id: number): SavedMemo {
      return toSaved(requireRecord(id));
    },

    rename(id: number, title: string): SavedMemo {
      const clean = cleanTitle(title);
      requireRecord(id);
      queries.renameMemo(db, id, clean);
      return toSaved(requireRecord(id));
    },

    duplicate(id: number, title?: string): SavedMemo {
      return writeTransaction(db, () => {
        const original = requireRecord(id);
        const copy = queries.insertMemo(db, {
          title: cleanTitle(title ?? `${original.title} (copy)`),
          scope: original.scope,
          document: original.document ?? JSON.stringify(parseDocument(null)),
        });
        return toSaved(requireRecord(copy));
      });
    },

    remove(id: number): { id: number } {
      if (!queries.deleteMemo(db, id)) throw notFound('Memo', id);
      return { id };
    },

    /**
     * Stores new options for a saved memo: its title block shows them at once; the document
     * (the analyst's edits) is left as it is. `compiledDocument` gives the document those
     * options compile to, for a caller that rebuilds the memo (keeping a version first).
     */
    updateScope(id: number, scope: MemoScope): SavedMemo {
      checkScope(scope);
      checkReferences(scope);
      requireRecord(id);
      queries.updateMemoScope(db, id, JSON.stringify(scope));
      return toSaved(requireRecord(id));
    },

    compiledDocument(scope: MemoScope): MemoDocJson {
      return memoToDoc(compile(scope));
    },

    /** Stores the analyst's edited document, after checking it is a memo document. */
    saveDocument(id: number, document: unknown): SavedMemo {
      const record = requireRecord(id);
      queries.updateMemoDocument(db, id, JSON.stringify(validDocument(document, record.title)));
      return toSaved(requireRecord(id));
    },

    /**
     * The quotations of a saved memo whose sources no longer check out: the highlight or its
     * article was deleted, the article's text at the highlight changed, or the highlight no
     * longer reads as the memo quotes it. An empty list means every quotation is sound.
     */
    checkSources(memoId: number): SourceCheck[] {
      const document = toSaved(requireRecord(memoId)).document;
      const quotations = readable(() => quotationsOf(document));
      const citations = quotations.flatMap(({ quotation }) => [
        quotation.source,
        ...quotation.alsoReportedBy,
      ]);
      const anchors = queries.highlightAnchors(db, [
        ...new Set(citations.map((citation) => citation.highlightId)),
      ]);
      const texts = queries.articleTexts(db, [
        ...new Set([...anchors.values()].map((anchor) => anchor.articleId)),
      ]);
      const paragraphs = new Map<number, (offset: number) => number>();
      const checks: SourceCheck[] = [];
      for (const { blockIndex, quotation } of quotations) {
        const problems = [
          ...checkCitation(quotation.source, true, anchors, texts, paragraphs),
          ...quotation.alsoReportedBy.flatMap((citation) =>
            checkCitation(citation, false, anchors, texts, paragraphs),
          ),
        ];
        if (problems.length > 0) {
          checks.push({
            blockIndex,
            highlightId: quotation.source.highlightId,
            exact: quotation.source.exact,
            speaker: quotation.speaker,
            problems,
          });
        }
      }
      return checks;
    },
  };
}

export type MemoService = ReturnType<typeof createMemoService>;
