// What the interchange writers take and the readers give back: a notebook's articles (with
// their canonical text), its highlights with speakers and tags, as plain data. The service
// builds it from the database; the writers never see the database. Pure types.
import type { Highlight } from '../domain/records';
import type { HighlightKind } from '../domain/vocabulary';

export interface InterchangeArticle {
  readonly id: number;
  readonly title: string;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly publishedAt: string | null;
  readonly language: string | null;
  readonly sourceUrl: string | null;
  readonly contentHash: string;
  readonly importedAt: string;
  readonly text: string;
}

export interface InterchangeSpeaker {
  readonly id: number;
  readonly name: string;
  readonly role: string | null;
  readonly country: string | null;
}

export interface InterchangeTag {
  readonly id: number;
  readonly name: string;
  readonly colour: string | null;
}

export interface NotebookSnapshot {
  readonly articles: readonly InterchangeArticle[];
  /** Every highlight of those articles, orphaned ones too (their stored selector). */
  readonly highlights: readonly Highlight[];
  readonly speakers: readonly InterchangeSpeaker[];
  readonly tags: readonly InterchangeTag[];
}

/** One annotation as read from a file, before it is placed in an article. */
export interface ImportedAnnotation {
  /** Where in the file it was (1-based), for messages. */
  readonly index: number;
  readonly id: string | null;
  /** The target's source: an article URL or `urn:sha256:<hex of the canonical text>`. */
  readonly source: string;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** The TextPositionSelector, in code points as the file counts them; null when absent. */
  readonly position: { readonly start: number; readonly end: number } | null;
  readonly kind: HighlightKind;
  readonly speaker: string | null;
  readonly tags: readonly string[];
  readonly note: string;
  readonly created: string | null;
  readonly modified: string | null;
}
