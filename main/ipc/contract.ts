// The one API of Dossier: every operation the UI can perform, its argument schema (checked at
// runtime by dispatch) and its result type. The preload bridge and the HTTP client are built
// from METHODS; the renderer imports only types from here. No Node, DOM or Electron imports.
import { z } from 'zod';
import type { ApiError } from '../domain/errors';
import type { Memo, SavedMemo, SavedMemoSummary, SourceCheck } from '../domain/memo';
import { MEMO_TAG_LISTINGS } from '../domain/memo';
import type { MemoVersion, MemoVersionSummary } from '../domain/memo-versions';
import type { BackupEntry, CheckReport, RestoreOutcome } from '../domain/maintenance';
import type { CorroboratedStatement, SpeakerCorroboration } from '../domain/corroboration';
import type { ArticleFigure, FigureConflict } from '../domain/figures';
import { CITATION_STYLES } from '../domain/citation';
import {
  ANNOTATION_FORMATS,
  PROJECT_FORMATS,
  type AnnotationImportReport,
  type ExportedFile,
  type ProjectImportReport,
} from '../domain/interchange';
import type {
  AnnotationChange,
  AnnotationHistoryEntry,
  AnnotationRevert,
  DeletedArticle,
  AppliedRevision,
  Article,
  ArticleSummary,
  ArticleVersion,
  ArticleVersionSummary,
  Highlight,
  ImportOutcome,
  ImportProgress,
  MemoExport,
  NotebookInfo,
  QuotationInContext,
  SearchHit,
  Speaker,
  Suggestion,
  Tag,
  TextRevision,
} from '../domain/records';
import {
  articleSortSchema,
  highlightKindSchema,
  memoFormatSchema,
  memoGroupingSchema,
  quoteKindSchema,
} from '../domain/schemas';
import { SEARCH_SORTS } from '../domain/search-query';
import { ARTICLE_PAGE_LIMIT_MAX, type ArticlePage } from '../domain/article-list';
import {
  NAME_PAGE_LIMIT_MAX,
  type MemoPage,
  type SpeakerPage,
  type TagPage,
} from '../domain/name-pages';

export type {
  AnnotationChange,
  AnnotationHistoryEntry,
  AnnotationRevert,
  DeletedArticle,
  AppliedRevision,
  AppliedRevisionSummary,
  Article,
  ArticleMetadata,
  ArticleSummary,
  ArticleVersion,
  ArticleVersionSummary,
  RevisionMatch,
  RevisionOffer,
  Highlight,
  HighlightTag,
  ImportOutcome,
  ImportProgress,
  ImportStatus,
  MemoExport,
  NotebookInfo,
  QuotationInContext,
  SearchHit,
  Speaker,
  Suggestion,
  Tag,
  TextRevision,
} from '../domain/records';
export type {
  ArticleSort,
  HighlightKind,
  MemoFormat,
  MemoGrouping,
  QuoteKind,
} from '../domain/vocabulary';
export type { ApiError, ErrorCode } from '../domain/errors';
export type {
  MemoPage,
  NamePage,
  NamePageRequest,
  SpeakerPage,
  TagPage,
} from '../domain/name-pages';
export type { CitationStyle } from '../domain/citation';
export type {
  ArticleListCounts,
  ArticleListFilter,
  ArticlePage,
  ArticlePageRequest,
} from '../domain/article-list';
export type {
  CorroboratedStatement,
  CorroboratingPassage,
  MeaningChange,
  MeaningChangeKind,
  SpeakerCorroboration,
  StatementPassage,
  WordingComparison,
  WordingRun,
} from '../domain/corroboration';
export type {
  AnnotationFormat,
  AnnotationImportReport,
  ExportedFile,
  OrphanedAnnotation,
  ProjectFormat,
  ProjectImportReport,
} from '../domain/interchange';
export type {
  BackupEntry,
  BackupKind,
  CheckFinding,
  CheckReport,
  RestoreOutcome,
} from '../domain/maintenance';
export type {
  ArticleFigure,
  FigureBound,
  FigureCategory,
  FigureConflict,
  FigureKind,
} from '../domain/figures';

const id = z.number().int().positive();
const name = z.string().trim().min(1, 'must not be empty').max(200);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const kind = highlightKindSchema;
const none = z.object({}).strict().optional();
const namePageRequest = z
  .object({
    filter: z.string().max(200).optional(),
    after: z.string().max(1000).optional(),
    limit: z.number().int().min(1).max(NAME_PAGE_LIMIT_MAX).optional(),
  })
  .strict()
  .optional();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-04-26');
