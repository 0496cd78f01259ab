// The one API of Dossier: every operation the UI can perform, its argument schema (checked at
// runtime by dispatch) and its result type. The preload bridge and the HTTP client are built
// from METHODS; the renderer imports only types from here. No Node, DOM or Electron imports.
import { z } from 'zod';
import type { Article, ArticleSummary, Highlight, Speaker, Tag } from '../../db/model';

export type {
  Article,
  ArticleSummary,
  Highlight,
  HighlightKind,
  SearchHit,
  Speaker,
  Tag,
} from '../../db/model';

const id = z.number().int().positive();
const name = z.string().trim().min(1, 'must not be empty').max(200);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const kind = z.enum(['highlight', 'direct', 'indirect', 'term']);
const none = z.object({}).strict().optional();

export const schemas = {
  getNotebookInfo: none,

  listArticles: z
    .object({ sort: z.enum(['imported', 'published', 'title', 'publisher']).optional() })
    .strict()
    .optional(),
  getArticle: z.object({ id }).strict(),

  listSpeakers: none,
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

  listTags: none,
  createTag: z.object({ name: name.max(80), colour: optionalText(32) }).strict(),
  updateTag: z.object({ id, name: name.max(80).optional(), colour: optionalText(32) }).strict(),
  deleteTag: z.object({ id }).strict(),

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
} as const;

export type Method = keyof typeof schemas;
export const METHODS = Object.keys(schemas) as Method[];

/** Arguments as a caller writes them (optional fields may be left out). */
export type ArgsOf<M extends Method> = z.input<(typeof schemas)[M]>;
/** Arguments as a handler receives them, after validation and trimming. */
export type ParsedArgsOf<M extends Method> = z.output<(typeof schemas)[M]>;

export interface NotebookInfo {
  file: string;
  version: string;
  schemaVersion: number;
  articleCount: number;
}

export interface Results {
  getNotebookInfo: NotebookInfo;
  listArticles: ArticleSummary[];
  getArticle: Article;
  listSpeakers: Speaker[];
  createSpeaker: Speaker;
  updateSpeaker: Speaker;
  deleteSpeaker: { id: number };
  listTags: Tag[];
  createTag: Tag;
  updateTag: Tag;
  deleteTag: { id: number };
  listHighlights: Highlight[];
  createHighlight: Highlight;
  updateHighlight: Highlight;
  deleteHighlight: { id: number };
}

export type ResultOf<M extends Method> = Results[M];

export type ErrorCode =
  | 'unknown-method'
  | 'invalid-arguments'
  | 'not-found'
  | 'conflict'
  | 'invalid-input'
  | 'forbidden'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What window.dossier looks like in Electron: one function per method, never throwing. */
export type DossierBridge = {
  [M in Method]: (args?: ArgsOf<M>) => Promise<ApiResult<ResultOf<M>>>;
};

/** The single IPC channel the preload and main process share. */
export const IPC_CHANNEL = 'dossier:call';

// Compile-time proof that every method has a result type and vice versa.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const contractIsComplete: Same<keyof Results, Method> = true;
