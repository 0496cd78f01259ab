// `dossier import` and newer copies: without --update a re-imported file with new text is
// reported and nothing is stored for it; with --update it becomes the article's text, the old
// text kept and the highlights re-anchored, those that cannot be placed named.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main, type CliIo } from '../../../../main/cli';
import { createNotebook } from '../../../../main/composition';
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

const OPENING = 'The Saltmere lighthouse will be repainted in red and white this summer.';
const QUOTE = '“It is the first thing sailors see of us,” said Petra Lowe, the keeper.';
const CLOSING = 'The work starts in July.';

/** A notebook holding two articles imported from a folder, one quotation on the first. */
async function importedFolder() {
  const folder = tempDir();
  const dbFile = path.join(tempDir(), 'notebook.sqlite');
  const files = ['lighthouse.txt', 'quay.txt'].map((name) => path.join(folder, name));
  writeFileSync(files[0]!, `Lighthouse to be repainted\n\n${OPENING}\n\n${QUOTE}\n\n${CLOSING}\n`);
  writeFileSync(files[1]!, 'Quay widened\n\nThe quay at Saltmere was widened by two metres.\n');
  expect(await main(['--db', dbFile, 'import', folder], io().cliIo)).toBe(0);
  const book = createNotebook({ dbFile });
  const [article] = book.services.articles
    .list({})
    .filter((item) => item.title.startsWith('Light'));
  const text = book.services.articles.get(article!.id).text;
  const quotation = book.services.highlights.create({
    articleId: article!.id,
    kind: 'direct',
    start: text.indexOf(QUOTE),
    end: text.indexOf(QUOTE) + QUOTE.length,
  });
  const closing = book.services.highlights.create({
    articleId: article!.id,
    kind: 'highlight',
    start: text.indexOf(CLOSING),
    end: text.indexOf(CLOSING) + CLOSING.length,
  });
  book.close();
  const inserted = 'The council voted for the colours after a public meeting.';
  writeFileSync(files[0]!, `Lighthouse to be repainted\n\n${OPENING}\n\n${inserted}\n\n${QUOTE}\n`);
  writeFileSync(files[1]!, 'Quay widened\n\nThe quay at Saltmere was widened by three metres.\n');
  return {
    folder,
    dbFile,
    articleId: article!.id,
    quotationId: quotation.id,
    closingId: closing.id,
  };
}

describe('dossier import and revisions', () => {
  test('without --update, revisions are reported and nothing is imported for them', async () => {
    const { folder, dbFile, articleId } = await importedFolder();
    const run = io();
    expect(await main(['--db', dbFile, 'import', folder], run.cliIo)).toBe(0);
    expect(run.captured.out).toContain(`revision  #${articleId}  Lighthouse to be repainted`);
    expect(run.captured.out).toContain('2 revisions found; run with --update to apply.');
    const book = createNotebook({ dbFile });
    expect(book.services.articles.count()).toBe(2);
    expect(book.services.articles.get(articleId).text).not.toContain('council');
    expect(book.services.revisions.listVersions(articleId)).toEqual([]);
    book.close();
  });

  test('--update applies them: new text current, old kept, the quotation moved, the lost passage named', async () => {
    const { folder, dbFile, articleId, quotationId, closingId } = await importedFolder();
    const run = io();
    expect(await main(['--db', dbFile, 'import', '--update', folder], run.cliIo)).toBe(0);
    expect(run.captured.out).toContain(
      `updated   #${articleId}  Lighthouse to be repainted: 1 highlight re-anchored, 1 could not be placed:`,
    );
    expect(run.captured.out).toContain(`not placed: “${CLOSING}”`);
    expect(run.captured.out).toContain('0 imported, 2 updated, 0 duplicates, 0 failed.');
    expect(run.captured.out).not.toContain('revisions found');
    const book = createNotebook({ dbFile });
    const text = book.services.articles.get(articleId).text;
    expect(text).toContain('The council voted');
    const quotation = book.services.highlights.get(quotationId);
    expect(text.slice(quotation.start, quotation.end)).toBe(QUOTE);
    expect(book.services.highlights.get(closingId).orphaned).toBe(true);
    const [version] = book.services.revisions.listVersions(articleId);
    expect(book.services.revisions.getVersion(version!.id).text).toContain(CLOSING);
    expect(book.services.articles.count()).toBe(2);
    book.close();
  });

  test('--json prints each revision with the article it would update', async () => {
    const { folder, dbFile, articleId } = await importedFolder();
    const run = io();
    await main(['--db', dbFile, 'import', '--json', folder], run.cliIo);
    const outcomes = run.captured.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { status: string; articleId: number });
    expect(outcomes.find((outcome) => outcome.articleId === articleId)).toMatchObject({
      status: 'revision',
      revision: { matchedBy: 'source-path', highlightCount: 2, id: null },
    });
  });
});
