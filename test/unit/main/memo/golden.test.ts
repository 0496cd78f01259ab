// Golden files: the Markdown and HTML of a memo compiled through the memo service from an
// annotated notebook of five articles (three speakers quoted across four of them). It runs on
// the fictional seed corpus always, and on the real articles in ../shared/corpus where that
// exists. UPDATE_GOLDEN=1 rewrites the files after a deliberate change; read the diff as a
// reader of the memo would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queryMemoRows } from '../../../../db/queries/memos';
import { createMemoService, type MemoService } from '../../../../main/services/memos';
import { PARAPHRASE_LABEL, layoutMemo } from '../../../../main/memo/layout';
import type { MemoScope } from '../../../../main/memo/model';
import type { Notebook } from '../../../../main/composition';
import { expectGolden } from '../../../helpers/golden';
import { isMissing, seedCorpus, sharedCorpus, type Corpus } from '../../../helpers/shared';
import { hasPdftotext } from '../../../helpers/tools';
import { corpusNotebook } from './corpus-notebook';
import { seedNotebook } from './seed-notebook';

const fixtures = fileURLToPath(new URL('../../../fixtures/memo/', import.meta.url));

interface Case {
  corpus: Corpus;
  /** Golden files are named `<prefix>-<what>.<format>`. */
  prefix: string;
  build: (dbFile: string) => Promise<{ notebook: Notebook; tags: { trade: number } }>;
  scope: MemoScope;
}

const cases: Case[] = [
  {
    corpus: seedCorpus,
    prefix: 'seed',
    build: seedNotebook,
    scope: {
      title: 'Inner Sea–Calmora ministers’ meeting, Port Aster: what was said',
      summary:
        'Veldora’s foreign minister wants the Inner Sea–Calmora format to become the model for the region’s partnerships, and cited record trade. Calmora’s foreign minister put forward five proposals and stressed openness. At the Lindholm summit, the President of Veldora gave the same trade figure.',
      date: '1 July 2031',
    },
  },
  {
    corpus: sharedCorpus,
    prefix: 'corpus',
    build: corpusNotebook,
    scope: {
      title: 'Central Asia–China ministers’ meeting, Almaty: what was said',
      summary:
        'Kazakhstan’s foreign minister wants the Central Asia–China format to become the flagship of the region’s CA+1 mechanisms, and cited record trade. China’s foreign minister put forward five proposals and stressed openness. At the Astana summit, the President of Kazakhstan gave the same trade figure.',
      date: '1 July 2025',
    },
  },
];

for (const memoCase of cases) describeMemoGoldens(memoCase);

