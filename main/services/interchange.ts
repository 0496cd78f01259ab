// Files other tools read, and reading theirs: W3C Web Annotation export and import, REFI-QDA
// project (.qdpx) export and import, and CSL-JSON of the sources a memo cites. Builds a plain snapshot of
// the notebook for the pure writers in main/interchange and stores what the reader returns,
// placed by the anchoring core, in one transaction: a bad file changes nothing.
import type { NotebookDatabase } from '../../db/open';
import * as queries from '../../db/queries/interchange';
import { listHighlightsForArticle } from '../../db/queries/highlights';
import { findSpeakerByName, listSpeakers } from '../../db/queries/speakers';
import { findTagByName, listTags } from '../../db/queries/tags';
import { insertHighlight } from '../../db/queries/highlights';
import { setHighlightTags } from '../../db/queries/tags';
import { writeTransaction, readTransaction } from '../../db/transaction';
import { invalidInput } from '../domain/errors';
import type {
  AnnotationImportReport,
  OrphanedAnnotation,
  ProjectImportReport,
} from '../domain/interchange';
import type { MemoCitation, MemoScope } from '../domain/memo';
import { writeCslJson } from '../interchange/csl';
import { utf16Offset } from '../interchange/ids';
import type { ImportedAnnotation, NotebookSnapshot } from '../interchange/model';
import { placeAnnotation } from '../interchange/placement';
import { packQdpx, writeRefiProject } from '../interchange/refi-qda';
import { ProjectFormatError, readQdpx, type ImportedSource } from '../interchange/refi-qda-reader';
import { insertArticle } from '../../db/queries/articles';
import { contentHash, countWords } from './import-parse';
import {
  AnnotationFormatError,
  readAnnotations,
  writeAnnotationCollection,
} from '../interchange/w3c';
import { quotationsOf } from '../memo/document';
import type { HighlightService } from './highlights';
import type { MemoService } from './memos';
import type { SpeakerService } from './speakers';
import type { TagService } from './tags';

export interface InterchangeDependencies {
  highlights: HighlightService;
  speakers: SpeakerService;
  tags: TagService;
  memos: MemoService;
  version: string;
  /** The clock, for the export's own timestamp (tests pass a fixed one). */
  now?: () => Date;
}

const URN_SHA256 = /^urn:sha256:([0-9a-f]{64})$/i;

