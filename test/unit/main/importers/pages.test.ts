// Saved-page fixtures (test/fixtures/import/pages: fictional text in the markup of many house
// styles) against their hand labels in expected.json: each page's title, authors, publisher
// and date, which body paragraphs must be kept and which page furniture must go. The last
// test prints the figures issue 16 asks for (titles, authors, dates found x/N, content
// recall, boilerplate removed) and holds them to its targets.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedArticle } from '../../../../main/importers/index';
import { fixturesDir, importFixture } from './fixtures';

interface Expected {
  title: string;
  author: string | null;
  publisher: string | null;
  publishedAt: string | null;
  language: string;
  paragraphs: string[];
  boilerplate: string[];
}

const expected = JSON.parse(readFileSync(`${fixturesDir}pages/expected.json`, 'utf8')) as Record<
  string,
  Expected
>;
const files = Object.keys(expected).sort();
const imported = new Map<string, Promise<ImportedArticle>>();
const load = (file: string) => {
  let article = imported.get(file);
  if (!article) {
    article = importFixture(`pages/${file}`);
    imported.set(file, article);
  }
  return article;
};

/** Names compared as a set, whatever joins them ("A, B and C", "A and B"). */
function names(value: string | null): string[] {
  return (value ?? '')
    .split(/\s*(?:,|\band\b)\s*/)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .sort();
}

describe('saved-page fixtures', () => {
  it('has at least fifteen HTML pages of different house styles', () => {
    expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThanOrEqual(15);
  });

  for (const file of files) {
    const want = expected[file] as Expected;

    it(`takes the headline of ${file} as its title`, async () => {
      expect((await load(file)).title).toBe(want.title);
    });

    it(`takes the authors ${file} states`, async () => {
      expect(names((await load(file)).author)).toEqual(names(want.author));
    });

    it(`takes the publisher ${file} states`, async () => {
      expect((await load(file)).publisher).toBe(want.publisher);
    });

    it(`takes the publication date ${file} states, with its time zone, and invents none`, async () => {
      expect((await load(file)).publishedAt).toBe(want.publishedAt);
    });

    it(`keeps every body paragraph of ${file}`, async () => {
      const { text } = await load(file);
      expect(want.paragraphs.filter((paragraph) => !text.includes(paragraph))).toEqual([]);
    });

    it(`removes the page furniture of ${file}`, async () => {
      const { text } = await load(file);
      expect(want.boilerplate.filter((line) => text.includes(line))).toEqual([]);
    });

    it(`says where each metadata field of ${file} came from`, async () => {
      const article = await load(file);
      for (const field of ['title', 'author', 'publisher', 'publishedAt'] as const) {
        if (article[field]) expect(article.metadataSources[field]).toBeTruthy();
      }
    });
  }

  it('meets the targets of issue 16 on these fixtures, and prints the figures', async () => {
    let titles = 0;
    let authors = 0;
    let authorsStated = 0;
    let dates = 0;
    let datesStated = 0;
    let paragraphsKept = 0;
    let paragraphs = 0;
    let furnitureRemoved = 0;
    let furniture = 0;
    for (const file of files) {
      const want = expected[file] as Expected;
      const article = await load(file);
      if (article.title === want.title) titles += 1;
      if (want.author) {
        authorsStated += 1;
        if (names(article.author).join('|') === names(want.author).join('|')) authors += 1;
      }
      if (want.publishedAt) {
        datesStated += 1;
        if (article.publishedAt === want.publishedAt) dates += 1;
      }
      paragraphs += want.paragraphs.length;
      paragraphsKept += want.paragraphs.filter((line) => article.text.includes(line)).length;
      furniture += want.boilerplate.length;
      furnitureRemoved += want.boilerplate.filter((line) => !article.text.includes(line)).length;
    }
    const recall = paragraphsKept / paragraphs;
    const removed = furnitureRemoved / furniture;
    console.log(
      `saved-page fixtures: titles ${titles}/${files.length}, authors ${authors}/${authorsStated}, ` +
        `dates ${dates}/${datesStated}, content recall ${(recall * 100).toFixed(1)}% ` +
        `(${paragraphsKept}/${paragraphs}), boilerplate removed ${(removed * 100).toFixed(1)}% ` +
        `(${furnitureRemoved}/${furniture})`,
    );
    expect(titles / files.length).toBeGreaterThanOrEqual(17 / 18);
    expect(authors / authorsStated).toBeGreaterThanOrEqual(14 / 16);
    expect(dates / datesStated).toBeGreaterThanOrEqual(10 / 12);
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(removed).toBeGreaterThanOrEqual(0.95);
  });
});
