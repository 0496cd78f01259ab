// The interchange formats on whole annotated notebooks: the fictional seed corpus always, the
// real corpus in ../shared where it exists. A W3C round trip into a notebook holding copies of
// the same articles gives the same annotations, and the REFI-QDA project validates against the
// 1.0 schema (where xmllint is installed).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { getArticle, insertArticle } from '../../../../db/queries/articles';
import { liveArticles } from '../../../../db/queries/interchange';
import { createNotebook, type Notebook } from '../../../../main/composition';
import { countWords } from '../../../../main/services/imports';
import { hasShared, sharedDir } from '../../../helpers/shared';
import { tempDbFile, tempDir } from '../../../helpers/temp';
import { corpusNotebook } from '../memo/corpus-notebook';
import { seedNotebook } from '../memo/seed-notebook';

const schema = path.join(sharedDir, 'schemas/refi-qda-project-1.0.xsd');
const canValidate = spawnSync('xmllint', ['--version']).status === 0 && existsSync(schema);

/** A new notebook holding copies of `book`'s articles (text and details), nothing else. */
function sameArticles(book: Notebook): Notebook {
  const copy = createNotebook({ dbFile: tempDbFile() });
  for (const row of liveArticles(book.db)) {
    const article = getArticle(book.db, row.id)!;
    insertArticle(copy.db, {
      title: article.title,
      author: article.author,
      publisher: article.publisher,
      dateline: article.dateline,
      publishedAt: article.publishedAt,
      language: article.language,
      sourceUrl: article.sourceUrl,
      format: article.format,
      sourcePath: article.sourcePath,
      originalName: null,
      original: new TextEncoder().encode(article.text),
      text: article.text,
      contentHash: article.contentHash,
      wordCount: countWords(article.text),
    });
  }
  return copy;
}

const withoutIds = (json: string) =>
  (JSON.parse(json) as { first: { items: Record<string, unknown>[] } }).first.items.map(
    ({ id: _id, ...rest }) => rest,
  );

const notebooks = [
  { label: 'the fictional seed corpus', build: seedNotebook, skip: false },
  { label: 'the shared corpus', build: corpusNotebook, skip: !hasShared },
];

describe.each(notebooks)('interchange on $label', ({ build, skip }) => {
  test.skipIf(skip)('a W3C round trip gives the same annotations', async () => {
    const { notebook } = await build(tempDbFile());
    const first = notebook.services.interchange.exportAnnotations();
    expect(withoutIds(first).length).toBeGreaterThan(3);
    const copy = sameArticles(notebook);
    const report = copy.services.interchange.importAnnotations('corpus.jsonld', first);
    expect(report.orphaned).toEqual([]);
    expect(report.imported).toBe(withoutIds(first).length);
    expect(withoutIds(copy.services.interchange.exportAnnotations())).toEqual(withoutIds(first));
    notebook.close();
    copy.close();
  });

  test.skipIf(skip || !canValidate)(
    'the REFI-QDA project validates against the 1.0 schema',
    async () => {
      const { notebook } = await build(tempDbFile());
      const files = unzipSync(notebook.services.interchange.exportProject('Corpus'));
      const file = path.join(tempDir(), 'project.qde');
      writeFileSync(file, strFromU8(files['project.qde']!));
      const result = spawnSync('xmllint', ['--noout', '--schema', schema, file], {
        encoding: 'utf8',
      });
      expect(result.stderr).toContain('validates');
      notebook.close();
    },
  );
});
