// A property test of the full-text index: random sequences of the operations that change what
// search must find (import, title and metadata edits, text corrections, delete, restore,
// annotation undo), each followed by a complete check: every live article is found by each
// marker word it now holds, by none it lost, deleted articles by none, and FTS5's own
// integrity check passes. Seeded, so a failure names the seed and step that reproduce it.
import { describe, expect, test } from 'vitest';
import { createNotebook, type Notebook } from '../../../../main/composition';
import { tempDbFile } from '../../../helpers/temp';

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

async function call<T>(notebook: Notebook, method: string, args: unknown): Promise<T> {
  const result = await notebook.dispatch(method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

interface Article {
  id: number;
  title: string;
  text: string;
}

const MARKER = /\bmk\d+q\b/g;

function markersOf(article: Article): Set<string> {
  return new Set([...`${article.title} ${article.text}`.matchAll(MARKER)].map((m) => m[0]));
}

async function runSequence(seed: number, steps: number): Promise<void> {
  const notebook = createNotebook({ dbFile: tempDbFile() });
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  let counter = 0;
  const marker = () => `mk${seed}${(counter += 1)}q`;
  const everUsed = new Set<string>();
  const live = new Map<number, Article>();
  const deleted = new Map<number, Article>();
  const fresh = (count: number) => {
    const words = Array.from({ length: count }, marker);
    words.forEach((word) => everUsed.add(word));
    return words;
  };
  const paragraph = (words: string[]) =>
    `The harbour board of Saltmere met on ${words.join(' and ')} to settle the ferry dues.`;

  async function reload(id: number): Promise<Article> {
    const article = await call<Article>(notebook, 'getArticle', { id });
    return { id, title: article.title, text: article.text };
  }

  const operations: Record<string, () => Promise<void>> = {
    async import() {
      const words = fresh(3);
      const outcome = await call<{ status: string; articleId?: number }>(notebook, 'importPaste', {
        text: `Dispatch ${words[0]}\n\n${paragraph(words.slice(1))}\n\nMore follows.`,
      });
      expect(outcome.status).toBe('imported');
      live.set(outcome.articleId!, await reload(outcome.articleId!));
    },
    async editTitle() {
      if (live.size === 0) return;
      const id = pick([...live.keys()]);
      await call(notebook, 'updateArticle', { id, title: `Revised note ${fresh(1)[0]}` });
      live.set(id, await reload(id));
    },
    async editMetadata() {
      if (live.size === 0) return;
      const id = pick([...live.keys()]);
      await call(notebook, 'updateArticle', {
        id,
        publisher: `The Saltmere Gazette`,
        author: null,
      });
      live.set(id, await reload(id));
    },
    async correctText() {
      if (live.size === 0) return;
      const id = pick([...live.keys()]);
      const kept = [...(live.get(id)!.text.match(MARKER) ?? [])].filter(() => next() < 0.5);
      const text = `${paragraph([...kept, ...fresh(2)])}\n\nA correction was issued.`;
      await call(notebook, 'reviseArticleText', { id, text });
      live.set(id, await reload(id));
    },
    async delete() {
      if (live.size === 0) return;
      const id = pick([...live.keys()]);
      await call(notebook, 'deleteArticle', { id });
      deleted.set(id, live.get(id)!);
      live.delete(id);
    },
    async restore() {
      if (deleted.size === 0) return;
      const id = pick([...deleted.keys()]);
      await call(notebook, 'restoreArticle', { id });
      live.set(id, await reload(id));
      deleted.delete(id);
    },
    async annotateAndUndo() {
      if (live.size === 0) return;
      const article = live.get(pick([...live.keys()]))!;
      await call(notebook, 'createHighlight', {
        articleId: article.id,
        kind: 'highlight',
        start: 0,
        end: Math.min(10, article.text.length),
      });
      await call(notebook, 'undoAnnotation', { articleId: article.id });
    },
  };
  const names = Object.keys(operations);

  for (let step = 0; step < steps; step += 1) {
    const name = step < 3 ? 'import' : pick(names);
    await operations[name]!();
    const where = `seed ${seed}, step ${step} (${name})`;
    for (const word of everUsed) {
      const hits = await call<Array<{ articleId: number }>>(notebook, 'searchArticles', {
        query: word,
        limit: 100,
      });
      const expected = [...live.values()]
        .filter((article) => markersOf(article).has(word))
        .map((article) => article.id)
        .sort((a, b) => a - b);
      expect(
        hits.map((hit) => hit.articleId).sort((a, b) => a - b),
        `${where}: "${word}"`,
      ).toEqual(expected);
    }
    expect(() =>
      notebook.db.exec(
        "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)",
      ),
    ).not.toThrow();
  }
  notebook.close();
}

describe('the search index under random edits', () => {
  for (const seed of [11, 29, 47, 83]) {
    test(`stays exact after every step of sequence ${seed}`, async () => {
      await runSequence(seed, 45);
    });
  }
});