function describeMemoGoldens({ corpus, prefix, build, scope }: Case): void {
  describe.skipIf(isMissing(corpus))(`memo golden files from ${corpus.label}`, () => {
    let folder: string;
    let notebook: Notebook;
    let trade: number;
    let memos: MemoService;

    // One notebook for the whole file (test/helpers/temp removes its folders after every test).
    beforeAll(async () => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'dossier-memo-golden-'));
      const built = await build(path.join(folder, 'notebook.sqlite'));
      notebook = built.notebook;
      trade = built.tags.trade;
      memos = createMemoService(notebook.db);
      // Importing five articles takes a few seconds, more on a machine busy with other tests.
    }, 60_000);

    afterAll(() => {
      notebook?.close();
      if (folder) rmSync(folder, { recursive: true, force: true });
    });

    async function text(memoScope: MemoScope, format: 'md' | 'html'): Promise<string> {
      return new TextDecoder().decode(await memos.export({ scope: memoScope }, format));
    }

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
      expectGolden(
        `${fixtures}${prefix}-by-speaker.md`,
        await text({ ...scope, kinds: ['direct', 'indirect'], groupBy: 'speaker' }, 'md'),
      );
    });

    test('HTML grouped by speaker matches its golden file', async () => {
      expectGolden(
        `${fixtures}${prefix}-by-speaker.html`,
        await text({ ...scope, kinds: ['direct', 'indirect'], groupBy: 'speaker' }, 'html'),
      );
    });

    test('Markdown of the trade tag grouped by source matches its golden file', async () => {
      expectGolden(
        `${fixtures}${prefix}-trade-by-source.md`,
        await text(
          { ...scope, title: 'Trade figures', summary: '', tagIds: [trade], groupBy: 'source' },
          'md',
        ),
      );
    });

    test('every direct quotation prints the source’s words inside quotation marks, trimmed only of the punctuation that led into its attribution', () => {
      const memo = memos.compile({ ...scope, kinds: ['direct'] });
      const printed = layoutMemo(memo).blocks.flatMap((block) =>
        block.type === 'quotation' ? [block] : [],
      );
      expect(printed.length).toBeGreaterThan(0);
      for (const block of printed) {
        const words = block.paragraphs.join('\n\n');
        expect(words.startsWith('“') && words.endsWith('”')).toBe(true);
        const inner = words.slice(1, -1).replace(/\n\n“/g, ' ');
        const source = memo.blocks.find(
          (candidate) =>
            candidate.type === 'quotation' &&
            candidate.quotation.source.highlightId === block.highlightId,
        );
        const exact = source?.type === 'quotation' ? source.quotation.source.exact : '';
        expect(exact.replace(/\s+/g, ' ').startsWith(inner.replace(/\s+/g, ' '))).toBe(true);
        expect(exact.slice(inner.length)).toMatch(/^[\s,;:–—-]*$/u);
      }
    });

    test('reported speech reads as a sentence that names its speaker', () => {
      const memo = memos.compile({ ...scope, kinds: ['indirect'] });
      const speakers = memo.blocks.flatMap((block) =>
        block.type === 'quotation' ? [block.quotation.speaker] : [],
      );
      const printed = layoutMemo(memo).blocks.flatMap((block) =>
        block.type === 'quotation' ? [block] : [],
      );
      expect(printed.length).toBeGreaterThan(0);
      printed.forEach((block, index) => {
        expect(block.display).toBe('reported');
        expect(block.paragraphs[0]).toContain(speakers[index]!);
        expect(block.paragraphs[0]!.startsWith(PARAPHRASE_LABEL)).toBe(false);
        expect(block.paragraphs[0]).toMatch(/[.!?…]$/u);
      });
    });

    test('grouping by tag lists every quotation with several tags under each of its tags', () => {
      const memo = memos.compile({ ...scope, groupBy: 'tag' });
      const headingsOf = new Map<number, string[]>();
      let heading = '';
      for (const block of memo.blocks) {
        if (block.type === 'heading') heading = block.content.map((run) => run.text).join('');
        if (block.type !== 'quotation') continue;
        const id = block.quotation.source.highlightId;
        headingsOf.set(id, [...(headingsOf.get(id) ?? []), heading]);
      }
      const tagged = queryMemoRows(notebook.db, scope).rows.filter(
        (row) => headingsOf.has(row.highlightId) && row.tags.length > 1,
      );
      expect(tagged.length).toBeGreaterThan(0);
      for (const row of tagged)
        expect([...headingsOf.get(row.highlightId)!].sort()).toEqual(
          row.tags.map((tag) => tag.name).sort(),
        );
    });

    test('every quotation in the memo is the exact text of its article at its place', () => {
      const memo = memos.compile(scope);
      let citations = 0;
      for (const block of memo.blocks) {
        if (block.type !== 'quotation') continue;
        for (const citation of [block.quotation.source, ...block.quotation.alsoReportedBy]) {
          citations += 1;
          const article = notebook.services.articles.get(citation.articleId);
          expect(article.text.slice(citation.start, citation.end)).toBe(citation.exact);
          expect(article.text.split('\n\n')[citation.paragraph! - 1]).toContain(citation.exact);
        }
      }
      expect(citations).toBeGreaterThan(0);
    });

    test.skipIf(!hasPdftotext)(
      'the PDF holds every quotation of the memo verbatim (read back with pdftotext; skipped where it is not installed)',
      async () => {
        const memo = memos.compile(scope);
        const file = path.join(folder, 'memo.pdf');
        writeFileSync(file, await memos.export({ memo }, 'pdf'));
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
          encoding: 'utf8',
        }).replace(/\s+/g, ' ');
        let checked = 0;
        for (const block of layoutMemo(memo).blocks) {
          if (block.type !== 'quotation') continue;
          const printed = block.paragraphs.join(' ').replace(/\s+/g, ' ');
          expect(text).toContain(printed);
          checked += 1;
        }
        expect(checked).toBeGreaterThan(0);
      },
    );
  });
}