const memoScope = z
  .object({
    speakerIds: z.array(id).max(500).optional(),
    tagIds: z.array(id).max(500).optional(),
    articleIds: z.array(id).max(10_000).optional(),
    kinds: z.array(kind).max(kind.options.length).optional(),
    from: day.nullable().optional(),
    to: day.nullable().optional(),
    groupBy: memoGroupingSchema.optional(),
    thenBy: memoGroupingSchema.nullable().optional(),
    tagListing: z.enum(MEMO_TAG_LISTINGS).optional(),
    includeTerms: z.boolean().optional(),
    includeUnattributed: z.boolean().optional(),
    includeFiguresInDispute: z.boolean().optional(),
    title: z.string().trim().max(300).optional(),
    summary: z.string().max(20_000).optional(),
    date: z.string().trim().max(100).optional(),
    author: z.string().trim().max(200).optional(),
    classification: z.string().trim().max(200).optional(),
  })
  .strict();

export const schemas = {
  getNotebookInfo: none,

  listArticles: z.object({ sort: articleSortSchema.optional() }).strict().optional(),
  /** The library as keyset pages (main/domain/article-list.ts): give at most one of after/before. */
  listArticlePage: z
    .object({
      sort: articleSortSchema.optional(),
      filter: z
        .object({
          text: z.string().max(300).optional(),
          publishedFrom: z
            .string()
            .regex(/^\d{4}(-\d{2}){0,2}$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
            .optional(),
          publishedBefore: z
            .string()
            .regex(/^\d{4}(-\d{2}){0,2}$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
            .optional(),
          annotated: z.boolean().optional(),
        })
        .strict()
        .optional(),
      after: z.string().max(2000).optional(),
      before: z.string().max(2000).optional(),
      fromEnd: z.boolean().optional(),
      position: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(ARTICLE_PAGE_LIMIT_MAX).optional(),
      counts: z.boolean().optional(),
    })
    .strict()
    .refine((value) => value.after === undefined || value.before === undefined, {
      message: 'give after or before, not both',
    })
    .optional(),
  /** Fresh summaries of these articles (the library refreshes changed rows in place). */
  getArticleSummaries: z.object({ ids: z.array(id).max(1000) }).strict(),
  getArticle: z.object({ id }).strict(),
  updateArticle: z
    .object({
      id,
      title: name.max(500).optional(),
      author: optionalText(300),
      publisher: optionalText(300),
      dateline: optionalText(100),
      publishedAt: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}/, 'must be a date like 2025-04-26')
        .nullable()
        .optional(),
      language: optionalText(20),
      sourceUrl: optionalText(2000),
    })
    .strict(),
  deleteArticle: z.object({ id }).strict(),
  restoreArticle: z.object({ id }).strict(),
  listDeletedArticles: none,
  searchArticles: z
    .object({
      query: z.string().max(500),
      limit: z.number().int().min(1).max(100).optional(),
      /** Search as you type: the last word, while no space follows it, matches as a prefix. */
      prefix: z.boolean().optional(),
      /** Best matches first (the default), or by publication date. */
      sort: z.enum(SEARCH_SORTS).optional(),
    })
    .strict(),
  importFiles: z
    .object({
      files: z
        .array(
          z
            .object({
              name: z.string().min(1).max(500),
              // The bytes as they are (structured clone in Electron, a raw request body on the
              // web host: nothing to decode on the thread that answers calls), or base64 (JSON).
              data: z.union([
                z.string().max(48 * 1024 * 1024),
                z
                  .instanceof(Uint8Array)
                  .refine((bytes) => bytes.byteLength <= 36 * 1024 * 1024, 'is too large'),
              ]),
            })
            .strict(),
        )
        .min(1)
        .max(20),
    })
    .strict(),
  importPaste: z
    .object({
      text: z.string().max(10_000_000).optional(),
      html: z.string().max(20_000_000).optional(),
    })
    .strict()
    .refine((value) => (value.text ?? value.html ?? '').trim().length > 0, {
      message: 'the clipboard holds no text',
    }),
  /** The imports under way (files done / total, current file), for a host without events. */
  getImportProgress: none,
  /** Cancels one import under way (by its progress id), or all of them without an id. */
  cancelImport: z.object({ id: id.optional() }).strict().optional(),
  /** A newer copy an import found (outcome status 'revision'): Update, Keep both or Skip. */
  applyRevision: z.object({ revisionId: z.string().uuid(), articleId: id }).strict(),
  keepRevisionAsNew: z.object({ revisionId: z.string().uuid() }).strict(),
  discardRevision: z.object({ revisionId: z.string().uuid() }).strict(),
  /** An article's earlier texts, kept when a newer copy replaced them. */
  listArticleVersions: z.object({ articleId: id }).strict(),
  getArticleVersion: z.object({ id }).strict(),

  listSpeakers: none,
  /** One page of speakers by name (filtered by name or alias), for sections and pickers. */
  listSpeakerPage: namePageRequest,
  /** These speakers afresh, after a change touched them. */
  getSpeakers: z.object({ ids: z.array(id).max(NAME_PAGE_LIMIT_MAX) }).strict(),
  suggestSpeakers: z
    .object({ query: z.string().max(200), limit: z.number().int().min(1).max(50).optional() })
    .strict(),
  createSpeaker: z
    .object({
      name,
      role: optionalText(200),
      country: optionalText(100),
      aliases: z.array(name).max(50).optional(),
    })
    .strict(),
  updateSpeaker: z
    .object({
      id,
      name: name.optional(),
      role: optionalText(200),
      country: optionalText(100),
      aliases: z.array(name).max(50).optional(),
    })
    .strict(),
  deleteSpeaker: z.object({ id }).strict(),
  mergeSpeakers: z.object({ fromId: id, intoId: id }).strict(),

  listTags: none,
  listTagPage: namePageRequest,
  getTags: z.object({ ids: z.array(id).max(NAME_PAGE_LIMIT_MAX) }).strict(),
  createTag: z.object({ name: name.max(80), colour: optionalText(32) }).strict(),
  updateTag: z.object({ id, name: name.max(80).optional(), colour: optionalText(32) }).strict(),
  deleteTag: z.object({ id }).strict(),
  mergeTags: z.object({ fromId: id, intoId: id }).strict(),

  listHighlights: z.object({ articleId: id }).strict(),
  createHighlight: z
    .object({
      articleId: id,
      kind,
      start: z.number().int().min(0),
      end: z.number().int().min(0),
      speakerId: id.nullable().optional(),
      note: z.string().max(20_000).optional(),
      tagIds: z.array(id).max(100).optional(),
    })
    .strict()
    .refine((value) => value.end > value.start, { message: 'end must be after start' }),
  updateHighlight: z
    .object({
      id,
      kind: kind.optional(),
      speakerId: id.nullable().optional(),
      note: z.string().max(20_000).optional(),
      tagIds: z.array(id).max(100).optional(),
    })
    .strict(),
  deleteHighlight: z.object({ id }).strict(),
  replaceHighlight: z
    .object({ id, start: z.number().int().min(0), end: z.number().int().min(0) })
    .strict()
    .refine((value) => value.end > value.start, { message: 'end must be after start' }),
  undoAnnotation: z.object({ articleId: id }).strict(),
  redoAnnotation: z.object({ articleId: id }).strict(),
  getAnnotationHistory: z.object({ articleId: id }).strict(),
  listAnnotationChanges: z.object({ limit: z.number().int().min(1).max(500).optional() }).strict(),
  revertAnnotationChange: z.object({ id }).strict(),
  reviseArticleText: z
    .object({ id, text: z.string().min(1, 'the text must not be empty').max(5_000_000) })
    .strict(),
  listSuggestions: z
    .object({ articleId: id, minConfidence: z.number().min(0).max(1).optional() })
    .strict(),
  acceptSuggestion: z
    .object({
      articleId: id,
      start: z.number().int().min(0),
      end: z.number().int().min(0),
      kind: quoteKindSchema,
      /** The analyst's description from the editor, stored with the acceptance in one step. */
      edit: z
        .object({
          kind: highlightKindSchema,
          speakerId: id.nullable(),
          tagIds: z.array(id).max(100),
          note: z.string().max(20_000),
        })
        .strict()
        .optional(),
    })
    .strict(),
  rejectSuggestion: z
    .object({
      articleId: id,
      start: z.number().int().min(0),
      end: z.number().int().min(0),
      kind: quoteKindSchema,
    })
    .strict(),
  acceptSuggestionsFrom: z.object({ articleId: id, speaker: name }).strict(),
  countSuggestions: z.object({ articleIds: z.array(id).max(200) }).strict(),
  compileMemo: z.object({ scope: memoScope }).strict(),
  listMemos: none,
  listMemoPage: namePageRequest,
  getMemo: z.object({ id }).strict(),
  createMemo: z.object({ scope: memoScope, title: name.max(300).optional() }).strict(),
  renameMemo: z.object({ id, title: name.max(300) }).strict(),
  /** New options for a saved memo; `recompile` rebuilds its quotations with them (a version keeps the memo as it was). */
  updateMemoOptions: z.object({ id, scope: memoScope, recompile: z.boolean().optional() }).strict(),
  duplicateMemo: z.object({ id, title: name.max(300).optional() }).strict(),
  deleteMemo: z.object({ id }).strict(),
  saveMemoDocument: z
    .object({
      id,
      document: z
        .object({ type: z.literal('doc'), content: z.array(z.unknown()).max(50_000) })
        .passthrough(),
    })
    .strict(),
  checkMemoSources: z.object({ id }).strict(),
  listMemoVersions: z.object({ memoId: id }).strict(),
  getMemoVersion: z.object({ id }).strict(),
  restoreMemoVersion: z.object({ id }).strict(),
  exportMemo: z
    .object({
      memoId: id.optional(),
      scope: memoScope.optional(),
      format: memoFormatSchema,
      /** Chicago notes (the default) or APA author–date. */
      citationStyle: z.enum(CITATION_STYLES).optional(),
    })
    .strict()
    .refine((value) => (value.memoId === undefined) !== (value.scope === undefined), {
      message: 'give either memoId or scope',
    }),
  listQuotations: z
    .object({
      speakerId: id.optional(),
      tagId: id.optional(),
      kinds: z.array(kind).max(kind.options.length).optional(),
      limit: z.number().int().min(1).max(5000).optional(),
    })
    .strict(),
  // Backups live in the backups folder beside the notebook; callers name one by its file name
  // (from listBackups), never by a path, so the API cannot be pointed at arbitrary files.
  backupNotebook: none,
  listBackups: none,
  restoreBackup: z
    .object({
      name: z
        .string()
        .min(1)
        .max(255)
        .regex(/^[^/\\]+$/, 'must be a backup name from listBackups, not a path'),
    })
    .strict(),
  checkNotebook: z.object({ repair: z.boolean().optional() }).strict().optional(),
  /** The numeric claims the figures finder reads in one article, or in every article. */
  listFigures: z.object({ articleId: id.optional() }).strict().optional(),
  /** Figures of one measure and period that disagree across the notebook's articles. */
  listFigureConflicts: none,
  /** Statements across outlets: one speaker's statements that other articles report too. */
  listCorroborations: z.object({ speakerId: id }).strict(),
  /** One highlight's statement and the other articles that report it. */
  corroborateHighlight: z.object({ highlightId: id }).strict(),

  // Interchange: files other tools read (W3C Web Annotation, REFI-QDA, CSL-JSON), and reading
  // an annotations file back. A file crosses as its text (JSON), never as a path.
  exportAnnotations: z
    .object({ format: z.enum(ANNOTATION_FORMATS).optional() })
    .strict()
    .optional(),
  importAnnotations: z
    .object({ name: z.string().min(1).max(500), text: z.string().max(64 * 1024 * 1024) })
    .strict(),
  exportProject: z
    .object({ format: z.enum(PROJECT_FORMATS).optional() })
    .strict()
    .optional(),
  /** A .qdpx as base64 (it is a zip): its sources matched to articles or added, its codings. */
  importProject: z
    .object({ name: z.string().min(1).max(500), data: z.string().max(48 * 1024 * 1024) })
    .strict(),
  exportMemoSources: z
    .object({ memoId: id.optional(), scope: memoScope.optional() })
    .strict()
    .refine((value) => (value.memoId === undefined) !== (value.scope === undefined), {
      message: 'give either memoId or scope',
    }),
} as const;

