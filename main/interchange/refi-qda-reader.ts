// Reads a REFI-QDA project (.qdpx: a zip of project.qde and Sources/) as another QDA tool, or
// Dossier, wrote it: each TextSource's plain text (inline, or the internal:// file it names),
// and each PlainTextSelection with the codes on it and its notes. Codes are read as Dossier
// writes them: those under a top-level code called "Speakers" name the speaker, those under
// "Kinds" the kind of mark, every other codable code is a tag. Positions are code points.
// Pure: bytes in, data out; storing them is the interchange service's.
import { strFromU8, unzipSync } from 'fflate';
import type { HighlightKind } from '../domain/vocabulary';
import { utf16Offset } from './ids';
import { childrenNamed, descendantsNamed, parseXml, XmlError, type XmlElement } from './xml';

export interface ImportedSelection {
  readonly start: number;
  readonly end: number;
  readonly kind: HighlightKind;
  readonly speaker: string | null;
  readonly tags: readonly string[];
  readonly note: string;
  readonly created: string | null;
  readonly modified: string | null;
}

export interface ImportedSource {
  readonly name: string;
  /** The source's plain text, as the project holds it. */
  readonly text: string;
  /** UTF-16 offsets into `text`. */
  readonly selections: readonly ImportedSelection[];
}

/** How much a project's XML and text sources may unpack to (the notebook's texts are smaller). */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** A file that is not a REFI-QDA project Dossier can read, with what is wrong. */
export class ProjectFormatError extends Error {}

const KINDS: Record<string, HighlightKind> = {
  'direct quotation': 'direct',
  'indirect quotation': 'indirect',
  term: 'term',
  figure: 'figure',
};

interface CodeMeaning {
  readonly name: string;
  readonly group: 'speaker' | 'kind' | 'tag';
}

function codeMeanings(project: XmlElement): Map<string, CodeMeaning> {
  const meanings = new Map<string, CodeMeaning>();
  const codes = childrenNamed(project, 'CodeBook').flatMap((book) => childrenNamed(book, 'Codes'));
  const visit = (code: XmlElement, group: CodeMeaning['group']) => {
    const guid = code.attributes['guid'];
    const name = code.attributes['name']?.trim();
    if (guid && name && code.attributes['isCodable'] !== 'false')
      meanings.set(guid.toLowerCase(), { name, group });
    for (const child of childrenNamed(code, 'Code')) visit(child, group);
  };
  for (const top of codes.flatMap((list) => childrenNamed(list, 'Code'))) {
    const name = top.attributes['name']?.trim().toLowerCase();
    visit(top, name === 'speakers' ? 'speaker' : name === 'kinds' ? 'kind' : 'tag');
  }
  return meanings;
}

function notesOf(project: XmlElement): Map<string, string> {
  const notes = new Map<string, string>();
  for (const note of childrenNamed(project, 'Notes').flatMap((list) =>
    childrenNamed(list, 'Note'),
  )) {
    const content = childrenNamed(note, 'PlainTextContent')[0]?.text ?? '';
    if (note.attributes['guid']) notes.set(note.attributes['guid'].toLowerCase(), content);
  }
  return notes;
}

function sourceText(source: XmlElement, files: Record<string, Uint8Array>, where: string): string {
  const inline = childrenNamed(source, 'PlainTextContent')[0];
  if (inline) return inline.text;
  const path = source.attributes['plainTextPath'];
  if (!path)
    throw new ProjectFormatError(`${where} has neither PlainTextContent nor plainTextPath.`);
  const internal = /^internal:\/\/(.+)$/.exec(path);
  if (!internal)
    throw new ProjectFormatError(
      `${where}'s text is outside the project (${path}); only internal:// sources can be read.`,
    );
  const name = decodeURIComponent(internal[1]!);
  const bytes = files[`Sources/${name}`] ?? files[`sources/${name}`];
  if (!bytes)
    throw new ProjectFormatError(`${where}'s text file Sources/${name} is not in the project.`);
  return strFromU8(bytes).replace(/^\uFEFF/, '');
}

export function readQdpx(
  bytes: Uint8Array,
  limits: { maxUnpackedBytes?: number } = {},
): ImportedSource[] {
  const maxUnpacked = limits.maxUnpackedBytes ?? MAX_UNPACKED_BYTES;
  let files: Record<string, Uint8Array>;
  let unpacked = 0;
  try {
    // Only the project and its plain-text sources are read, and only so much of them: a
    // small zip that unpacks to gigabytes is refused before it is unpacked.
    files = unzipSync(bytes, {
      filter: (file) => {
        const wanted = /^[^/]*\.qde$/i.test(file.name) || /^sources\/[^/]+\.txt$/i.test(file.name);
        if (!wanted) return false;
        unpacked += file.originalSize;
        if (unpacked > maxUnpacked)
          throw new ProjectFormatError(
            `its project and text sources unpack to more than ${Math.round(maxUnpacked / 1024 / 1024)} MB.`,
          );
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ProjectFormatError) throw error;
    throw new ProjectFormatError(
      `it is not a zip archive (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const qde = Object.keys(files).find((name) => /^[^/]*\.qde$/i.test(name));
  if (!qde) throw new ProjectFormatError('it holds no project.qde.');
  let project: XmlElement;
  try {
    project = parseXml(strFromU8(files[qde]!));
  } catch (error) {
    if (error instanceof XmlError)
      throw new ProjectFormatError(`${qde} is not well-formed XML: ${error.message}`);
    throw error;
  }
  if (project.name !== 'Project')
    throw new ProjectFormatError(`${qde}'s root element is <${project.name}>, not <Project>.`);
  const codes = codeMeanings(project);
  const notes = notesOf(project);
  const sources = childrenNamed(project, 'Sources').flatMap((list) =>
    childrenNamed(list, 'TextSource'),
  );
  return sources.map((source, index) => {
    const name = source.attributes['name']?.trim() || `Source ${index + 1}`;
    const where = `source “${name}”`;
    const text = sourceText(source, files, where);
    const selections = childrenNamed(source, 'PlainTextSelection').map((selection) => {
      const start = Number(selection.attributes['startPosition']);
      const end = Number(selection.attributes['endPosition']);
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start)
        throw new ProjectFormatError(
          `a selection in ${where} has no whole-number startPosition before its endPosition.`,
        );
      let kind: HighlightKind = 'highlight';
      let speaker: string | null = null;
      const tags: string[] = [];
      for (const ref of descendantsNamed(selection, 'CodeRef')) {
        const meaning = codes.get(ref.attributes['targetGUID']?.toLowerCase() ?? '');
        if (!meaning) continue;
        if (meaning.group === 'speaker') speaker = meaning.name;
        else if (meaning.group === 'kind' && KINDS[meaning.name.toLowerCase()])
          kind = KINDS[meaning.name.toLowerCase()]!;
        else tags.push(meaning.name);
      }
      const noteTexts = childrenNamed(selection, 'NoteRef')
        .map((ref) => notes.get(ref.attributes['targetGUID']?.toLowerCase() ?? ''))
        .filter((note): note is string => !!note?.trim());
      const description = childrenNamed(selection, 'Description')[0]?.text.trim();
      if (description) noteTexts.unshift(description);
      return {
        start: utf16Offset(text, start),
        end: utf16Offset(text, end),
        kind,
        speaker,
        tags: [...new Set(tags)],
        note: noteTexts.join('\n\n'),
        created: selection.attributes['creationDateTime'] ?? null,
        modified: selection.attributes['modifiedDateTime'] ?? null,
      };
    });
    return { name, text, selections };
  });
}
