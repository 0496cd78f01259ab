// Quitting loses nothing: every write is committed by better-sqlite3 before its call returns,
// and closing the notebook (as the app does on will-quit) checkpoints the WAL into the file.
import { describe, expect, test } from 'vitest';
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createNotebook } from '../../../../main/composition';
import { createNotebookHolder } from '../../../../main/electron/notebook-holder';
import { tempDbFile, tempDir } from '../../../helpers/temp';

describe('quitting', () => {
  test('what was written through dispatch is in the notebook file after closing', async () => {
    const dbFile = tempDbFile();
    const holder = createNotebookHolder(createNotebook({ dbFile }));
    const created = await holder.run((notebook) =>
      notebook.dispatch('createTag', { name: 'Water security' }),
    );
    expect(created).toMatchObject({ ok: true });
    const imported = await holder.run((notebook) =>
      notebook.dispatch('importPaste', {
        text: 'Ministers met in Almaty.\n\nThey agreed to meet again.',
      }),
    );
    expect(imported).toMatchObject({ ok: true, value: { status: 'imported' } });

    await holder.close();

    // The WAL has been folded in: the .sqlite file alone holds everything.
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
    const copy = path.join(tempDir(), 'copy.sqlite');
    copyFileSync(dbFile, copy);
    const reopened = createNotebook({ dbFile: copy });
    try {
      expect(await reopened.dispatch('listTags', undefined)).toMatchObject({
        ok: true,
        value: [{ name: 'Water security' }],
      });
      expect(await reopened.dispatch('listArticles', undefined)).toMatchObject({
        ok: true,
        value: [expect.objectContaining({ title: expect.any(String) })],
      });
    } finally {
      reopened.close();
    }
  });

  test('a backup taken through the db handle opens as a notebook with the same content', async () => {
    const dbFile = tempDbFile();
    const notebook = createNotebook({ dbFile });
    try {
      await notebook.dispatch('createTag', { name: 'Transit corridors' });
      const backup = path.join(tempDir(), 'backup.sqlite');
      await notebook.db.backup(backup);
      const restored = createNotebook({ dbFile: backup });
      try {
        expect(await restored.dispatch('listTags', undefined)).toMatchObject({
          ok: true,
          value: [{ name: 'Transit corridors' }],
        });
      } finally {
        restored.close();
      }
    } finally {
      notebook.close();
    }
  });
});
