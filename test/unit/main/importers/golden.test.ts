// Golden files: each fixture article's full import (metadata, canonical text, removed
// blocks) is compared with a reviewed JSON file. Regenerate deliberately with
// UPDATE_GOLDEN=1 npx vitest run test/unit/main/importers/golden.test.ts, then review the diff;
// without it, a missing golden file fails.

import { describe, it } from 'vitest';
import { expectGolden } from '../../../helpers/golden';
import { fixturesDir, importFixture } from './fixtures';

const cases = [
  'articles/harbor-gazette.html',
  'articles/valley-ledger.html',
  'articles/field-notes.md',
  'articles/wire-story.txt',
  'articles/hard-wrapped.txt',
  'articles/lantern-blog.html',
  'articles/web-copy.txt',
  'office/council-report.docx',
  'office/council-report.pdf',
  'hostile/minimal.docx',
  'hostile/minimal.pdf',
];

describe('importer golden files', () => {
  for (const fixture of cases) {
    it(`imports ${fixture} exactly as its golden file records`, async () => {
      const article = await importFixture(fixture);
      const goldenPath = `${fixturesDir}golden/${fixture.replace('/', '--')}.json`;
      expectGolden(goldenPath, `${JSON.stringify(article, null, 2)}\n`);
    });
  }
});
