import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { insertArticle } from '../../../../db/queries/articles';
import { main, type CliIo } from '../../../../main/cli';
import { createNotebook } from '../../../../main/composition';
import { contentHash, countWords } from '../../../../main/services/imports';
import { tempDir } from '../../../helpers/temp';

// A fictional article and statement.
const TEXT = 'Harbour dues rise\n\n“Dues go up in March,” said port clerk Mira Solen.';
const PHRASE = 'Dues go up in March,';

function notebookWithMemo(file: string) {
  const notebook = createNotebook({ dbFile: file });
  const articleId = insertArticle(notebook.db, {
    title: 'Harbour dues rise',
    author: null,
    publisher: 'Quenby Gazette',
    dateline: null,
    publishedAt: '2036-02-01',
    language: 'en',
    sourceUrl: null,
    format: 'text',
    sourcePath: null,
    originalName: null,
    original: new TextEncoder().encode(TEXT),
    text: TEXT,
    contentHash: contentHash(TEXT),
    wordCount: countWords(TEXT),
  });
  const speakerId = notebook.services.speakers.create({ name: 'Mira Solen', role: null }).id;
  const highlightId = notebook.services.highlights.create({
    articleId,
    kind: 'direct',
    start: TEXT.indexOf(PHRASE),
    end: TEXT.indexOf(PHRASE) + PHRASE.length,
    speakerId,
    tagIds: [],
    note: '',
  }).id;
  const memoId = notebook.services.memos.create({ scope: {}, title: 'Dues' }).id;
  return { memoId, highlightId, notebook };
}

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

describe('dossier memo --memo', () => {
  test('exporting a memo whose quotation lost its highlight warns on stderr, naming it, and still writes', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notebook.sqlite');
    const made = notebookWithMemo(file);
    made.notebook.services.highlights.remove(made.highlightId);
    made.notebook.close();
    const out = path.join(dir, 'dues.md');
    const { captured, cliIo } = io();
    const code = await main(
      ['memo', '--db', file, '--memo', String(made.memoId), '--format', 'md', '--out', out],
      cliIo,
    );
    expect(code, captured.err).toBe(0);
    expect(captured.err).toContain('Warning: 1 quotation of memo');
    expect(captured.err).toContain('Dues go up in March');
    expect(captured.err).toContain('has been deleted');
    expect(readFileSync(out, 'utf8')).toContain('Dues go up in March');
  });

  test('exporting a memo whose sources all check out prints no warning', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notebook.sqlite');
    const made = notebookWithMemo(file);
    made.notebook.close();
    const { captured, cliIo } = io();
    const out = path.join(dir, 'dues.md');
    expect(
      await main(
        ['memo', '--db', file, '--memo', String(made.memoId), '--format', 'md', '--out', out],
        cliIo,
      ),
    ).toBe(0);
    expect(captured.err).toBe('');
  });
});

describe('dossier memo options', () => {
  test('the title block, nesting and inclusion flags reach the written memo', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notebook.sqlite');
    notebookWithMemo(file).notebook.close();
    const out = path.join(dir, 'dues.md');
    const { captured, cliIo } = io();
    const code = await main(
      [
        'memo',
        '--db',
        file,
        '--title',
        'Harbour dues',
        '--date',
        '2 February 2036',
        '--author',
        'Desk officer Lune',
        '--classification',
        'OFFICIAL',
        '--group',
        'speaker',
        '--then-by',
        'source',
        '--include-unattributed',
        '--format',
        'md',
        '--out',
        out,
      ],
      cliIo,
    );
    expect(code, captured.err).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    expect(
      markdown.startsWith(
        '**OFFICIAL**\n\n# Harbour dues\n\n2 February 2036\n\nPrepared by Desk officer Lune\n',
      ),
    ).toBe(true);
    expect(markdown).toContain(
      '## Mira Solen\n\n### Harbour dues rise (Quenby Gazette, 1 February 2036)',
    );
    // The comma that led into "said port clerk Mira Solen" is the attribution's, not hers.
    expect(markdown).toContain('> “Dues go up in March”');
  });

  test('an unknown tag listing is refused naming the choices', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notebook.sqlite');
    notebookWithMemo(file).notebook.close();
    const { captured, cliIo } = io();
    const code = await main(
      [
        'memo',
        '--db',
        file,
        '--tag-listing',
        'twice',
        '--format',
        'md',
        '--out',
        path.join(dir, 'x.md'),
      ],
      cliIo,
    );
    expect(code).not.toBe(0);
    expect(captured.err).toContain('--tag-listing must be one of every, first');
  });
});
