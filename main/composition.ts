// The composition root: opens a notebook file and wires services to the API handlers. Every
// host (Electron, the web host, the CLI, tests) builds its notebook here and nowhere else.
import { openDatabase, type NotebookDatabase } from '../db/open';
import { readUserVersion } from '../db/migrate';
import { createDispatcher, type Dispatch, type Handlers } from './ipc/dispatch';
import { createArticleService } from './services/articles';
import { createHighlightService } from './services/highlights';
import {
  contentHash,
  countWords,
  createImportService,
  type ImportServiceOptions,
} from './services/imports';
import { importWorkerScript } from './import-worker-script';
import { createSpeakerService } from './services/speakers';
import { createRevisionService } from './services/revisions';
import { createTagService } from './services/tags';
import { createSuggestionService } from './services/suggestions';
import { createMemoService, type MemoPorts } from './services/memos';
import { createCorroborationService } from './services/corroboration';
import { createInterchangeService } from './services/interchange';
import { CSL_MIME_TYPE } from './interchange/csl';
import { QDPX_MIME_TYPE } from './interchange/refi-qda';
import { W3C_MIME_TYPE } from './interchange/w3c';
import { createMemoVersionService } from './services/memo-versions';
import { createFigureService } from './services/figures';
import {
  backupBeforeMigration,
  createMaintenanceService,
  restoreClosedNotebook,
} from './services/maintenance';
import { isDamageError, openForMaintenance } from '../db/maintenance';
import type { CheckReport, RestoreOutcome } from './domain/maintenance';
import type { MemoFormat } from './domain/vocabulary';

export const MEMO_MIME_TYPES: Record<MemoFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** "Central Asia briefing.docx": the memo's title made safe as a file name. */
export function memoFileName(title: string, format: MemoFormat): string {
  const printable = [...title]
    .map((char) => (char.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(char) ? ' ' : char))
    .join('');
  const safe = printable.replace(/\s+/g, ' ').trim().slice(0, 120) || 'Briefing memo';
  return `${safe}.${format}`;
}
import { APP_VERSION } from './version';

/**
 * How long a storing transaction of an import may take in a one-shot command (the CLI's
 * import), which answers no calls meanwhile: fewer commits leave the full-text index fewer
 * segments to merge; another process's writer still waits well under a second.
 */
export const ONE_SHOT_STORE_SLICE_MS = 250;

export interface NotebookOptions {
  dbFile: string;
  /** Prints standalone HTML to PDF (the desktop app passes Electron's printToPDF). */
  printHtmlToPdf?: (html: string) => Promise<Uint8Array>;
  nativeBinding?: string;
  /**
   * The import worker script (the desktop app passes its built one); by default the one
   * importWorkerScript() picks, so every host parses off the thread that answers calls.
   */
  parseWorker?: URL;
  /** Per-file limits and the progress listener of imports (the desktop app sends events). */
  imports?: Omit<ImportServiceOptions, 'parseWorker'>;
  onInternalError?: (method: string, error: unknown) => void;
  /**
   * Daily automatic backups while the notebook stays open (the desktop app and the web host;
   * not the CLI's one-shot commands). A backup before every migration is made regardless.
   */
  dailyBackups?: boolean;
  /**
   * Open for reading only (the CLI's commands that only read): works on a read-only file or
   * folder; a write answers with the 'read-only' error. No migration, no backups.
   */
  readonly?: boolean;
}

export interface Notebook {
  file: string;
  db: NotebookDatabase;
  services: ReturnType<typeof createServices>;
  dispatch: Dispatch;
  close(): void;
}

function createServices(
  db: NotebookDatabase,
  file: string,
  ports: MemoPorts,
  importOptions: ImportServiceOptions,
) {
  const speakers = createSpeakerService(db);
  const highlights = createHighlightService(db);
  const revisions = createRevisionService(db, highlights, {
    hashOf: contentHash,
    wordsOf: countWords,
  });
  const figures = createFigureService(db);
  const memos = createMemoService(db, {
    ...ports,
    figuresInDispute: () => figures.conflicts(),
  });
  const tags = createTagService(db);
  const articles = createArticleService(db);
  return {
    articles,
    corroboration: createCorroborationService(db, {
      search: (query, limit) => articles.search(query, limit),
    }),
    speakers,
    tags,
    highlights,
    imports: createImportService(db, { ...importOptions, revisions }),
    revisions,
    suggestions: createSuggestionService(db, highlights, speakers),
    figures,
    memos,
    memoVersions: createMemoVersionService(db, memos),
    maintenance: createMaintenanceService({ db, file }),
    interchange: createInterchangeService(db, {
      highlights,
      speakers,
      tags,
      memos,
      version: APP_VERSION,
    }),
  };
}

/** An analyst's corrected text, brought to canonical form (paragraphs, spacing) without cleaning it. */
function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/[ \t\n]+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

