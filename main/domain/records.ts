// The records that cross the API, as every host and the renderer see them: camelCase, with
// read-only fields (lists a caller fills or passes on stay mutable arrays). They are declared apart from the database's row types (db/model.ts), which the
// queries build and may change; a service returns a row where a record is expected, and the
// compiler checks that the shapes agree. Pure types.
import type { HighlightKind, QuoteKind } from './vocabulary';

/** What an analyst can edit about an article; null means unknown, never invented. */
export interface ArticleMetadata {
  readonly title: string;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly dateline: string | null;
  readonly publishedAt: string | null;
  readonly language: string | null;
  readonly sourceUrl: string | null;
}

/** The fields of ArticleMetadata, in the order Edit details shows them. */
export const ARTICLE_METADATA_FIELDS = [
  'title',
  'author',
  'publisher',
  'dateline',
  'publishedAt',
  'language',
  'sourceUrl',
] as const satisfies readonly (keyof ArticleMetadata)[];

export interface ArticleSummary extends ArticleMetadata {
  readonly id: number;
  readonly format: string;
  readonly sourcePath: string | null;
  readonly wordCount: number;
  readonly highlightCount: number;
  readonly importedAt: string;
  readonly updatedAt: string;
}

export interface Article extends ArticleSummary {
  readonly text: string;
  readonly contentHash: string;
  /** Where the importer found each metadata field; a field the analyst edited says 'edited'. */
  readonly metadataSources?: MetadataSources;
}

/**
 * Where a metadata field came from, most trusted first: the page's schema.org data, its meta
 * tags, microdata, other markup (<time>, lang, rel=author), a byline, a dateline, other text
 * of the article, its headline, the <title>, Markdown front matter, document properties
 * (PDF, Word, e-mail headers), the file name, a guess from the text, or the analyst.
 */
export const METADATA_SOURCES = [
  'structured-data',
  'meta',
  'microdata',
  'markup',
  'byline',
  'dateline',
  'text',
  'heading',
  'title-tag',
  'front-matter',
  'document',
  'file-name',
  'guess',
  'edited',
] as const;
export type MetadataSource = (typeof METADATA_SOURCES)[number];
export type MetadataField = keyof ArticleMetadata;
export type MetadataSources = Readonly<Partial<Record<MetadataField, MetadataSource>>>;

