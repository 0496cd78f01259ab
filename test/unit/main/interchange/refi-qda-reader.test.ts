import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { Highlight } from '../../../../main/domain/records';
import type { NotebookSnapshot } from '../../../../main/interchange/model';
import { packQdpx, writeRefiProject } from '../../../../main/interchange/refi-qda';
import { ProjectFormatError, readQdpx } from '../../../../main/interchange/refi-qda-reader';

const TEXT = 'Ferry owners in 𝔸 Quenby met on Monday.\n\n“We will not pay more,” said Ira Pell.';

function highlight(fields: Partial<Highlight> & Pick<Highlight, 'id' | 'exact'>): Highlight {
  const start = TEXT.indexOf(fields.exact);
  return {
    articleId: 1,
    kind: 'highlight',
    prefix: '',
    suffix: '',
    start,
    end: start + fields.exact.length,
    speakerId: null,
    speakerName: null,
    note: '',
    orphaned: false,
    tags: [],
    createdAt: '2031-05-01T09:00:00.000Z',
    updatedAt: '2031-05-02T09:00:00.000Z',
    ...fields,
  };
}

const snapshot: NotebookSnapshot = {
  articles: [
    {
      id: 1,
      title: 'Ferry owners refuse new dues',
      author: null,
      publisher: null,
      publishedAt: null,
      language: 'en',
      sourceUrl: null,
      contentHash: 'd'.repeat(64),
      importedAt: '2031-05-01T08:00:00.000Z',
      text: TEXT,
    },
  ],
  highlights: [
    highlight({
      id: 1,
      exact: 'We will not pay more,',
      kind: 'direct',
      speakerId: 2,
      speakerName: 'Ira Pell',
      tags: [{ id: 1, name: 'Ferries', colour: null }],
      note: 'The guild’s first refusal.',
    }),
    highlight({ id: 2, exact: 'Quenby' }),
  ],
  speakers: [{ id: 2, name: 'Ira Pell', role: null, country: null }],
  tags: [{ id: 1, name: 'Ferries', colour: null }],
};

function project(xml: string, files: Record<string, string> = {}): Uint8Array {
  return zipSync({
    'project.qde': strToU8(xml),
    ...Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
  });
}

describe('readQdpx', () => {
  test('reads back what the writer wrote: text, positions, kind, speaker, tags and note', () => {
    const bytes = packQdpx(
      writeRefiProject(snapshot, { name: 'T', created: '2031-05-03T00:00:00Z', version: '0' }),
      new Date('2031-05-03T00:00:00Z'),
    );
    const [source] = readQdpx(bytes);
    expect(source!.text).toBe(TEXT);
    expect(source!.selections).toEqual([
      expect.objectContaining({ kind: 'highlight', speaker: null, tags: [] }),
      expect.objectContaining({
        kind: 'direct',
        speaker: 'Ira Pell',
        tags: ['Ferries'],
        note: 'The guild’s first refusal.',
        created: '2031-05-01T09:00:00.000Z',
      }),
    ]);
    const [first, second] = source!.selections;
    expect(TEXT.slice(first!.start, first!.end)).toBe('Quenby');
    expect(TEXT.slice(second!.start, second!.end)).toBe('We will not pay more,');
  });

  test('reads another tool’s project: inline text, nested codes as tags, a description as the note', () => {
    const [source] = readQdpx(
      project(`<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Elsewhere">
  <CodeBook><Codes>
    <Code guid="{11111111-1111-1111-1111-111111111111}" name="Themes" isCodable="true">
      <Code guid="22222222-2222-2222-2222-222222222222" name="Canals" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="33333333-3333-3333-3333-333333333333" name="Lock notes">
      <PlainTextContent>The lock closes in June.</PlainTextContent>
      <PlainTextSelection guid="44444444-4444-4444-4444-444444444444" startPosition="4" endPosition="8">
        <Description>Which lock?</Description>
        <Coding guid="55555555-5555-5555-5555-555555555555"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>`),
    );
    expect(source).toEqual({
      name: 'Lock notes',
      text: 'The lock closes in June.',
      selections: [
        {
          start: 4,
          end: 8,
          kind: 'highlight',
          speaker: null,
          tags: ['Canals'],
          note: 'Which lock?',
          created: null,
          modified: null,
        },
      ],
    });
  });

  test('refuses a project whose sources unpack to more than the limit, before unpacking them', () => {
    // 3 MB of one repeated byte compresses to a few kilobytes.
    const huge = zipSync({
      'project.qde': strToU8('<Project name="x"/>'),
      'Sources/big.txt': new Uint8Array(3 * 1024 * 1024),
    });
    expect(huge.length).toBeLessThan(64 * 1024);
    expect(() => readQdpx(huge, { maxUnpackedBytes: 2 * 1024 * 1024 })).toThrow(
      /unpack to more than 2 MB/,
    );
  });

  test.each([
    ['bytes that are not a zip', new TextEncoder().encode('not a zip'), /not a zip archive/],
    ['a zip without project.qde', zipSync({ 'readme.txt': strToU8('hello') }), /no project\.qde/],
    ['malformed XML', project('<Project><Sources></Project>'), /not well-formed XML: line 1/],
    [
      'a source whose file is missing',
      project(
        '<Project name="x"><Sources><TextSource guid="g" name="Gone" plainTextPath="internal://gone.txt"/></Sources></Project>',
      ),
      /Sources\/gone\.txt is not in the project/,
    ],
  ])('refuses %s, saying why', (_what, bytes, message) => {
    expect(() => readQdpx(bytes)).toThrow(ProjectFormatError);
    expect(() => readQdpx(bytes)).toThrow(message);
  });
});
