// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as Dossier writes and reads it:
// one AnnotationCollection whose first AnnotationPage is embedded with every annotation in
// `items`. Each highlight is an Annotation whose target is a SpecificResource on the article
// (its URL when known, else `urn:sha256:` of its canonical text) with a TextQuoteSelector and
// a TextPositionSelector (code points, as the model counts characters). Bodies:
//   - the speaker: a TextualBody with purpose `identifying` (it names who the passage is by,
//     which is what identifying a resource's subject means; `describing` would be a free text);
//   - each tag: purpose `tagging`; the analyst's note: purpose `commenting`;
//   - the kind of mark: purpose `classifying`, value "direct quotation", "indirect quotation",
//     "term" or "figure" (a plain highlight has none, and motivation `highlighting`).
// Owns the mapping both ways; knows nothing of storage: the service anchors what it reads.
import { z } from 'zod';
import type { Highlight } from '../domain/records';
import type { HighlightKind } from '../domain/vocabulary';
import { codePointMapper, uuidFor } from './ids';
import type { ImportedAnnotation, InterchangeArticle, NotebookSnapshot } from './model';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const W3C_MIME_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

const KIND_LABELS: Record<Exclude<HighlightKind, 'highlight'>, string> = {
  direct: 'direct quotation',
  indirect: 'indirect quotation',
  term: 'term',
  figure: 'figure',
};

/** The target source an article is known by in other tools. */
export function sourceOf(article: Pick<InterchangeArticle, 'sourceUrl' | 'contentHash'>): string {
  return article.sourceUrl ?? `urn:sha256:${article.contentHash}`;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'identifying' | 'tagging' | 'commenting' | 'classifying';
  value: string;
  format?: 'text/plain';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'classifying';
  created: string;
  modified: string;
  body: TextualBody[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface AnnotationCollection {
  '@context': typeof W3C_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { id: string; type: 'Software'; name: string };
  generated: string;
  first: {
    id: string;
    type: 'AnnotationPage';
    startIndex: 0;
    items: WebAnnotation[];
  };
}

function annotationOf(
  highlight: Highlight,
  article: InterchangeArticle,
  toCodePoints: (offset: number) => number,
): WebAnnotation {
  const body: TextualBody[] = [];
  const kind = highlight.kind;
  if (kind !== 'highlight')
    body.push({ type: 'TextualBody', purpose: 'classifying', value: KIND_LABELS[kind] });
  if (highlight.speakerName)
    body.push({
      type: 'TextualBody',
      purpose: 'identifying',
      value: highlight.speakerName,
      format: 'text/plain',
    });
  for (const tag of highlight.tags)
    body.push({ type: 'TextualBody', purpose: 'tagging', value: tag.name });
  if (highlight.note.trim())
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: highlight.note,
      format: 'text/plain',
    });
  return {
    id: `urn:uuid:${uuidFor(`annotation:${article.contentHash}:${highlight.id}:${highlight.createdAt}`)}`,
    type: 'Annotation',
    motivation: highlight.kind === 'highlight' ? 'highlighting' : 'classifying',
    created: highlight.createdAt,
    modified: highlight.updatedAt,
    body,
    target: {
      type: 'SpecificResource',
      source: sourceOf(article),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: highlight.exact,
          prefix: highlight.prefix,
          suffix: highlight.suffix,
        },
        {
          type: 'TextPositionSelector',
          start: toCodePoints(highlight.start),
          end: toCodePoints(highlight.end),
        },
      ],
    },
  };
}

