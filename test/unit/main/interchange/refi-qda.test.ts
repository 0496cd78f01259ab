import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { Highlight } from '../../../../main/domain/records';
import type { NotebookSnapshot } from '../../../../main/interchange/model';
import { guidOf, packQdpx, writeRefiProject } from '../../../../main/interchange/refi-qda';
import { sharedDir } from '../../../helpers/shared';
import { tempDir } from '../../../helpers/temp';

const TEXT =
  'Ferry owners in 𝔸 Quenby met on Monday.\n\n“We will not pay <more> & more,” said Ira Pell, who chairs their guild.';

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
    updatedAt: '2031-05-01T09:00:00.000Z',
    ...fields,
  };
}

const snapshot: NotebookSnapshot = {
  articles: [
    {
      id: 1,
      title: 'Ferry owners refuse new dues',
      author: 'Tomas Fenn',
      publisher: 'Quenby Courier',
      publishedAt: '2031-05-01',
      language: 'en',
      sourceUrl: 'https://courier.example/ferries?a=1&b=2',
      contentHash: 'b'.repeat(64),
      importedAt: '2031-05-01T08:00:00.000Z',
      text: TEXT,
    },
  ],
  highlights: [
    highlight({
      id: 4,
      exact: 'We will not pay <more> & more,',
      kind: 'direct',
      speakerId: 2,
      speakerName: 'Ira Pell',
      tags: [{ id: 1, name: 'Ferries', colour: '#aa3300' }],
      note: 'The guild’s first refusal.',
    }),
    highlight({ id: 5, exact: 'Quenby' }),
    highlight({ id: 6, exact: 'Monday', orphaned: true }),
  ],
  speakers: [{ id: 2, name: 'Ira Pell', role: 'Chair of the ferry guild', country: 'Quenby' }],
  tags: [{ id: 1, name: 'Ferries', colour: '#aa3300' }],
};

const project = writeRefiProject(snapshot, {
  name: 'Test notebook',
  created: '2031-05-02T00:00:00.000Z',
  version: '0.0.0',
});

const schema = path.join(sharedDir, 'schemas/refi-qda-project-1.0.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

describe('writeRefiProject', () => {
  test('each article is a TextSource whose plain text file is the canonical text', () => {
    const guid = guidOf.article(snapshot.articles[0]!);
    expect(project.sources).toEqual([{ path: `Sources/${guid}.txt`, text: TEXT }]);
    expect(project.xml).toContain(`plainTextPath="internal://${guid}.txt"`);
  });

  test('selections count code points, so an astral character before them counts once', () => {
    const start = [...TEXT].indexOf('Q');
    expect(project.xml).toContain(`startPosition="${start}" endPosition="${start + 6}"`);
    expect(TEXT.indexOf('Quenby')).toBe(start + 1);
  });

  test('a quotation is coded with its kind, speaker and tags, and its note is a Note it refers to', () => {
    const selection = guidOf.highlight(snapshot.articles[0]!, snapshot.highlights[0]!);
    const element = new RegExp(
      `<PlainTextSelection guid="${selection}"[^]*?</PlainTextSelection>`,
    ).exec(project.xml)![0];
    expect(element).toContain(`targetGUID="${guidOf.kind('direct')}"`);
    expect(element).toContain(`targetGUID="${guidOf.speaker('Ira Pell')}"`);
    expect(element).toContain(`targetGUID="${guidOf.tag('Ferries')}"`);
    expect(element).toContain(`<NoteRef targetGUID="${guidOf.note(selection)}"/>`);
    expect(project.xml).toContain(
      '<PlainTextContent>The guild’s first refusal.</PlainTextContent>',
    );
  });

  test('an orphaned highlight is left out, since its offsets no longer hold its words', () => {
    expect(project.xml).not.toContain('name="Monday"');
  });

  test('text is escaped for XML', () => {
    expect(project.xml).toContain('name="We will not pay &lt;more&gt; &amp; more,"');
    expect(project.xml).toContain('URL: https://courier.example/ferries?a=1&amp;b=2');
  });

  test.skipIf(!hasXmllint || !existsSync(schema))(
    'project.qde validates against the REFI-QDA 1.0 schema (xmllint)',
    () => {
      const file = path.join(tempDir(), 'project.qde');
      writeFileSync(file, project.xml);
      const result = spawnSync('xmllint', ['--noout', '--schema', schema, file], {
        encoding: 'utf8',
      });
      expect(result.stderr).toContain('validates');
      expect(result.status).toBe(0);
    },
  );

  test.skipIf(!hasXmllint || !existsSync(schema))(
    'a notebook with no tags, speakers or notes still validates',
    () => {
      const bare = writeRefiProject(
        {
          articles: snapshot.articles,
          highlights: [highlight({ id: 9, exact: 'Quenby' })],
          speakers: [],
          tags: [],
        },
        { name: 'Bare', created: '2031-05-02T00:00:00.000Z', version: '0.0.0' },
      );
      const file = path.join(tempDir(), 'project.qde');
      writeFileSync(file, bare.xml);
      expect(() =>
        execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' }),
      ).not.toThrow();
    },
  );
});

describe('packQdpx', () => {
  test('zips project.qde and the Sources folder as the standard lays them out', () => {
    const files = unzipSync(packQdpx(project, new Date('2031-05-02T00:00:00Z')));
    expect(Object.keys(files).sort()).toEqual(['project.qde', project.sources[0]!.path].sort());
    expect(strFromU8(files['project.qde']!)).toBe(project.xml);
    expect(strFromU8(files[project.sources[0]!.path]!)).toBe(TEXT);
  });
});

if (!hasXmllint || !existsSync(schema))
  console.log(
    `Skipped: the REFI-QDA schema validation, because ${hasXmllint ? schema + ' is not here' : 'xmllint (libxml2-utils) is not installed'}.`,
  );
