import { afterEach, describe, expect, test } from 'vitest';
import path from 'node:path';
import { clientOf } from '../../../../main/cli/call';
import { createNotebook, type Notebook } from '../../../../main/composition';
import { tempDir } from '../../../helpers/temp';

const opened: Notebook[] = [];

function notebook(): Notebook {
  const created = createNotebook({ dbFile: path.join(tempDir(), 'notebook.sqlite') });
  opened.push(created);
  return created;
}

afterEach(() => {
  for (const each of opened.splice(0)) each.close();
});

describe('the CLI’s API client', () => {
  test('returns the value the method answers', async () => {
    const call = clientOf(notebook());
    const tag = await call('createTag', { name: 'Harbour dues' });
    expect(await call('listTags', undefined)).toEqual([expect.objectContaining({ id: tag.id })]);
  });

  test('throws the message of an error the method answers', async () => {
    const call = clientOf(notebook());
    await expect(call('getArticle', { id: 404 })).rejects.toThrow('Article 404 does not exist');
  });

  test('checks the arguments against the contract, as the app’s calls are', async () => {
    const call = clientOf(notebook());
    await expect(call('compileMemo', { scope: { from: '2031-3-9' } })).rejects.toThrow(
      'Invalid arguments for compileMemo: scope.from: must be a date like',
    );
  });
});
