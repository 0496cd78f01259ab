// Five articles of web copy, measured against their hand-labelled gold quotations: the real
// ones in ../shared/corpus where it exists, and always the fictional seed corpus written in
// their shape (test/fixtures/seed-corpus). Nothing here names a person, phrase or offset from
// either: expectations are derived from the files themselves (their structure), so the rules
// stay general.

import { describe, expect, it } from 'vitest';
import { corpora, corpusFiles, goldQuotes, isMissing, type Corpus } from '../../../helpers/shared';
import { corpusText, importCorpusFile } from './fixtures';

for (const corpus of corpora) describeCorpus(corpus);

function describeCorpus(corpus: Corpus): void {
  const files = corpusFiles(corpus);
  const importCorpus = (name: string) => importCorpusFile(corpus, name);

  /** Raw lines of a corpus file, whitespace-trimmed, without blank ones. */
  function rawLines(name: string): string[] {
    return corpusText(corpus, name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  }

  describe.skipIf(isMissing(corpus))(`articles of ${corpus.label}`, () => {
    it('finds the five articles to measure against', () => {
      expect(files).toHaveLength(5);
    });

    for (const name of files) {
      it(`keeps every gold quotation of ${name} verbatim in the cleaned text`, async () => {
        const article = await importCorpus(name);
        const missing = goldQuotes(corpus)
          .filter((quote) => quote.file === name)
          .map((quote) => quote.exact)
          .filter((exact) => !article.text.includes(exact));
        expect(missing).toEqual([]);
      });

      it(`takes a non-empty title for ${name} and does not repeat it at the start of the text`, async () => {
        const article = await importCorpus(name);
        expect(article.title.trim()).not.toBe('');
        expect(article.text.startsWith(article.title)).toBe(false);
      });

      it(`produces canonical paragraphs for ${name}`, async () => {
        const { text } = await importCorpus(name);
        expect(text).not.toMatch(/\n{3,}|^\s|\s$|[ \t]{2,}|\r|\t/);
        for (const paragraph of text.split('\n\n')) expect(paragraph).not.toContain('\n');
      });
    }

    it('removes every line that ends in a read-more arrow glyph', async () => {
      for (const name of files) {
        const article = await importCorpus(name);
        for (const line of rawLines(name).filter((line) => /[»›→]$/.test(line))) {
          expect(article.text).not.toContain(line);
        }
      }
    });

    it('removes related-story teasers: headlines printed twice in a row and their blurbs', async () => {
      let teasersSeen = 0;
      for (const name of files) {
        const lines = rawLines(name);
        const article = await importCorpus(name);
        const paragraphs = new Set(article.text.split('\n\n'));
        lines.forEach((line, index) => {
          const next = lines[index + 1] ?? '';
          const sameHeadline = line.replace(/[:\s]+$/, '') === next.replace(/[:\s]+$/, '');
          if (!sameHeadline || index === 0 || line === article.title) return;
          teasersSeen += 1;
          expect(paragraphs.has(line)).toBe(false);
          expect(paragraphs.has(next)).toBe(false);
          expect(paragraphs.has(lines[index + 2] ?? '')).toBe(false);
        });
      }
      expect(teasersSeen).toBeGreaterThan(0);
    });

    it('removes the heading that opens a related-stories block and everything after it', async () => {
      let blocksSeen = 0;
      for (const name of files) {
        const lines = rawLines(name);
        const opener = lines.findIndex((line) =>
          /^(?:recent|related|more|latest)\b.{0,20}$/i.test(line),
        );
        if (opener < 0) continue;
        blocksSeen += 1;
        const article = await importCorpus(name);
        for (const line of lines.slice(opener)) expect(article.text).not.toContain(line);
      }
      expect(blocksSeen).toBeGreaterThan(0);
    });

    it('removes promo lines such as "Also see: …" and "Also read: …"', async () => {
      let promosSeen = 0;
      for (const name of files) {
        const article = await importCorpus(name);
        for (const line of rawLines(name).filter((line) =>
          /^also\s+(?:see|read)\s*:/i.test(line),
        )) {
          promosSeen += 1;
          expect(article.text).not.toContain(line);
          expect(article.removed).toContain(line);
        }
      }
      expect(promosSeen).toBeGreaterThan(0);
    });

    it('takes the author from a "By" byline and removes the byline line', async () => {
      let bylines = 0;
      for (const name of files) {
        const byline = rawLines(name).find(
          (line) => /^By\s+\p{Lu}/u.test(line) && line.length < 60,
        );
        if (!byline) continue;
        bylines += 1;
        const article = await importCorpus(name);
        expect(article.author).toBe(byline.replace(/^By\s+/, ''));
        expect(article.text).not.toContain(byline);
      }
      expect(bylines).toBeGreaterThan(0);
    });

    it('reads a capitalised dateline but leaves it at the start of its sentence', async () => {
      let datelines = 0;
      for (const name of files) {
        const line = rawLines(name).find((candidate) =>
          /^\p{Lu}{3,}(?: \p{Lu}+)* [—–] \S/u.test(candidate),
        );
        if (!line) continue;
        datelines += 1;
        const article = await importCorpus(name);
        expect(article.dateline).toBe(line.split(/ [—–] /)[0]);
        expect(article.text).toContain(line);
      }
      expect(datelines).toBeGreaterThan(0);
    });

    it('takes the publisher from a "sourced from" credit and removes the credit', async () => {
      let credits = 0;
      for (const name of files) {
        const credit = rawLines(name).find((line) => /\bsourced\s+from\b/i.test(line));
        if (!credit) continue;
        credits += 1;
        const article = await importCorpus(name);
        expect(article.publisher).not.toBeNull();
        expect(credit).toContain(article.publisher);
        expect(article.text).not.toContain(credit);
      }
      expect(credits).toBeGreaterThan(0);
    });

    it('never invents an author for an article without a byline', async () => {
      for (const name of files) {
        const hasByline = rawLines(name).some((line) => /^(?:By|Author:)\s/.test(line));
        const article = await importCorpus(name);
        if (!hasByline) expect(article.author).toBeNull();
      }
    });

    it('keeps every paragraph that holds a quotation', async () => {
      for (const name of files) {
        const article = await importCorpus(name);
        const quoted = article.removed.filter((block) => /“[^”]*\s[^”]*\s[^”]*”/.test(block));
        expect(quoted).toEqual([]);
      }
    });

    it('guesses English for every article', async () => {
      for (const name of files) expect((await importCorpus(name)).language).toBe('en');
    });
  });
}