export function createInterchangeService(db: NotebookDatabase, deps: InterchangeDependencies) {
  const now = deps.now ?? (() => new Date());

  function snapshot(): NotebookSnapshot {
    return readTransaction(db, () => {
      const articles = queries.liveArticles(db);
      return {
        articles,
        highlights: articles.flatMap((article) => listHighlightsForArticle(db, article.id)),
        speakers: listSpeakers(db),
        tags: listTags(db),
      };
    });
  }

  function articleFor(source: string): queries.InterchangeArticleRow | undefined {
    const hash = URN_SHA256.exec(source);
    if (hash) return queries.liveArticleByHash(db, hash[1]!.toLowerCase());
    return queries.liveArticleByUrl(db, source);
  }

  /** Finds or creates the speakers and tags an import names, remembering which it created. */
  function namesCreator() {
    const createdSpeakers: string[] = [];
    const createdTags: string[] = [];
    // Names are matched regardless of case, as the notebook stores them; each looked up once.
    const speakers = new Map<string, number>();
    const tags = new Map<string, number>();
    function speakerId(name: string | null): number | null {
      if (!name) return null;
      const known = speakers.get(name.toLowerCase());
      if (known !== undefined) return known;
      let id = findSpeakerByName(db, name)?.id;
      if (id === undefined) {
        createdSpeakers.push(name);
        id = deps.speakers.create({ name }).id;
      }
      speakers.set(name.toLowerCase(), id);
      return id;
    }
    function tagIds(names: readonly string[]): number[] {
      return names.map((name) => {
        const known = tags.get(name.toLowerCase());
        if (known !== undefined) return known;
        let id = findTagByName(db, name)?.id;
        if (id === undefined) {
          createdTags.push(name);
          id = deps.tags.create({ name }).id;
        }
        tags.set(name.toLowerCase(), id);
        return id;
      });
    }
    return { speakerId, tagIds, createdSpeakers, createdTags };
  }

  /** Keeps the timestamps the file gave a highlight (a round trip keeps them). */
  function keepTimes(id: number, times: { created: string | null; modified: string | null }): void {
    if (times.created)
      queries.setHighlightTimes(db, id, times.created, times.modified ?? times.created);
  }

  /**
   * Which passages (range and kind) each article already has, read once per article during an
   * import and kept up to date as it adds highlights, so a file that repeats one adds it once.
   */
  function presence() {
    const byArticle = new Map<number, Set<string>>();
    const key = (start: number, end: number, kind: string) => `${start}:${end}:${kind}`;
    function of(articleId: number): Set<string> {
      let keys = byArticle.get(articleId);
      if (!keys) {
        keys = new Set(
          listHighlightsForArticle(db, articleId).map((highlight) =>
            key(highlight.start, highlight.end, highlight.kind),
          ),
        );
        byArticle.set(articleId, keys);
      }
      return keys;
    }
    return {
      has: (articleId: number, start: number, end: number, kind: string) =>
        of(articleId).has(key(start, end, kind)),
      add: (articleId: number, start: number, end: number, kind: string) =>
        of(articleId).add(key(start, end, kind)),
    };
  }

  function storeAll(file: string, annotations: ImportedAnnotation[]): AnnotationImportReport {
    const { speakerId, tagIds, createdSpeakers, createdTags } = namesCreator();
    const present = presence();
    const articles = new Map<string, queries.InterchangeArticleRow | undefined>();
    const orphaned: OrphanedAnnotation[] = [];
    let imported = 0;
    let fuzzy = 0;
    let alreadyPresent = 0;

    for (const annotation of annotations) {
      if (!articles.has(annotation.source))
        articles.set(annotation.source, articleFor(annotation.source));
      const article = articles.get(annotation.source);
      if (!article) {
        orphaned.push({
          index: annotation.index,
          source: annotation.source,
          exact: annotation.exact,
          articleId: null,
          reason: 'no article in the notebook has this source (URL or text hash)',
        });
        continue;
      }
      const placed = placeAnnotation(article.text, annotation);
      if (placed.status === 'orphaned') {
        // Kept on its article as an orphan, as a revision keeps one: the analyst can re-place it.
        const start = annotation.position
          ? utf16Offset(article.text, annotation.position.start)
          : 0;
        const id = insertHighlight(db, {
          articleId: article.id,
          kind: annotation.kind,
          exact: annotation.exact,
          prefix: annotation.prefix,
          suffix: annotation.suffix,
          start,
          end: start + annotation.exact.length,
          speakerId: speakerId(annotation.speaker),
          note: annotation.note,
          orphaned: true,
        });
        setHighlightTags(db, id, tagIds(annotation.tags));
        keepTimes(id, annotation);
        orphaned.push({
          index: annotation.index,
          source: annotation.source,
          exact: annotation.exact,
          articleId: article.id,
          reason: `the passage is not in the text of “${article.title}”; kept there as an orphaned highlight`,
        });
        continue;
      }
      if (present.has(article.id, placed.start, placed.end, annotation.kind)) {
        alreadyPresent += 1;
        continue;
      }
      const created = deps.highlights.create({
        articleId: article.id,
        kind: annotation.kind,
        start: placed.start,
        end: placed.end,
        speakerId: speakerId(annotation.speaker),
        note: annotation.note,
        tagIds: tagIds(annotation.tags),
      });
      keepTimes(created.id, annotation);
      present.add(article.id, placed.start, placed.end, annotation.kind);
      imported += 1;
      if (placed.status === 'fuzzy') fuzzy += 1;
    }
    return {
      file,
      total: annotations.length,
      imported,
      fuzzy,
      alreadyPresent,
      orphaned,
      createdSpeakers,
      createdTags,
    };
  }

  function citedArticleIds(source: { memoId: number } | { scope: MemoScope }): number[] {
    let citations: MemoCitation[];
    if ('memoId' in source) {
      const saved = deps.memos.get(source.memoId);
      let quotations;
      try {
        quotations = quotationsOf(saved.document);
      } catch (error) {
        throw invalidInput(error instanceof Error ? error.message : String(error));
      }
      citations = quotations.flatMap(({ quotation }) => [
        quotation.source,
        ...quotation.alsoReportedBy,
      ]);
    } else {
      citations = deps.memos
        .compile(source.scope)
        .blocks.flatMap((block) =>
          block.type === 'quotation'
            ? [block.quotation.source, ...block.quotation.alsoReportedBy]
            : [],
        );
    }
    return [...new Set(citations.map((citation) => citation.articleId))];
  }

  /**
   * Stores a REFI-QDA project's sources and coded selections: each source is matched to the
   * article with the same text, or stored as a new article; each selection becomes a highlight.
   */
  function storeProject(file: string, sources: ImportedSource[]): ProjectImportReport {
    const { speakerId, tagIds, createdSpeakers, createdTags } = namesCreator();
    const present = presence();
    const orphaned: OrphanedAnnotation[] = [];
    const newArticles: { id: number; title: string }[] = [];
    let imported = 0;
    let alreadyPresent = 0;
    let total = 0;
    sources.forEach((source, sourceIndex) => {
      // Line ends as Dossier stores them; the selections move with the text.
      const text = source.text.replace(/\r\n?/g, '\n');
      const selections = source.selections.map((selection) => ({
        ...selection,
        start: source.text.slice(0, selection.start).replace(/\r\n?/g, '\n').length,
        end: source.text.slice(0, selection.end).replace(/\r\n?/g, '\n').length,
      }));
      total += selections.length;
      const hash = contentHash(text);
      let article = queries.liveArticleByHash(db, hash);
      if (!article && text.trim()) {
        const id = insertArticle(db, {
          title: source.name,
          author: null,
          publisher: null,
          dateline: null,
          publishedAt: null,
          language: null,
          sourceUrl: null,
          format: 'text',
          sourcePath: null,
          originalName: `${file.split(/[\\/]/).pop()} › ${source.name}`,
          original: new TextEncoder().encode(source.text),
          text,
          contentHash: hash,
          wordCount: countWords(text),
        });
        newArticles.push({ id, title: source.name });
        article = queries.liveArticleByHash(db, hash);
      }
      selections.forEach((selection, index) => {
        const exact = text.slice(selection.start, selection.end);
        const orphan = (reason: string) =>
          orphaned.push({
            index: index + 1,
            source: source.name,
            exact: exact || '(empty)',
            articleId: article?.id ?? null,
            reason,
          });
        if (!article) return orphan(`source ${sourceIndex + 1} has no text`);
        if (selection.end > text.length || !exact.trim())
          return orphan(
            `the selection ${selection.start}–${selection.end} is not a passage of the text`,
          );
        if (present.has(article.id, selection.start, selection.end, selection.kind)) {
          alreadyPresent += 1;
          return;
        }
        const created = deps.highlights.create({
          articleId: article.id,
          kind: selection.kind,
          start: selection.start,
          end: selection.end,
          speakerId: speakerId(selection.speaker),
          note: selection.note,
          tagIds: tagIds(selection.tags),
        });
        keepTimes(created.id, selection);
        present.add(article.id, selection.start, selection.end, selection.kind);
        imported += 1;
      });
    });
    return {
      file,
      total,
      imported,
      fuzzy: 0,
      alreadyPresent,
      orphaned,
      createdSpeakers,
      createdTags,
      newArticles,
    };
  }

  return {
    snapshot,

    /**
     * Reads a REFI-QDA project (.qdpx) and stores its sources and coded selections in one
     * transaction; bad input is refused whole, naming the file and the problem.
     */
    importProject(file: string, bytes: Uint8Array): ProjectImportReport {
      let sources: ImportedSource[];
      try {
        sources = readQdpx(bytes);
      } catch (error) {
        if (error instanceof ProjectFormatError)
          throw invalidInput(
            `${file} is not a REFI-QDA project Dossier can read: ${error.message}`,
          );
        throw error;
      }
      return writeTransaction(db, () => storeProject(file, sources));
    },

    /** The W3C Web Annotation collection of every highlight, as JSON-LD text. */
    exportAnnotations(): string {
      const collection = writeAnnotationCollection(snapshot(), {
        label: 'Dossier annotations',
        generated: now().toISOString(),
        version: deps.version,
      });
      return `${JSON.stringify(collection, null, 2)}\n`;
    },

    /**
     * Reads a Web Annotation file and stores its annotations on the articles they target, in
     * one transaction; `file` names it in messages. Bad input is refused whole, naming the
     * file and the problem, and leaves the notebook as it was.
     */
    importAnnotations(file: string, text: string): AnnotationImportReport {
      let annotations: ImportedAnnotation[];
      try {
        annotations = readAnnotations(text);
      } catch (error) {
        if (error instanceof AnnotationFormatError)
          throw invalidInput(
            `${file} is not a W3C Web Annotation file Dossier can read: ${error.message}`,
          );
        throw error;
      }
      return writeTransaction(db, () => storeAll(file, annotations));
    },

    /** The REFI-QDA project of the whole notebook, as .qdpx bytes. */
    exportProject(name: string): Uint8Array {
      const created = now();
      const project = writeRefiProject(snapshot(), {
        name,
        created: created.toISOString(),
        version: deps.version,
      });
      return packQdpx(project, created);
    },

    /** CSL-JSON of the articles a saved memo (or a scope compiled afresh) cites. */
    memoSources(source: { memoId: number } | { scope: MemoScope }): string {
      const ids = citedArticleIds(source);
      const order = new Map(ids.map((id, index) => [id, index]));
      const articles = queries
        .articlesWithIds(db, ids)
        .toSorted((a, b) => order.get(a.id)! - order.get(b.id)!);
      return writeCslJson(articles);
    },
  };
}

export type InterchangeService = ReturnType<typeof createInterchangeService>;
