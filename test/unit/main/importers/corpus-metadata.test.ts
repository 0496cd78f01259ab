// The dates and publishers the corpus articles state, read as an analyst reads them: a date
// in a dateline sentence or a "Published" line near the top, a publisher in a "sourced from"
// credit or a views disclaimer. Expectations come from each file's own lines, by patterns
// that name no outlet, person or phrase of the corpus; where a file states no date, none may
// be invented. Runs on the fictional seed corpus always and on ../shared/corpus where it exists.

import { describe, expect, it } from 'vitest';
import { corpora, corpusFiles, isMissing, type Corpus } from '../../../helpers/shared';
import { corpusText, importCorpusFile } from './fixtures';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FULL_DATE = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})\\b`);
const DATELINE_OPENING = /^\p{Lu}[\p{Lu} .'’-]{2,}(?:, [^—–]{1,40})? [—–] /u;

function isoOf(match: RegExpExecArray): string {
  const month = String(MONTHS.indexOf(match[1] ?? '') + 1).padStart(2, '0');
  return `${match[3]}-${month}-${(match[2] ?? '').padStart(2, '0')}`;
}

/** The date the opening lines state: in a dateline's first sentence or a "Published" line. */
function statedDate(lines: string[]): string | null {
  for (const line of lines.slice(0, 8)) {
    const firstSentence = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
    if (DATELINE_OPENING.test(line) || /^published\b/i.test(line)) {
      const match = FULL_DATE.exec(firstSentence);
      if (match) return isoOf(match);
    }
  }
  return null;
}

for (const corpus of corpora) describeCorpus(corpus);

function describeCorpus(corpus: Corpus): void {
  const files = corpusFiles(corpus);
  const lines = (name: string) =>
    corpusText(corpus, name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);

  describe.skipIf(isMissing(corpus))(`metadata stated in ${corpus.label}`, () => {
    for (const name of files) {
      it(`takes the publication date ${name} states, and invents none`, async () => {
        const article = await importCorpusFile(corpus, name);
        const stated = statedDate(lines(name));
        expect(article.publishedAt).toBe(stated);
        if (stated) expect(article.metadataSources.publishedAt).toBeTruthy();
      });

      it(`takes the publisher a credit or disclaimer of ${name} names`, async () => {
        const article = await importCorpusFile(corpus, name);
        const credit = lines(name).find(
          (line) =>
            /\bsourced\s+from\b/i.test(line) ||
            /\bnecessarily\s+reflect\b.*\bviews\s+of\b/i.test(line),
        );
        if (!credit) return;
        expect(article.publisher).not.toBeNull();
        const named = credit.slice(credit.search(/\bfrom\b|\bviews\s+of\b/i));
        expect(named).toContain(article.publisher);
        expect(article.metadataSources.publisher).toBe('text');
      });
    }
  });
}
