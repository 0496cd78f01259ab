// The app and the CLI search the same way: `dossier search Q --json` and the searchArticles API
// (what the app's search box calls) return the same articles in the same order for every kind
// of query, and the app's as-you-type mode differs only by reading the unfinished last word as
// a prefix, which the CLI spells `word*`. Fictional articles.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main, type CliIo } from '../../../../main/cli';
import { createNotebook } from '../../../../main/composition';
import { notebookWith } from '../../../helpers/notebook';

const ARTICLES = [
  {
    title: 'Ministers back the Veshan transport corridor',
    author: 'Ada Sorel',
    publisher: 'The Oldmere Courier',
    publishedAt: '2031-04-02',
    text: 'Foreign minister Ilvane Tormek said the transport corridor would open in spring.',
  },
  {
    title: 'Rail links across the steppe',
    author: 'Bram Kestrel',
    publisher: 'Harbour News',
    publishedAt: '2031-03-15',
    text: 'Two new transport corridors cross the steppe, said Yun Hesper.',
  },
  {
    title: 'Storm damage in Quenby',
    author: 'Cato Limm',
    publisher: 'The Oldmere Courier',
    publishedAt: '2031-05-20',
    text: 'A corridor of old transport sheds was flattened by the storm. Tormekov was away.',
  },
  {
    title: 'Orchard growers meet',
    text: 'Growers from Marisk met to discuss frost and the price of apples.',
  },
];

const QUERIES = [
  'transport',
  '"transport corridor"',
  '“transport corridor”',
  'Yun Hesper OR Tormek',
  'transport | apples',
  'transport NOT storm',
  'transport -storm',
  '-transport',
  'Torm*',
  'Torm',
  '(Quenby OR Veshan) transport',
  'title:Quenby',
  'author:sorel',
  'publisher:"oldmere courier" transport',
  'speaker:Tormek',
  'tag:freight',
  'after:2031-04 before:2031-05-01',
  'before:2031-04-02 corridor*',
  'harbour" OR NEAR(',
  '((',
  'NOT',
];

// One notebook for the whole file (the temp helper's folders last one test only).
const folder = mkdtempSync(path.join(os.tmpdir(), 'dossier-search-hosts-'));
const dbFile = path.join(folder, 'notebook.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(async () => {
  const { book, ids } = notebookWith(ARTICLES, dbFile);
  const speaker = await book.dispatch('createSpeaker', { name: 'Ilvane Tormek' });
  const tag = await book.dispatch('createTag', { name: 'Freight' });
  if (!speaker.ok || !tag.ok) throw new Error('fixture speaker or tag was refused');
  const created = await book.dispatch('createHighlight', {
    articleId: ids[0],
    kind: 'indirect',
    start: 0,
    end: 30,
    speakerId: (speaker.value as { id: number }).id,
    tagIds: [(tag.value as { id: number }).id],
  });
  if (!created.ok) throw new Error(created.error.message);
  book.close();
});

async function cliIds(query: string, extra: string[] = []): Promise<number[]> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => (out += text),
    err: (text) => (err += text),
    env: {},
    isTerminal: false,
  };
  // After `--`, so a query starting with a minus (-storm) is not read as an option.
  const code = await main(['--db', dbFile, 'search', '--json', ...extra, '--', query], io);
  if (code !== 0) throw new Error(`dossier search ${query} exited ${code}: ${err}`);
  return (JSON.parse(out) as { articleId: number }[]).map((hit) => hit.articleId);
}

async function apiIds(args: Record<string, unknown>): Promise<number[]> {
  const book = createNotebook({ dbFile });
  try {
    const result = await book.dispatch('searchArticles', args);
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { articleId: number }[]).map((hit) => hit.articleId);
  } finally {
    book.close();
  }
}

describe('search in the app and on the CLI', () => {
  test.each(QUERIES)('%j finds the same articles in the same order', async (query) => {
    expect(await cliIds(query)).toEqual(await apiIds({ query, limit: 20 }));
  });

  test('the fixture queries are not all empty, so the equality above says something', async () => {
    const counts = await Promise.all(QUERIES.map(async (query) => (await cliIds(query)).length));
    expect(counts.filter((count) => count > 0).length).toBeGreaterThanOrEqual(15);
  });

  test.each(['newest', 'oldest', 'relevance'])('--sort %s equals the API sort', async (sort) => {
    expect(await cliIds('transport', ['--sort', sort])).toEqual(
      await apiIds({ query: 'transport', limit: 20, sort }),
    );
  });

  test('--sort refuses a word the API does not know', async () => {
    let err = '';
    const io: CliIo = { out: () => {}, err: (text) => (err += text), env: {}, isTerminal: false };
    expect(await main(['--db', dbFile, 'search', 'transport', '--sort', 'random'], io)).toBe(2);
    expect(err).toMatch(/--sort must be one of relevance, newest, oldest/);
  });

  test('the app typing a word finds what the CLI finds for that word with a star', async () => {
    // The same articles; while typing they come title matches first, newest first, not by bm25.
    const typing = await apiIds({ query: 'Torm', limit: 20, prefix: true });
    expect(typing.length).toBe(2);
    expect([...typing].sort()).toEqual([...(await cliIds('Torm*'))].sort());
  });

  test('once the word is finished the app gets exactly what the CLI gets', async () => {
    expect(await apiIds({ query: 'Torm ', limit: 20, prefix: true })).toEqual(await cliIds('Torm'));
  });
});
