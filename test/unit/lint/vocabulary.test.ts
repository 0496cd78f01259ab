// The notebook's closed lists (highlight kinds, quote kinds, memo formats and groupings,
// article sorts) are spelled out once, in main/domain/vocabulary.ts; everything else derives
// from them. The one copy that may not be derived, the SQL CHECK of a released migration, is
// held equal to the domain's list here.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { initial } from '../../../db/migrations/0001-initial';
import * as vocabulary from '../../../main/domain/vocabulary';
import { highlightKindSchema, memoFormatSchema } from '../../../main/domain/schemas';

const root = path.resolve(import.meta.dirname, '../../..');

const LISTS: Record<string, readonly string[]> = {
  HIGHLIGHT_KINDS: vocabulary.HIGHLIGHT_KINDS,
  QUOTE_KINDS: vocabulary.QUOTE_KINDS,
  MEMO_FORMATS: vocabulary.MEMO_FORMATS,
  MEMO_GROUPINGS: vocabulary.MEMO_GROUPINGS,
  ARTICLE_SORTS: vocabulary.ARTICLE_SORTS,
};

/** Released migrations are never edited, so their SQL keeps its own copy (checked below). */
const MAY_SPELL_OUT = ['main/domain/', 'db/migrations/'];

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const child = `${folder}/${entry.name}`;
    if (entry.isDirectory()) found.push(...sourceFiles(child));
    else if (/\.(ts|mts|mjs)$/.test(entry.name)) found.push(child);
  }
  return found;
}

/** Every run of two or more quoted words joined by `,` or `|` in a source text. */
function quotedRuns(source: string): string[][] {
  const runs = source.match(/['"][a-z-]+['"](?:\s*[,|]\s*['"][a-z-]+['"])+/g) ?? [];
  return runs.map((run) => [...run.matchAll(/['"]([a-z-]+)['"]/g)].map((match) => match[1]!));
}

describe('closed lists', () => {
  test("the latest migration's CHECK on highlights.kind allows exactly the domain's highlight kinds", () => {
    // 0001 wrote the CHECK and 0009 widened it; the last migration that spells one out wins.
    const files = readdirSync(path.join(root, 'db/migrations'))
      .filter((name) => /^\d{4}-.*\.ts$/.test(name))
      .sort();
    const checks = files.flatMap((name) => [
      ...readFileSync(path.join(root, 'db/migrations', name), 'utf8').matchAll(
        /CHECK \(kind IN \(((?:'[a-z-]+'(?:, )?)+)\)\)/g,
      ),
    ]);
    expect(checks.length).toBeGreaterThan(0);
    const latest = checks[checks.length - 1]![1]!;
    const kinds = [...latest.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]);
    expect(kinds).toEqual([...vocabulary.HIGHLIGHT_KINDS]);
  });

  test("migration 0001's CHECK on highlights.kind is still the one it was released with", () => {
    expect(initial.sql).toContain(
      "kind TEXT NOT NULL CHECK (kind IN ('highlight', 'direct', 'indirect', 'term'))",
    );
  });

  test('the zod schemas accept exactly the words of their lists', () => {
    expect(highlightKindSchema.options).toEqual([...vocabulary.HIGHLIGHT_KINDS]);
    expect(memoFormatSchema.options).toEqual([...vocabulary.MEMO_FORMATS]);
    expect(vocabulary.isHighlightKind('term')).toBe(true);
    expect(vocabulary.isHighlightKind('quote')).toBe(false);
    expect(vocabulary.isMemoGrouping('speaker')).toBe(true);
    expect(vocabulary.isArticleSort(undefined)).toBe(false);
  });

  test('no source file outside main/domain spells out a whole list again', () => {
    const spelled: string[] = [];
    for (const file of ['main', 'db', 'renderer'].flatMap(sourceFiles)) {
      if (MAY_SPELL_OUT.some((folder) => file.startsWith(folder))) continue;
      for (const words of quotedRuns(readFileSync(path.join(root, file), 'utf8'))) {
        for (const [name, list] of Object.entries(LISTS)) {
          // A run naming every word of a list (and at most one other) restates that list.
          if (list.every((word) => words.includes(word)) && words.length <= list.length + 1) {
            spelled.push(`${file}: ${words.join(', ')} restates ${name}`);
          }
        }
      }
    }
    expect(spelled).toEqual([]);
  });

  test('the scan sees a restated list however it is joined', () => {
    expect(quotedRuns("type K = 'highlight' | 'direct' | 'indirect' | 'term';")).toEqual([
      ['highlight', 'direct', 'indirect', 'term'],
    ]);
    expect(quotedRuns("const f = ['md', 'html',\n  'docx', \"pdf\"];")).toEqual([
      ['md', 'html', 'docx', 'pdf'],
    ]);
  });
});
