import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { main, type CliIo } from '../../../../main/cli';
import { notebookWith, type TestArticle } from '../../../helpers/notebook';
import { tempDir } from '../../../helpers/temp';

function io() {
  const captured = { out: '', err: '' };
  const cliIo: CliIo = {
    out: (text) => (captured.out += text),
    err: (text) => (captured.err += text),
    env: {},
    isTerminal: false,
  };
  return { captured, cliIo };
}

const ARTICLE: TestArticle = {
  title: 'Lowmarsh lock to close for repairs',
  publisher: 'Lowmarsh Gazette',
  sourceUrl: 'https://gazette.example/lock',
  text: 'The Lowmarsh lock will close in June.\n\n“Barges must wait a fortnight,” said Noor Vell, the lock keeper.',
};

/** A notebook file holding ARTICLE with one attributed quotation, closed again. */
function annotatedNotebook(): string {
  const { book, ids, dbFile } = notebookWith([ARTICLE]);
  const speaker = book.services.speakers.create({ name: 'Noor Vell' });
  const tag = book.services.tags.create({ name: 'Canals' });
  const exact = 'Barges must wait a fortnight,';
  const start = ARTICLE.text.indexOf(exact);
  book.services.highlights.create({
    articleId: ids[0]!,
    kind: 'direct',
    start,
    end: start + exact.length,
    speakerId: speaker.id,
    tagIds: [tag.id],
  });
  book.close();
  return dbFile;
}

describe('dossier export-annotations and import-annotations', () => {
  test('export writes a W3C collection that import places in another notebook', async () => {
    const source = annotatedNotebook();
    const out = path.join(tempDir(), 'annotations.jsonld');
    const exported = io();
    expect(
      await main(
        ['--db', source, 'export-annotations', '--format', 'w3c', '--out', out],
        exported.cliIo,
      ),
    ).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      type: 'AnnotationCollection',
      total: 1,
    });

    const { book, dbFile: target } = notebookWith([ARTICLE]);
    book.close();
    const imported = io();
    expect(await main(['--db', target, 'import-annotations', out, '--json'], imported.cliIo)).toBe(
      0,
    );
    expect(JSON.parse(imported.captured.out)).toMatchObject({
      total: 1,
      imported: 1,
      createdSpeakers: ['Noor Vell'],
      createdTags: ['Canals'],
    });
  });

  test('import lists orphans and exits 1 when an annotation cannot be placed', async () => {
    const { book, dbFile } = notebookWith([ARTICLE]);
    book.close();
    const file = path.join(tempDir(), 'elsewhere.json');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'Annotation',
        target: {
          source: 'https://elsewhere.example/story',
          selector: { type: 'TextQuoteSelector', exact: 'a passage from elsewhere' },
        },
      }),
    );
    const run = io();
    expect(await main(['--db', dbFile, 'import-annotations', file], run.cliIo)).toBe(1);
    expect(run.captured.out).toContain('Orphan: annotation 1 “a passage from elsewhere”');
  });

  test('import refuses a malformed file by name and imports nothing', async () => {
    const { book, dbFile, ids } = notebookWith([ARTICLE]);
    book.close();
    const file = path.join(tempDir(), 'broken.json');
    writeFileSync(file, '{"type": "Annotation", "target": ');
    const run = io();
    expect(await main(['--db', dbFile, 'import-annotations', file], run.cliIo)).toBe(1);
    expect(run.captured.err).toContain(file);
    expect(run.captured.err).toContain('not valid JSON');
    const { book: reopened } = notebookWith([], dbFile);
    expect(reopened.services.highlights.listForArticle(ids[0]!)).toEqual([]);
    reopened.close();
  });
});

describe('dossier export-project', () => {
  test('writes a .qdpx holding project.qde and the article as a source', async () => {
    const source = annotatedNotebook();
    const out = path.join(tempDir(), 'notebook.qdpx');
    const run = io();
    expect(
      await main(['--db', source, 'export-project', '--format', 'qdpx', '--out', out], run.cliIo),
    ).toBe(0);
    const files = unzipSync(readFileSync(out));
    expect(strFromU8(files['project.qde']!)).toContain('<Code guid=');
    expect(Object.keys(files).some((name) => name.startsWith('Sources/'))).toBe(true);
  });

  test('an unknown format is a usage error and writes nothing', async () => {
    const source = annotatedNotebook();
    const out = path.join(tempDir(), 'notebook.nvp');
    const run = io();
    expect(
      await main(['--db', source, 'export-project', '--format', 'nvpx', '--out', out], run.cliIo),
    ).toBe(2);
    expect(run.captured.err).toContain('--format must be qdpx');
    expect(existsSync(out)).toBe(false);
  });
});

