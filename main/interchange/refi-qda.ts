// REFI-QDA Project (QDA-XML 1.0, https://www.qdasoftware.org) as Dossier writes it, for NVivo,
// ATLAS.ti, MAXQDA and QualCoder: `project.qde` plus one UTF-8 plain-text file per article
// under `Sources/`, zipped as a `.qdpx`.
//   - each article: a TextSource (plainTextPath `internal://<guid>.txt`, its canonical text)
//     whose Description holds the citation (author, publisher, date, URL);
//   - each tag: a Code under the uncodable group "Tags";
//   - each speaker: a Code under the uncodable group "Speakers" (description: role, country).
//     Codes rather than Cases, because every one of those tools imports codes on text
//     selections, while Cases with SelectionRefs are read by few;
//   - each kind of quotation: a Code under "Kinds" (direct, indirect, term; a plain highlight
//     has none);
//   - each highlight: a PlainTextSelection with one Coding per code and a NoteRef to a Note
//     holding the analyst's note. Positions count Unicode code points (characters) from 0,
//     end exclusive, as the standard counts characters, not UTF-16 units.
// Owns the XML and the zip layout; knows nothing of storage.
import { strToU8, zipSync } from 'fflate';
import type { Highlight } from '../domain/records';
import type { HighlightKind } from '../domain/vocabulary';
import { codePointMapper, uuidFor } from './ids';
import type { InterchangeArticle, NotebookSnapshot } from './model';

export const QDPX_MIME_TYPE = 'application/zip';
export const REFI_NAMESPACE = 'urn:QDA-XML:project:1.0';

const KIND_CODES: Record<Exclude<HighlightKind, 'highlight'>, string> = {
  direct: 'Direct quotation',
  indirect: 'Indirect quotation',
  term: 'Term',
  figure: 'Figure',
};

