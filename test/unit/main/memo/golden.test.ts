// Golden files: the Markdown and HTML of a memo built from the five real articles in
// ../shared/corpus (three speakers quoted across four articles). Set UPDATE_GOLDEN=1 to
// rewrite them after a deliberate change, then read the diff as a reader would.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMemoService, type MemoService } from '../../../../main/services/memos';
import type { MemoScope } from '../../../../main/memo/model';
import { corpusNotebook, type CorpusNotebook } from './corpus-notebook';

const fixtures = fileURLToPath(new URL('../../../fixtures/memo/', import.meta.url));

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function matchesGolden(name: string, actual: string): void {
  const file = `${fixtures}${name}`;
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, actual);
  if (!existsSync(file))
    throw new Error(`${file} is missing; run with UPDATE_GOLDEN=1 to write it.`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

let folder: string;
let corpus: CorpusNotebook;
let memos: MemoService;

// One notebook for the whole file (test/helpers/temp removes its folders after every test).
beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dossier-memo-golden-'));
  corpus = await corpusNotebook(path.join(folder, 'notebook.sqlite'));
  memos = createMemoService(corpus.notebook.db);
});

afterAll(() => {
  corpus.notebook.close();
  rmSync(folder, { recursive: true, force: true });
});

const scope: MemoScope = {
  title: 'Central Asia–China ministers’ meeting, Almaty: what was said',
  summary:
    'Kazakhstan’s foreign minister wants the Central Asia–China format to become the flagship of the region’s CA+1 mechanisms, and cited record trade. China’s foreign minister put forward five proposals and stressed openness. At the Astana summit, the President of Kazakhstan gave the same trade figure.',
  date: '1 July 2025',
};

async function text(memoScope: MemoScope, format: 'md' | 'html'): Promise<string> {
  return new TextDecoder().decode(await memos.export({ scope: memoScope }, format));
}

describe('memo golden files from the shared corpus', () => {
  test('the memo quotes three speakers across at least three articles', () => {
    const memo = memos.compile({ ...scope, kinds: ['direct', 'indirect'] });
    const quotations = memo.blocks.flatMap((block) =>
      block.type === 'quotation' ? [block.quotation] : [],
    );
    expect(new Set(quotations.map((quotation) => quotation.speaker)).size).toBe(3);
    expect(
      new Set(quotations.map((quotation) => quotation.source.articleId)).size,
    ).toBeGreaterThanOrEqual(3);
  });

  test('Markdown grouped by speaker matches its golden file', async () => {
    matchesGolden('corpus-by-speaker.md', await text({ ...scope, groupBy: 'speaker' }, 'md'));
  });

  test('HTML grouped by speaker matches its golden file', async () => {
    matchesGolden('corpus-by-speaker.html', await text({ ...scope, groupBy: 'speaker' }, 'html'));
  });

  test('Markdown of the trade tag grouped by source matches its golden file', async () => {
    matchesGolden(
      'corpus-trade-by-source.md',
      await text(
        {
          ...scope,
          title: 'Trade figures',
          summary: '',
          tagIds: [corpus.tags.trade],
          groupBy: 'source',
        },
        'md',
      ),
    );
  });

  test('every quotation in the memo is the exact text of its article at its place', () => {
    const memo = memos.compile(scope);
    for (const block of memo.blocks) {
      if (block.type !== 'quotation') continue;
      for (const citation of [block.quotation.source, ...block.quotation.alsoReportedBy]) {
        const article = corpus.notebook.services.articles.get(citation.articleId);
        expect(article.text.slice(citation.start, citation.end)).toBe(citation.exact);
        expect(article.text.split('\n\n')[citation.paragraph! - 1]).toContain(citation.exact);
      }
    }
  });

  test.skipIf(!hasPdftotext())(
    'the PDF holds every quotation of the memo verbatim (read back with pdftotext; skipped where it is not installed)',
    async () => {
      const memo = memos.compile(scope);
      const file = path.join(folder, 'memo.pdf');
      writeFileSync(file, await memos.export({ memo }, 'pdf'));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      for (const block of memo.blocks) {
        if (block.type === 'quotation')
          expect(text).toContain(block.quotation.source.exact.replace(/\s+/g, ' '));
      }
    },
  );
});