export type Method = keyof typeof schemas;
export const METHODS = Object.keys(schemas) as Method[];

/** Arguments as a caller writes them (optional fields may be left out). */
export type ArgsOf<M extends Method> = z.input<(typeof schemas)[M]>;
/** Arguments as a handler receives them, after validation and trimming. */
export type ParsedArgsOf<M extends Method> = z.output<(typeof schemas)[M]>;

export interface Results {
  getNotebookInfo: NotebookInfo;
  listArticles: ArticleSummary[];
  listArticlePage: ArticlePage;
  getArticleSummaries: ArticleSummary[];
  getArticle: Article;
  updateArticle: Article;
  deleteArticle: { id: number };
  restoreArticle: ArticleSummary;
  listDeletedArticles: DeletedArticle[];
  searchArticles: SearchHit[];
  importFiles: ImportOutcome[];
  importPaste: ImportOutcome;
  getImportProgress: ImportProgress[];
  cancelImport: { cancelled: number };
  applyRevision: AppliedRevision;
  keepRevisionAsNew: ImportOutcome;
  discardRevision: { discarded: boolean };
  listArticleVersions: ArticleVersionSummary[];
  getArticleVersion: ArticleVersion;
  listSpeakers: Speaker[];
  listSpeakerPage: SpeakerPage;
  getSpeakers: Speaker[];
  suggestSpeakers: Speaker[];
  createSpeaker: Speaker;
  updateSpeaker: Speaker;
  deleteSpeaker: { id: number };
  mergeSpeakers: Speaker;
  listTags: Tag[];
  listTagPage: TagPage;
  getTags: Tag[];
  createTag: Tag;
  updateTag: Tag;
  deleteTag: { id: number };
  mergeTags: Tag;
  listHighlights: Highlight[];
  createHighlight: Highlight;
  updateHighlight: Highlight;
  deleteHighlight: { id: number };
  replaceHighlight: Highlight;
  undoAnnotation: AnnotationChange | null;
  redoAnnotation: AnnotationChange | null;
  getAnnotationHistory: { canUndo: boolean; canRedo: boolean };
  listAnnotationChanges: AnnotationHistoryEntry[];
  revertAnnotationChange: AnnotationRevert;
  reviseArticleText: TextRevision;
  listQuotations: QuotationInContext[];
  compileMemo: Memo;
  listMemos: SavedMemoSummary[];
  listMemoPage: MemoPage;
  getMemo: SavedMemo;
  createMemo: SavedMemo;
  renameMemo: SavedMemo;
  updateMemoOptions: SavedMemo;
  duplicateMemo: SavedMemo;
  deleteMemo: { id: number };
  saveMemoDocument: SavedMemo;
  checkMemoSources: SourceCheck[];
  listMemoVersions: MemoVersionSummary[];
  getMemoVersion: MemoVersion;
  restoreMemoVersion: SavedMemo;
  exportMemo: MemoExport;
  listSuggestions: Suggestion[];
  acceptSuggestion: Highlight;
  rejectSuggestion: { articleId: number };
  acceptSuggestionsFrom: Highlight[];
  countSuggestions: Record<number, number>;
  backupNotebook: BackupEntry;
  listBackups: BackupEntry[];
  restoreBackup: RestoreOutcome;
  checkNotebook: CheckReport;
  listFigures: ArticleFigure[];
  listFigureConflicts: FigureConflict[];
  listCorroborations: SpeakerCorroboration;
  corroborateHighlight: CorroboratedStatement;
  exportAnnotations: ExportedFile;
  importAnnotations: AnnotationImportReport;
  exportProject: ExportedFile;
  importProject: ProjectImportReport;
  exportMemoSources: ExportedFile;
}

export type ResultOf<M extends Method> = Results[M];

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What window.dossier looks like in Electron: one function per method, never throwing. */
export type DossierBridge = {
  [M in Method]: (args?: ArgsOf<M>) => Promise<ApiResult<ResultOf<M>>>;
};

export type {
  Memo,
  MemoDocJson,
  MemoScope,
  SavedMemo,
  SavedMemoSummary,
  SourceCheck,
  SourcePassage,
  SourceProblem,
} from '../domain/memo';
export type { MemoVersion, MemoVersionSummary } from '../domain/memo-versions';

export type {
  DossierEvents,
  NotebookChange,
  RendererEvent,
  RendererEventPayloads,
} from '../domain/events';

/** The single IPC channel the preload and main process share. */
export const IPC_CHANNEL = 'dossier:call';

// Compile-time proof that every method has a result type and vice versa.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const contractIsComplete: Same<keyof Results, Method> = true;