/** Every highlight of the snapshot as one collection, in article order then text order. */
export function writeAnnotationCollection(
  snapshot: NotebookSnapshot,
  options: { label: string; generated: string; version: string },
): AnnotationCollection {
  const byArticle = new Map<number, Highlight[]>();
  for (const highlight of snapshot.highlights) {
    const list = byArticle.get(highlight.articleId) ?? [];
    list.push(highlight);
    byArticle.set(highlight.articleId, list);
  }
  const items: WebAnnotation[] = [];
  for (const article of snapshot.articles) {
    const toCodePoints = codePointMapper(article.text);
    const highlights = (byArticle.get(article.id) ?? []).toSorted(
      (a, b) => a.start - b.start || a.end - b.end || a.id - b.id,
    );
    for (const highlight of highlights) items.push(annotationOf(highlight, article, toCodePoints));
  }
  const collectionId = `urn:uuid:${uuidFor(`collection:${items.map((item) => item.id).join(',')}`)}`;
  return {
    '@context': W3C_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: options.label,
    total: items.length,
    generator: {
      id: 'https://dossier.invalid/',
      type: 'Software',
      name: `Dossier ${options.version}`,
    },
    generated: options.generated,
    first: { id: `${collectionId}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** A file that is not a Web Annotation document Dossier can read, with what is wrong. */
export class AnnotationFormatError extends Error {}

// Reading accepts what other tools write: a collection with its first page embedded, a page,
// an array of annotations or a single one, or Hypothesis's export ({annotations: [...]}, with
// `uri`, `text` and `tags` beside the W3C target); `target`, `selector` and `body` as one value or a
// list; `type` as a string or a list; bodies as TextualBody objects or bare strings (which the
// model reads as comments). Anything else is named, with where it is.
const typed = z.union([z.string(), z.array(z.string())]).optional();
const selectorSchema = z.looseObject({ type: typed });
const targetSchema = z.union([
  z.string(),
  z.looseObject({
    source: z.string().optional(),
    selector: z.union([selectorSchema, z.array(selectorSchema)]).optional(),
  }),
]);
const bodySchema = z.union([
  z.string(),
  z.looseObject({
    type: typed,
    purpose: z.union([z.string(), z.array(z.string())]).optional(),
    value: z.string().optional(),
  }),
]);
const annotationSchema = z.looseObject({
  id: z.string().optional(),
  type: typed,
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([bodySchema, z.array(bodySchema)]).optional(),
  bodyValue: z.string().optional(),
  target: z.union([targetSchema, z.array(targetSchema)]),
  // Hypothesis's own export: the page as `uri`, the comment as `text`, tags as a list.
  uri: z.string().optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
});

function listOf<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function hasType(value: { type?: string | string[] | undefined }, name: string): boolean {
  return listOf(value.type).includes(name);
}

/** The annotations of a parsed JSON document, wherever the document keeps them. */
function annotationsIn(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (typeof document !== 'object' || document === null)
    throw new AnnotationFormatError('it is not a JSON object or array of annotations.');
  const record = document as Record<string, unknown>;
  if (record['type'] === undefined && Array.isArray(record['annotations']))
    return record['annotations'];
  const types = listOf(record['type'] as string | string[] | undefined);
  if (types.includes('Annotation')) return [document];
  if (types.includes('AnnotationPage')) return pageItems(record, 'the AnnotationPage');
  if (types.includes('AnnotationCollection')) {
    const first = record['first'];
    if (first === undefined) {
      if (Array.isArray(record['items'])) return record['items'];
      throw new AnnotationFormatError('the AnnotationCollection has no first page.');
    }
    if (typeof first === 'string')
      throw new AnnotationFormatError(
        `the AnnotationCollection's first page is only linked (${first}), not embedded; save the pages into the file.`,
      );
    const items = pageItems(first as Record<string, unknown>, 'the first AnnotationPage');
    const total = record['total'];
    if (typeof total === 'number' && total > items.length)
      throw new AnnotationFormatError(
        `the AnnotationCollection says it holds ${total} annotations, but only ${items.length} are in the file (its other pages are only linked).`,
      );
    return items;
  }
  throw new AnnotationFormatError(
    `its type is ${types.length ? types.join(', ') : 'missing'}, not an Annotation, AnnotationPage or AnnotationCollection.`,
  );
}