/** "notebook" for …/notebook.sqlite: what an exported project or annotation file is called. */
function notebookName(dbFile: string): string {
  const base = dbFile.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]*$/, '') || 'Dossier notebook';
}

function exportedFile(fileName: string, mimeType: string, content: string | Uint8Array) {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { fileName, mimeType, data: bytes.toString('base64') };
}

export function createNotebook(options: NotebookOptions): Notebook {
  const db = openDatabase(options.dbFile, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true } : {}),
    beforeMigrate: (current, fromVersion, toVersion) =>
      backupBeforeMigration(current, options.dbFile, fromVersion, toVersion),
  });
  const services = createServices(
    db,
    options.dbFile,
    { printHtmlToPdf: options.printHtmlToPdf },
    { ...options.imports, parseWorker: options.parseWorker ?? importWorkerScript() },
  );
  const handlers: Handlers = {
    getNotebookInfo: () => ({
      file: options.dbFile,
      version: APP_VERSION,
      schemaVersion: readUserVersion(db),
      articleCount: services.articles.count(),
    }),
    listArticles: (args) => services.articles.list(args ?? {}),
    listArticlePage: (args) => services.articles.page(args ?? {}),
    getArticleSummaries: ({ ids }) => services.articles.summaries(ids),
    getArticle: ({ id }) => services.articles.get(id),
    updateArticle: ({ id, ...changes }) => services.articles.updateMetadata(id, changes),
    deleteArticle: ({ id }) => services.articles.remove(id),
    restoreArticle: ({ id }) => services.articles.restore(id),
    listDeletedArticles: () => services.articles.listDeleted(),
    searchArticles: ({ query, limit, prefix, sort }) =>
      services.articles.search(query, limit, { prefix: prefix ?? false, sort }),
    importFiles: ({ files }) => services.imports.importFiles(files),
    importPaste: (args) => services.imports.importPaste(args),
    getImportProgress: () => services.imports.progress(),
    cancelImport: (args) => ({ cancelled: services.imports.cancel(args?.id) }),
    applyRevision: ({ revisionId, articleId }) =>
      services.revisions.applyHeld(revisionId, articleId),
    keepRevisionAsNew: ({ revisionId }) => services.revisions.keepBoth(revisionId),
    discardRevision: ({ revisionId }) => services.revisions.discard(revisionId),
    listArticleVersions: ({ articleId }) => services.revisions.listVersions(articleId),
    getArticleVersion: ({ id }) => services.revisions.getVersion(id),
    listSpeakers: () => services.speakers.list(),
    listSpeakerPage: (request) => services.speakers.page(request ?? {}),
    getSpeakers: ({ ids }) => services.speakers.getMany(ids),
    suggestSpeakers: ({ query, limit }) => services.speakers.suggest(query, limit),
    createSpeaker: (args) => services.speakers.create(args),
    updateSpeaker: ({ id, ...changes }) => services.speakers.update(id, changes),
    deleteSpeaker: ({ id }) => services.speakers.remove(id),
    mergeSpeakers: ({ fromId, intoId }) => services.speakers.merge(fromId, intoId),
    listTags: () => services.tags.list(),
    listTagPage: (request) => services.tags.page(request ?? {}),
    getTags: ({ ids }) => services.tags.getMany(ids),
    createTag: (args) => services.tags.create(args),
    updateTag: ({ id, ...changes }) => services.tags.update(id, changes),
    deleteTag: ({ id }) => services.tags.remove(id),
    mergeTags: ({ fromId, intoId }) => services.tags.merge(fromId, intoId),
    listHighlights: ({ articleId }) => services.highlights.listForArticle(articleId),
    createHighlight: (args) => services.highlights.create(args),
    updateHighlight: ({ id, ...changes }) => services.highlights.update(id, changes),
    deleteHighlight: ({ id }) => services.highlights.remove(id),
    replaceHighlight: ({ id, start, end }) => services.highlights.replace(id, start, end),
    undoAnnotation: ({ articleId }) => services.highlights.undo(articleId),
    redoAnnotation: ({ articleId }) => services.highlights.redo(articleId),
    getAnnotationHistory: ({ articleId }) => services.highlights.historyState(articleId),
    listAnnotationChanges: (args) => services.highlights.recentChanges(args?.limit),
    revertAnnotationChange: ({ id }) => services.highlights.revert(id),
    reviseArticleText: ({ id, text }) =>
      services.highlights.reviseText(id, normaliseText(text), contentHash, countWords),
    listQuotations: (filter) => services.highlights.queryAcrossArticles(filter),
    compileMemo: ({ scope }) => services.memos.compile(scope),
    listMemos: () => services.memos.list(),
    listMemoPage: (request) => services.memos.page(request ?? {}),
    getMemo: ({ id }) => services.memos.get(id),
    createMemo: (args) => services.memos.create(args),
    renameMemo: ({ id, title }) => services.memos.rename(id, title),
    updateMemoOptions: ({ id, scope, recompile }) => {
      const updated = services.memos.updateScope(id, scope);
      return recompile
        ? services.memoVersions.save(id, services.memos.compiledDocument(scope))
        : updated;
    },
    duplicateMemo: ({ id, title }) => services.memos.duplicate(id, title),
    deleteMemo: ({ id }) => services.memos.remove(id),
    saveMemoDocument: ({ id, document }) => services.memoVersions.save(id, document),
    checkMemoSources: ({ id }) => services.memos.checkSources(id),
    listMemoVersions: ({ memoId }) => services.memoVersions.list(memoId),
    getMemoVersion: ({ id }) => services.memoVersions.get(id),
    restoreMemoVersion: ({ id }) => services.memoVersions.restore(id),
    exportMemo: async ({ memoId, scope, format, citationStyle }) => {
      const source = memoId !== undefined ? { memoId } : { scope: scope ?? {} };
      const bytes = await services.memos.export(source, format, { citationStyle });
      const title =
        memoId !== undefined ? services.memos.get(memoId).title : (scope?.title ?? 'Briefing memo');
      return {
        fileName: memoFileName(title, format),
        mimeType: MEMO_MIME_TYPES[format],
        data: Buffer.from(bytes).toString('base64'),
      };
    },
    listSuggestions: ({ articleId, minConfidence }) =>
      services.suggestions.pending(articleId, minConfidence ?? 0),
    acceptSuggestion: ({ articleId, edit, ...key }) =>
      services.suggestions.accept(articleId, key, edit),
    rejectSuggestion: ({ articleId, ...key }) => services.suggestions.reject(articleId, key),
    acceptSuggestionsFrom: ({ articleId, speaker }) =>
      services.suggestions.acceptAllFrom(articleId, speaker),
    countSuggestions: ({ articleIds }) => services.suggestions.counts(articleIds),
    backupNotebook: () => services.maintenance.backupNow(),
    listBackups: () => services.maintenance.listBackups(),
    restoreBackup: ({ name }) =>
      services.maintenance.restore(services.maintenance.backupNamed(name).file),
    checkNotebook: (args) => services.maintenance.check({ repair: args?.repair ?? false }),
    listCorroborations: ({ speakerId }) => services.corroboration.forSpeaker(speakerId),
    corroborateHighlight: ({ highlightId }) => services.corroboration.forHighlight(highlightId),
    listFigures: (args) => services.figures.list(args?.articleId),
    listFigureConflicts: () => services.figures.conflicts(),
    exportAnnotations: () =>
      exportedFile(
        `${notebookName(options.dbFile)} annotations.jsonld`,
        W3C_MIME_TYPE,
        services.interchange.exportAnnotations(),
      ),
    importAnnotations: ({ name, text }) => services.interchange.importAnnotations(name, text),
    importProject: ({ name, data }) =>
      services.interchange.importProject(name, new Uint8Array(Buffer.from(data, 'base64'))),
    exportProject: () =>
      exportedFile(
        `${notebookName(options.dbFile)}.qdpx`,
        QDPX_MIME_TYPE,
        services.interchange.exportProject(notebookName(options.dbFile)),
      ),
    exportMemoSources: ({ memoId, scope }) => {
      const title =
        memoId !== undefined ? services.memos.get(memoId).title : (scope?.title ?? 'Briefing memo');
      return exportedFile(
        `${memoFileName(title, 'md').replace(/\.md$/, '')} sources.json`,
        CSL_MIME_TYPE,
        services.interchange.memoSources(
          memoId !== undefined ? { memoId } : { scope: scope ?? {} },
        ),
      );
    },
  };
  let closed = false;
  const stopDailyBackups =
    options.dailyBackups && !options.readonly
      ? services.maintenance.startDailyBackups((error) =>
          options.onInternalError
            ? options.onInternalError('dailyBackup', error)
            : console.error('[dossier] daily backup failed', error),
        )
      : () => undefined;
  return {
    file: options.dbFile,
    db,
    services,
    dispatch: createDispatcher(
      handlers,
      options.onInternalError ? { onInternalError: options.onInternalError } : {},
    ),
    close() {
      if (closed) return;
      closed = true;
      stopDailyBackups();
      services.imports.close();
      db.close();
    },
  };
}

/**
 * Checks, and with `repair` mends, a notebook file that may be too damaged for createNotebook
 * to open (that refusal is what a check is for). A file that is not a notebook is refused.
 */
export function checkNotebookFile(file: string, repair: boolean): CheckReport {
  const db = openForMaintenance(file);
  try {
    return createMaintenanceService({ db, file }).check({ repair });
  } finally {
    db.close();
  }
}

/** Restores a notebook too damaged to open from a backup, swapping the file while closed. */
export function restoreNotebookFile(file: string, backup: string): RestoreOutcome {
  return restoreClosedNotebook(file, backup);
}

/** True when createNotebook refused a file because it is damaged (restore or repair it). */
export function isDamagedNotebook(error: unknown): boolean {
  return isDamageError(error);
}
