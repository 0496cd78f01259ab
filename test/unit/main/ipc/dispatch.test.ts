import { describe, expect, test } from 'vitest';
import { createNotebook } from '../../../../main/composition';
import { METHODS, type ArgsOf, type Method } from '../../../../main/ipc/contract';
import { createDispatcher, type Handlers } from '../../../../main/ipc/dispatch';
import { tempDbFile } from '../../../helpers/temp';

/** Arguments each method's schema accepts; typed so a new method cannot go without one. */
const VALID_ARGUMENTS: { [M in Method]: ArgsOf<M> } = {
  getNotebookInfo: {},
  listArticles: { sort: 'title' },
  listArticlePage: { sort: 'title', filter: { text: 'harbour' }, limit: 50, counts: true },
  getArticleSummaries: { ids: [1] },
  getArticle: { id: 1 },
  updateArticle: { id: 1, title: 'Harbour dues rise in Quenby' },
  deleteArticle: { id: 1 },
  restoreArticle: { id: 1 },
  listDeletedArticles: {},
  searchArticles: { query: 'harbour', limit: 5 },
  importFiles: {
    files: [
      { name: 'note.txt', data: Buffer.from('Harbour dues rise in Quenby.').toString('base64') },
    ],
  },
  importPaste: { text: 'The Quenby harbour board raised its dues on Monday.' },
  getImportProgress: {},
  cancelImport: {},
  applyRevision: { revisionId: '6f1c2b8e-4d3a-4f5e-9a7b-1c2d3e4f5a6b', articleId: 1 },
  keepRevisionAsNew: { revisionId: '6f1c2b8e-4d3a-4f5e-9a7b-1c2d3e4f5a6b' },
  discardRevision: { revisionId: '6f1c2b8e-4d3a-4f5e-9a7b-1c2d3e4f5a6b' },
  listArticleVersions: { articleId: 1 },
  getArticleVersion: { id: 1 },
  listSpeakers: {},
  listSpeakerPage: { filter: 'ab', limit: 50 },
  getSpeakers: { ids: [1] },
  suggestSpeakers: { query: 'Sor' },
  createSpeaker: { name: 'Ada Sorel', role: 'Harbour Master of Quenby' },
  updateSpeaker: { id: 1, role: 'Former Harbour Master of Quenby' },
  deleteSpeaker: { id: 99 },
  mergeSpeakers: { fromId: 98, intoId: 99 },
  listTags: {},
  listTagPage: { after: 'trade' },
  getTags: { ids: [1] },
  createTag: { name: 'harbour' },
  updateTag: { id: 1, colour: '#336699' },
  deleteTag: { id: 99 },
  mergeTags: { fromId: 98, intoId: 99 },
  listHighlights: { articleId: 1 },
  createHighlight: { articleId: 99, kind: 'direct', start: 0, end: 4 },
  updateHighlight: { id: 99, note: 'Check the figure.' },
  deleteHighlight: { id: 99 },
  replaceHighlight: { id: 99, start: 0, end: 4 },
  undoAnnotation: { articleId: 1 },
  redoAnnotation: { articleId: 1 },
  getAnnotationHistory: { articleId: 1 },
  listAnnotationChanges: { limit: 10 },
  revertAnnotationChange: { id: 1 },
  reviseArticleText: { id: 99, text: 'A corrected text.' },
  listSuggestions: { articleId: 1 },
  acceptSuggestion: { articleId: 99, start: 0, end: 4, kind: 'direct' },
  rejectSuggestion: { articleId: 99, start: 0, end: 4, kind: 'direct' },
  acceptSuggestionsFrom: { articleId: 99, speaker: 'Ada Sorel' },
  countSuggestions: { articleIds: [1] },
  backupNotebook: {},
  listBackups: {},
  restoreBackup: { name: 'notebook-2026-03-14T09-00-00-manual.sqlite' },
  checkNotebook: { repair: false },
  listCorroborations: { speakerId: 1 },
  corroborateHighlight: { highlightId: 1 },
  listFigures: { articleId: 1 },
  listFigureConflicts: {},
  exportAnnotations: { format: 'w3c' },
  importAnnotations: { name: 'annotations.jsonld', text: '[]' },
  exportProject: { format: 'qdpx' },
  importProject: { name: 'colleague.qdpx', data: '' },
  exportMemoSources: { scope: { title: 'Harbour dues' } },
  compileMemo: { scope: { title: 'Harbour dues' } },
  listMemos: {},
  listMemoPage: {},
  getMemo: { id: 99 },
  createMemo: { scope: { title: 'Harbour dues' } },
  renameMemo: { id: 99, title: 'Harbour dues, revised' },
  updateMemoOptions: { id: 99, scope: { groupBy: 'tag', author: 'Desk officer Lune' } },
  duplicateMemo: { id: 99 },
  deleteMemo: { id: 99 },
  saveMemoDocument: { id: 99, document: { type: 'doc', content: [] } },
  checkMemoSources: { id: 99 },
  listMemoVersions: { memoId: 99 },
  getMemoVersion: { id: 99 },
  restoreMemoVersion: { id: 99 },
  exportMemo: { scope: { title: 'Harbour dues' }, format: 'md' },
  listQuotations: { limit: 10 },
};

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

  test('answers internal, naming the method, where a handler is missing', async () => {
    const dispatch = createDispatcher({} as Handlers);
    const result = await dispatch('listTags', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).toMatch(/^listTags failed/);
  });

  test('every contract method passes valid arguments to a handler that answers', async () => {
    const book = notebook();
    const answered: string[] = [];
    for (const method of METHODS) {
      const result = await book.dispatch(method, VALID_ARGUMENTS[method]);
      // A service's own refusal (no such id in an empty notebook) still means its handler ran;
      // a missing handler answers 'internal', a sample the schema rejects 'invalid-arguments'.
      const outcome = result.ok ? 'ok' : result.error.code;
      expect(['ok', 'not-found', 'conflict', 'invalid-input'], `${method}: ${outcome}`).toContain(
        outcome,
      );
      answered.push(method);
    }
    expect(answered).toEqual(METHODS);
  });
});