function pageItems(page: Record<string, unknown>, what: string): unknown[] {
  if (!Array.isArray(page['items'])) throw new AnnotationFormatError(`${what} has no items list.`);
  return page['items'];
}

const KIND_BY_LABEL = new Map<string, HighlightKind>(
  Object.entries(KIND_LABELS).map(([kind, label]) => [label, kind as HighlightKind]),
);

function readAnnotation(raw: unknown, index: number): ImportedAnnotation {
  const parsed = annotationSchema.safeParse(raw);
  const where = `annotation ${index}`;
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? issue.path.join('.') : 'it';
    throw new AnnotationFormatError(`${where}: ${field}: ${issue.message}.`);
  }
  const annotation = parsed.data;
  if (annotation.type !== undefined && !hasType(annotation, 'Annotation'))
    throw new AnnotationFormatError(`${where} is of type ${listOf(annotation.type).join(', ')}.`);
  const targets = listOf(annotation.target).map((target) =>
    typeof target === 'string'
      ? { source: target, selector: undefined }
      : { ...target, source: target.source ?? annotation.uri },
  );
  const target = targets.find((candidate) =>
    listOf(candidate.selector).some((selector) => hasType(selector, 'TextQuoteSelector')),
  );
  if (!target)
    throw new AnnotationFormatError(
      `${where} has no target with a TextQuoteSelector, so it cannot be placed in a text.`,
    );
  if (!target.source) throw new AnnotationFormatError(`${where}: its target names no source.`);
  const selectors = listOf(target.selector);
  const quote = selectors.find((selector) => hasType(selector, 'TextQuoteSelector'))!;
  const exact = quote['exact'];
  if (typeof exact !== 'string' || exact.length === 0)
    throw new AnnotationFormatError(`${where}: its TextQuoteSelector has no exact text.`);
  const text = (key: string): string =>
    typeof quote[key] === 'string' ? (quote[key] as string) : '';
  const positionSelector = selectors.find((selector) => hasType(selector, 'TextPositionSelector'));
  let position: { start: number; end: number } | null = null;
  if (positionSelector) {
    const { start, end } = positionSelector as { start?: unknown; end?: unknown };
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0)
      throw new AnnotationFormatError(
        `${where}: its TextPositionSelector needs whole-number start and end.`,
      );
    position = { start: start as number, end: end as number };
  }

  let kind: HighlightKind = 'highlight';
  let speaker: string | null = null;
  const tags: string[] = [];
  const notes: string[] = [];
  for (const body of listOf(annotation.body)) {
    if (typeof body === 'string') {
      notes.push(body);
      continue;
    }
    const value = body.value?.trim();
    if (!value) continue;
    const purposes = listOf(body.purpose);
    if (purposes.includes('classifying') && KIND_BY_LABEL.has(value.toLowerCase()))
      kind = KIND_BY_LABEL.get(value.toLowerCase())!;
    else if (purposes.includes('identifying')) speaker = value;
    else if (purposes.includes('tagging')) tags.push(value);
    else notes.push(body.value!);
  }
  if (annotation.bodyValue?.trim()) notes.push(annotation.bodyValue);
  if (annotation.text?.trim()) notes.push(annotation.text);
  for (const tag of annotation.tags ?? []) if (tag.trim()) tags.push(tag.trim());
  return {
    index,
    id: annotation.id ?? null,
    source: target.source,
    exact,
    prefix: text('prefix'),
    suffix: text('suffix'),
    position,
    kind,
    speaker,
    tags: [...new Set(tags)],
    note: notes.join('\n\n'),
    created: annotation.created ?? null,
    modified: annotation.modified ?? null,
  };
}

/** The annotations of a Web Annotation JSON-LD text; throws AnnotationFormatError on bad input. */
export function readAnnotations(json: string): ImportedAnnotation[] {
  let document: unknown;
  try {
    document = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AnnotationFormatError(
      `it is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return annotationsIn(document).map((raw, index) => readAnnotation(raw, index + 1));
}
