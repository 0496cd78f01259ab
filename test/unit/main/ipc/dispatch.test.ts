import { describe, expect, test } from 'vitest';
import { createNotebook } from '../../../../main/composition';
import { METHODS } from '../../../../main/ipc/contract';
import { tempDbFile } from '../../../helpers/temp';

function notebook() {
  return createNotebook({ dbFile: tempDbFile() });
}

describe('dispatch', () => {
  test('rejects an unknown method with a clear code', async () => {
    const result = await notebook().dispatch('dropAllTables', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-method', message: 'There is no operation called "dropAllTables".' },
    });
  });

  test('rejects invalid arguments and names the field', async () => {
    const result = await notebook().dispatch('createSpeaker', { name: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-arguments');
      expect(result.error.message).toMatch(/createSpeaker: name/);
    }
  });

  test('rejects fields the contract does not know', async () => {
    const result = await notebook().dispatch('getArticle', { id: 1, sql: 'DROP TABLE articles' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  test('returns a value envelope on success', async () => {
    const result = await notebook().dispatch('createTag', { name: '  trade ' });
    expect(result).toMatchObject({ ok: true, value: { name: 'trade', highlightCount: 0 } });
  });

  test('turns a service error into an error envelope, never a throw', async () => {
    const result = await notebook().dispatch('getArticle', { id: 999 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  test('reports a duplicate name as a conflict', async () => {
    const book = notebook();
    await book.dispatch('createSpeaker', { name: 'Ada Sorel', aliases: ['Sorel'] });
    const result = await book.dispatch('createSpeaker', { name: 'sorel' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  test('every contract method has a handler', async () => {
    const book = notebook();
    for (const method of METHODS) {
      const result = await book.dispatch(method, undefined);
      if (!result.ok) expect(result.error.code).not.toBe('unknown-method');
    }
  });
});
