// A figure highlight leaves the app in both interchange formats with its kind named, and comes
// back as a figure: neither writer nor reader may drop it or refuse it.
import { describe, expect, test } from 'vitest';
import type { Highlight } from '../../../../main/domain/records';
import type { NotebookSnapshot } from '../../../../main/interchange/model';
import { packQdpx, writeRefiProject } from '../../../../main/interchange/refi-qda';
import { readQdpx } from '../../../../main/interchange/refi-qda-reader';
import { readAnnotations, writeAnnotationCollection } from '../../../../main/interchange/w3c';

const TEXT = 'The Vellmark toll bridge carried 18,400 vehicles a day in 2031, the warden said.';
const EXACT = '18,400 vehicles a day';
const START = TEXT.indexOf(EXACT);

const figure: Highlight = {
  id: 4,
  articleId: 1,
  kind: 'figure',
  exact: EXACT,
  prefix: TEXT.slice(0, START),
  suffix: TEXT.slice(START + EXACT.length),
  start: START,
  end: START + EXACT.length,
  speakerId: 2,
  speakerName: 'Oren Vask',
  note: 'Compare with the county count.',
  orphaned: false,
  tags: [{ id: 5, name: 'Traffic', colour: null }],
  createdAt: '2031-06-01T09:00:00.000Z',
  updatedAt: '2031-06-01T09:00:00.000Z',
};

const snapshot: NotebookSnapshot = {
  articles: [
    {
      id: 1,
      title: 'Vellmark bridge traffic',
      author: null,
      publisher: 'Vellmark Herald',
      publishedAt: '2031-06-01',
      language: 'en',
      sourceUrl: null,
      contentHash: 'b'.repeat(64),
      importedAt: '2031-06-01T08:00:00.000Z',
      text: TEXT,
    },
  ],
  highlights: [figure],
  speakers: [{ id: 2, name: 'Oren Vask', role: 'Bridge warden', country: null }],
  tags: [{ id: 5, name: 'Traffic', colour: null }],
};

describe('figure highlights in interchange files', () => {
  test('a W3C annotation classifies a figure as "figure" and reads back as one', () => {
    const collection = writeAnnotationCollection(snapshot, {
      label: 'Figures',
      generated: '2031-06-02T00:00:00.000Z',
      version: '0.0.0',
    });
    expect(JSON.stringify(collection)).toContain('"value":"figure"');
    const [annotation] = readAnnotations(JSON.stringify(collection));
    expect(annotation).toMatchObject({ kind: 'figure', exact: EXACT, speaker: 'Oren Vask' });
  });

  test('a REFI-QDA project codes a figure with a Figure code and reads back as one', () => {
    const project = writeRefiProject(snapshot, {
      name: 'Figures',
      created: '2031-06-02T00:00:00Z',
      version: '0',
    });
    expect(project.xml).toMatch(/<Code [^>]*name="Figure"/);
    const [source] = readQdpx(packQdpx(project, new Date('2031-06-02T00:00:00Z')));
    expect(source!.selections).toEqual([
      expect.objectContaining({ kind: 'figure', speaker: 'Oren Vask', tags: ['Traffic'] }),
    ]);
  });
});