describe('dossier memo --citation-style and --sources-csl', () => {
  const CITED: TestArticle = { ...ARTICLE, author: 'Ada Sorel', publishedAt: '2031-06-02' };

  function citedNotebook(): string {
    const { book, ids, dbFile } = notebookWith([CITED]);
    const speaker = book.services.speakers.create({ name: 'Noor Vell' });
    const exact = 'Barges must wait a fortnight,';
    const start = CITED.text.indexOf(exact);
    book.services.highlights.create({
      articleId: ids[0]!,
      kind: 'direct',
      start,
      end: start + exact.length,
      speakerId: speaker.id,
    });
    book.close();
    return dbFile;
  }

  test('APA puts the author–date citation after the quotation and an APA entry in the notes', async () => {
    const dbFile = citedNotebook();
    const dir = tempDir();
    const out = path.join(dir, 'memo.md');
    const run = io();
    expect(
      await main(
        ['--db', dbFile, 'memo', '--format', 'md', '--out', out, '--citation-style', 'apa'],
        run.cliIo,
      ),
    ).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toContain('(Sorel, 2031, para. 2)');
    expect(markdown).toContain(
      'Sorel, A. (2031, June 2). Lowmarsh lock to close for repairs. Lowmarsh Gazette. Paragraph 2.',
    );
  });

  test('Chicago stays the default', async () => {
    const dbFile = citedNotebook();
    const out = path.join(tempDir(), 'memo.md');
    expect(await main(['--db', dbFile, 'memo', '--format', 'md', '--out', out], io().cliIo)).toBe(
      0,
    );
    expect(readFileSync(out, 'utf8')).toContain(
      'Ada Sorel, “Lowmarsh lock to close for repairs”, Lowmarsh Gazette, 2 June 2031, paragraph 2.',
    );
  });

  test('--sources-csl writes the cited articles as CSL-JSON beside the memo', async () => {
    const dbFile = citedNotebook();
    const dir = tempDir();
    const csl = path.join(dir, 'sources.json');
    const run = io();
    expect(
      await main(
        [
          '--db',
          dbFile,
          'memo',
          '--format',
          'md',
          '--out',
          path.join(dir, 'memo.md'),
          '--sources-csl',
          csl,
        ],
        run.cliIo,
      ),
    ).toBe(0);
    expect(JSON.parse(readFileSync(csl, 'utf8'))).toEqual([
      expect.objectContaining({
        type: 'article-newspaper',
        title: CITED.title,
        author: [{ family: 'Sorel', given: 'Ada' }],
        URL: CITED.sourceUrl,
      }),
    ]);
  });

  test('an unknown citation style is a usage error', async () => {
    const dbFile = citedNotebook();
    const run = io();
    expect(
      await main(
        [
          '--db',
          dbFile,
          'memo',
          '--format',
          'md',
          '--out',
          path.join(tempDir(), 'm.md'),
          '--citation-style',
          'mla',
        ],
        run.cliIo,
      ),
    ).toBe(2);
    expect(run.captured.err).toContain('--citation-style must be one of chicago, apa');
  });
});

describe('dossier import-project', () => {
  test('reads an exported project into another notebook, adding its article', async () => {
    const source = annotatedNotebook();
    const qdpx = path.join(tempDir(), 'notebook.qdpx');
    expect(await main(['--db', source, 'export-project', '--out', qdpx], io().cliIo)).toBe(0);
    const { book, dbFile } = notebookWith([]);
    book.close();
    const run = io();
    expect(await main(['--db', dbFile, 'import-project', qdpx, '--json'], run.cliIo)).toBe(0);
    expect(JSON.parse(run.captured.out)).toMatchObject({
      imported: 1,
      newArticles: [{ title: ARTICLE.title }],
      createdSpeakers: ['Noor Vell'],
      createdTags: ['Canals'],
    });
  });
});
