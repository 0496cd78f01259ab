// The words of exchanging a notebook's work with other tools, as the API carries them: the
// formats offered, a file made for download, and what importing an annotations file did.
// Pure types and constants.

/** W3C Web Annotation (JSON-LD), read by Hypothesis and other annotation tools. */
export const ANNOTATION_FORMATS = ['w3c'] as const;
export type AnnotationFormat = (typeof ANNOTATION_FORMATS)[number];

/** REFI-QDA project (.qdpx), read by NVivo, ATLAS.ti, MAXQDA and QualCoder. */
export const PROJECT_FORMATS = ['qdpx'] as const;
export type ProjectFormat = (typeof PROJECT_FORMATS)[number];

/** An exported file, its bytes as base64 so every host can carry it. */
export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly data: string;
}

/** An annotation of the file that could not be placed, and why; never silently dropped. */
export interface OrphanedAnnotation {
  /** 1-based place in the file. */
  readonly index: number;
  readonly source: string;
  readonly exact: string;
  /** Kept as an orphaned highlight on this article (its text no longer holds the passage). */
  readonly articleId: number | null;
  readonly reason: string;
}

export interface AnnotationImportReport {
  readonly file: string;
  /** Annotations in the file. */
  readonly total: number;
  /** Placed as new highlights (exactly or approximately). */
  readonly imported: number;
  /** Placed only approximately (the text differs a little from the file's quote). */
  readonly fuzzy: number;
  /** Already in the notebook (same article, same passage, same kind): left as they were. */
  readonly alreadyPresent: number;
  readonly orphaned: readonly OrphanedAnnotation[];
  readonly createdSpeakers: readonly string[];
  readonly createdTags: readonly string[];
}

/** What importing a REFI-QDA project did: an annotation report, plus the articles it added. */
export interface ProjectImportReport extends AnnotationImportReport {
  /** Sources whose text no article had, stored as new articles. */
  readonly newArticles: readonly { readonly id: number; readonly title: string }[];
}