function escapeXml(text: string): string {
  return (
    text
      // XML 1.0 allows no control characters but tab, newline and carriage return.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function attributes(values: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** An xsd:dateTime, or nothing: stored timestamps are ISO already, analyst dates may not be. */
function dateTime(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(value)
    ? value
    : null;
}

function colour(value: string | null): string | null {
  return value && /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/.test(value) ? value : null;
}

function sourceDescription(article: InterchangeArticle): string {
  return [
    article.author && `Author: ${article.author}`,
    article.publisher && `Publisher: ${article.publisher}`,
    article.publishedAt && `Published: ${article.publishedAt}`,
    article.sourceUrl && `URL: ${article.sourceUrl}`,
    `SHA-256 of the text: ${article.contentHash}`,
  ]
    .filter(Boolean)
    .join('\n');
}

export interface QdpxProject {
  /** project.qde */
  readonly xml: string;
  /** Sources/<guid>.txt: each article's canonical text. */
  readonly sources: readonly { readonly path: string; readonly text: string }[];
}

export const guidOf = {
  article: (article: InterchangeArticle) => uuidFor(`article:${article.contentHash}`),
  tag: (name: string) => uuidFor(`tag:${name.toLowerCase()}`),
  speaker: (name: string) => uuidFor(`speaker:${name.toLowerCase()}`),
  kind: (kind: HighlightKind) => uuidFor(`kind:${kind}`),
  group: (name: string) => uuidFor(`group:${name}`),
  highlight: (article: InterchangeArticle, highlight: Highlight) =>
    uuidFor(`selection:${article.contentHash}:${highlight.id}:${highlight.createdAt}`),
  coding: (selection: string, code: string) => uuidFor(`coding:${selection}:${code}`),
  note: (selection: string) => uuidFor(`note:${selection}`),
  user: () => uuidFor('user:dossier'),
};

export function writeRefiProject(
  snapshot: NotebookSnapshot,
  options: { name: string; created: string; version: string },
): QdpxProject {
  const user = guidOf.user();
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  lines.push(
    `<Project${attributes({
      xmlns: REFI_NAMESPACE,
      name: options.name,
      origin: `Dossier ${options.version}`,
      creatingUserGUID: user,
      creationDateTime: dateTime(options.created),
    })}>`,
  );
  lines.push(`  <Users><User${attributes({ guid: user, name: 'Dossier' })}/></Users>`);

  const usedKinds = new Set(
    snapshot.highlights.map((highlight) => highlight.kind).filter((kind) => kind !== 'highlight'),
  );
  const groups: { name: string; description: string; codes: string[] }[] = [];
  const tagCodes = snapshot.tags.map(
    (tag) =>
      `      <Code${attributes({ guid: guidOf.tag(tag.name), name: tag.name, isCodable: true, color: colour(tag.colour) })}/>`,
  );
  if (tagCodes.length) groups.push({ name: 'Tags', description: 'Dossier tags.', codes: tagCodes });
  const speakerCodes = snapshot.speakers.map((speaker) => {
    const about = [speaker.role, speaker.country].filter(Boolean).join('; ');
    const open = `      <Code${attributes({ guid: guidOf.speaker(speaker.name), name: speaker.name, isCodable: true })}`;
    return about ? `${open}><Description>${escapeXml(about)}</Description></Code>` : `${open}/>`;
  });
  if (speakerCodes.length)
    groups.push({
      name: 'Speakers',
      description: 'Who said each quotation, as the analyst attributed it.',
      codes: speakerCodes,
    });
  const kindCodes = (Object.keys(KIND_CODES) as (keyof typeof KIND_CODES)[])
    .filter((kind) => usedKinds.has(kind))
    .map(
      (kind) =>
        `      <Code${attributes({ guid: guidOf.kind(kind), name: KIND_CODES[kind], isCodable: true })}/>`,
    );
  if (kindCodes.length)
    groups.push({
      name: 'Kinds',
      description: 'What kind of passage each highlight marks.',
      codes: kindCodes,
    });
  if (groups.length) {
    lines.push('  <CodeBook>', '    <Codes>');
    for (const group of groups) {
      lines.push(
        `    <Code${attributes({ guid: guidOf.group(group.name), name: group.name, isCodable: false })}>`,
        `      <Description>${escapeXml(group.description)}</Description>`,
        ...group.codes,
        '    </Code>',
      );
    }
    lines.push('    </Codes>', '  </CodeBook>');
  }

  const byArticle = new Map<number, Highlight[]>();
  for (const highlight of snapshot.highlights) {
    const list = byArticle.get(highlight.articleId) ?? [];
    list.push(highlight);
    byArticle.set(highlight.articleId, list);
  }
  const sources: { path: string; text: string }[] = [];
  const notes: string[] = [];
  if (snapshot.articles.length) lines.push('  <Sources>');
  for (const article of snapshot.articles) {
    const guid = guidOf.article(article);
    sources.push({ path: `Sources/${guid}.txt`, text: article.text });
    lines.push(
      `    <TextSource${attributes({
        guid,
        name: article.title,
        plainTextPath: `internal://${guid}.txt`,
        creatingUser: user,
        creationDateTime: dateTime(article.importedAt),
      })}>`,
      `      <Description>${escapeXml(sourceDescription(article))}</Description>`,
    );
    const toCodePoints = codePointMapper(article.text);
    const highlights = (byArticle.get(article.id) ?? [])
      // An orphan's stored offsets no longer point at its words in this text.
      .filter((highlight) => !highlight.orphaned)
      .toSorted((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
    for (const highlight of highlights) {
      const selection = guidOf.highlight(article, highlight);
      const codes = [
        ...(highlight.kind !== 'highlight' ? [guidOf.kind(highlight.kind)] : []),
        ...(highlight.speakerName ? [guidOf.speaker(highlight.speakerName)] : []),
        ...highlight.tags.map((tag) => guidOf.tag(tag.name)),
      ];
      lines.push(
        `      <PlainTextSelection${attributes({
          guid: selection,
          name: highlight.exact.length > 80 ? `${highlight.exact.slice(0, 79)}…` : highlight.exact,
          startPosition: toCodePoints(highlight.start),
          endPosition: toCodePoints(highlight.end),
          creatingUser: user,
          creationDateTime: dateTime(highlight.createdAt),
          modifyingUser: user,
          modifiedDateTime: dateTime(highlight.updatedAt),
        })}>`,
      );
      for (const code of codes)
        lines.push(
          `        <Coding${attributes({ guid: guidOf.coding(selection, code), creatingUser: user })}><CodeRef${attributes({ targetGUID: code })}/></Coding>`,
        );
      if (highlight.note.trim()) {
        const note = guidOf.note(selection);
        lines.push(`        <NoteRef${attributes({ targetGUID: note })}/>`);
        notes.push(
          `    <Note${attributes({ guid: note, name: `Note on “${highlight.exact.slice(0, 40)}”`, creatingUser: user, creationDateTime: dateTime(highlight.updatedAt) })}><PlainTextContent>${escapeXml(highlight.note)}</PlainTextContent></Note>`,
        );
      }
      lines.push('      </PlainTextSelection>');
    }
    lines.push('    </TextSource>');
  }
  if (snapshot.articles.length) lines.push('  </Sources>');
  if (notes.length) lines.push('  <Notes>', ...notes, '  </Notes>');
  lines.push('</Project>', '');
  return { xml: lines.join('\n'), sources };
}

/** The .qdpx: a zip of project.qde and Sources/, as the standard lays it out. */
export function packQdpx(project: QdpxProject, modified: Date): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    'project.qde': [strToU8(project.xml), { mtime: modified }],
  };
  for (const source of project.sources)
    files[source.path] = [strToU8(source.text), { mtime: modified }];
  return zipSync(files, { level: 6 });
}