export interface Speaker {
  readonly id: number;
  readonly name: string;
  readonly role: string | null;
  readonly country: string | null;
  readonly aliases: readonly string[];
  readonly quoteCount: number;
  /** A collective ("the ministers", "all parties"), not a person or a named body. */
  readonly group?: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface Tag {
  readonly id: number;
  readonly name: string;
  readonly colour: string | null;
  readonly highlightCount: number;
  readonly createdAt: string;
}

/** A tag as a highlight carries it. */
export interface HighlightTag {
  readonly id: number;
  readonly name: string;
  readonly colour: string | null;
}

/**
 * Where a passage sits in an article's canonical text, as a W3C-style text selector: its exact
 * words, about 32 characters either side, and UTF-16 offsets (as JavaScript strings count).
 */
export interface TextSelector {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

export interface Highlight extends TextSelector {
  readonly id: number;
  readonly articleId: number;
  readonly kind: HighlightKind;
  readonly speakerId: number | null;
  readonly speakerName: string | null;
  readonly note: string;
  readonly orphaned: boolean;
  readonly tags: readonly HighlightTag[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface SearchHit {
  readonly articleId: number;
  readonly title: string;
  readonly publisher: string | null;
  readonly publishedAt: string | null;
  readonly snippet: string;
  readonly rank: number;
}

/** What one annotation change (or its undo/redo) did, for the reader to apply in place. */
export interface AnnotationChange {
  readonly label: string;
  readonly removed: number[];
  readonly upserted: Highlight[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** One entry of the notebook's annotation history (the History panel), newest first. */
export interface AnnotationHistoryEntry {
  readonly id: number;
  readonly articleId: number;
  readonly articleTitle: string;
  /** What the change did, in words: "tag ‘ports’ on quotation “…”". */
  readonly label: string;
  /** Undone (and not yet redone) in its article. */
  readonly undone: boolean;
  readonly createdAt: string;
}

/** An article in the Trash: deleted, restorable with its annotations. */
export interface DeletedArticle {
  readonly id: number;
  readonly title: string;
  readonly publisher: string | null;
  readonly deletedAt: string;
  readonly annotationCount: number;
}

/** A change reverted from the History panel, which may be in an article that is not open. */
export interface AnnotationRevert extends AnnotationChange {
  readonly articleId: number;
}

export interface TextRevision {
  readonly article: Article;
  readonly placed: number;
  readonly fuzzy: number;
  readonly orphaned: readonly Highlight[];
}

export interface QuotationInContext extends Highlight {
  readonly articleTitle: string;
  readonly articlePublisher: string | null;
  readonly articlePublishedAt: string | null;
  readonly context: string;
}

/** A passage the quote finder proposes as a quotation, with who probably said it. */
export interface Suggestion {
  readonly articleId: number;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly kind: QuoteKind;
  /** Canonical name: a notebook speaker's when one matches, else the name the text gives. */
  readonly speaker: string | null;
  readonly speakerId: number | null;
  readonly speakerAsWritten: string | null;
  /** The speaker is a collective ("the ministers"): accepting creates it as a group speaker. */
  readonly speakerIsGroup?: boolean;
  readonly proposedRole: string | null;
  readonly proposedCountry: string | null;
  readonly cue: string | null;
  readonly confidence: number;
  /**
   * The finder is sure enough of it to accept it unseen: "Accept all from" its speaker takes it
   * (confidence at or above the quote finder's accept-all threshold); the others stay for review.
   */
  readonly acceptAllEligible: boolean;
}

/**
 * 'cancelled': not imported because the analyst cancelled the import before it was stored.
 * 'revision': a newer copy of the article `articleId` (same source, different text), offered
 * to the analyst and not stored yet. 'updated': such a copy applied as that article's new text.
 */
export const IMPORT_STATUSES = [
  'imported',
  'duplicate',
  'failed',
  'cancelled',
  'revision',
  'updated',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** How a re-imported file was recognised as a newer copy of an article, most certain first. */
export type RevisionMatch = 'source-path' | 'source-url' | 'title-and-publisher';

/** A newer copy of an article found by an import (status 'revision'). */
export interface RevisionOffer {
  /** Names the parsed copy the host holds for a while, for applyRevision; null when none is held. */
  readonly id: string | null;
  readonly matchedBy: RevisionMatch;
  /** The highlights of the article that updating would re-anchor. */
  readonly highlightCount: number;
  /** The new copy's title (the outcome's `title` is the article's current one). */
  readonly newTitle: string;
}

export interface ImportOutcome {
  readonly path: string;
  readonly status: ImportStatus;
  readonly articleId?: number;
  readonly title?: string;
  readonly error?: string;
  readonly errorCode?: string;
  /** For 'revision'. */
  readonly revision?: RevisionOffer;
  /** For 'updated': how the highlights re-anchored on the new text. */
  readonly applied?: AppliedRevisionSummary;
}

export interface AppliedRevisionSummary {
  readonly versionId: number;
  readonly placed: number;
  readonly fuzzy: number;
  /** Highlights that could not be placed on the new text: kept, listed, never dropped. */
  readonly orphaned: readonly { readonly id: number; readonly exact: string }[];
}

/** A revision applied: the article with its new text, and the version it replaced. */
export interface AppliedRevision extends TextRevision {
  readonly versionId: number;
}

/** An earlier text of an article, kept when a newer copy replaced it. */
export interface ArticleVersionSummary {
  readonly id: number;
  readonly articleId: number;
  readonly title: string;
  readonly format: string;
  readonly originalName: string | null;
  readonly wordCount: number;
  readonly contentHash: string;
  readonly replacedAt: string;
}

export interface ArticleVersion extends ArticleVersionSummary {
  readonly text: string;
  readonly metadata: Omit<ArticleMetadata, 'title'> & { readonly sourcePath: string | null };
}

/** How far one import has got: files stored (or refused) so far, of how many, and which is next. */
export interface ImportProgress {
  readonly id: number;
  readonly done: number;
  readonly total: number;
  /** The file being read or stored now; null once the import has ended. */
  readonly current: string | null;
  readonly state: 'running' | 'finished' | 'cancelled';
}

export interface NotebookInfo {
  readonly file: string;
  readonly version: string;
  readonly schemaVersion: number;
  readonly articleCount: number;
}

/** An exported memo file, its bytes as base64 so every host can carry it. */
export interface MemoExport {
  readonly fileName: string;
  readonly mimeType: string;
  readonly data: string;
}
