// A full disk, simulated with PRAGMA max_page_count on the notebook's own connection: every
// write fails with a message that says the disk is full (never "corrupt" or "damaged"), every
// input of an import still gets its outcome, nothing partial is stored, and the notebook
// stays readable and whole, and writable again once there is room.
import { describe, expect, test } from 'vitest';
import { createNotebook, type Notebook } from '../../../main/composition';
import { tempDbFile } from '../../helpers/temp';

async function value<T>(notebook: Notebook, method: string, args: unknown): Promise<T> {
  const result = await notebook.dispatch(method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

function fileOf(index: number): { name: string; data: string } {
  const paragraph =
    `Report ${index} from the Brackwater lock-keepers. The gates at Lowmere were opened at ` +
    `${index} minutes past six, and the barges waited for the tide. `;
  const text = `Lock report ${index}\n\n${paragraph.repeat(120)}`;
  return { name: `lock-report-${index}.txt`, data: Buffer.from(text).toString('base64') };
}

function whole(notebook: Notebook): void {
  expect(notebook.db.pragma('integrity_check', { simple: true })).toBe('ok');
  notebook.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
}

describe('a full disk', () => {
  test('refuses writes as "disk full", keeps every outcome, stores nothing partial', async () => {
    const notebook = createNotebook({ dbFile: tempDbFile() });
    const seeded = await value<{ articleId: number }>(notebook, 'importPaste', {
      text: 'Canal notice\n\nThe canal at Brackwater closes for repairs on Friday.',
    });
    const pages = notebook.db.pragma('page_count', { simple: true }) as number;
    notebook.db.pragma(`max_page_count = ${pages + 3}`);

    const files = Array.from({ length: 20 }, (_, index) => fileOf(index));
    const outcomes = await value<
      Array<{ path: string; status: string; errorCode?: string; error?: string }>
    >(notebook, 'importFiles', { files });
    expect(outcomes).toHaveLength(files.length);
    const failed = outcomes.filter((outcome) => outcome.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const outcome of failed) {
      expect(outcome.errorCode).toBe('disk-full');
      expect(outcome.error).toMatch(/disk .*is full/);
      expect(outcome.error).not.toMatch(/corrupt|damaged/i);
    }
    const imported = outcomes.filter((outcome) => outcome.status === 'imported').length;
    expect(notebook.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1 + imported);

    const highlight = await notebook.dispatch('createHighlight', {
      articleId: seeded.articleId,
      kind: 'highlight',
      start: 4,
      end: 9,
      note: 'x'.repeat(18_000),
    });
    expect(highlight.ok).toBe(false);
    if (!highlight.ok) {
      expect(highlight.error.code).toBe('disk-full');
      expect(highlight.error.message).not.toMatch(/corrupt|damaged/i);
    }

    const listed = await value<unknown[]>(notebook, 'listArticles', {});
    expect(listed).toHaveLength(1 + imported);
    expect(await value<unknown[]>(notebook, 'searchArticles', { query: 'canal' })).toHaveLength(1);
    whole(notebook);

    notebook.db.pragma('max_page_count = 1073741823');
    const retried = await value<Array<{ status: string }>>(notebook, 'importFiles', {
      files: files.slice(0, 3),
    });
    expect(retried.every((outcome) => ['imported', 'duplicate'].includes(outcome.status))).toBe(
      true,
    );
    whole(notebook);
    notebook.close();
  });
});
