// The lexicon compromise ships, written compactly for the built app. Loading compromise only to
// read its lexicon takes about a fifth of a second, more than the finder spends on a long
// article, so the build (electron.config.ts) writes the lexicon into a JSON file beside the
// bundle and lexicon.ts reads that instead. Every word and every tag is kept, since the finder
// also asks whether the lexicon knows a word at all; the file is small because the words are
// grouped by their entry, of which there are only a few dozen distinct ones.

import { createRequire } from 'node:module';

/** A lexicon entry as compromise writes it: one tag, or a list of them. */
export type LexiconEntry = string | string[];

/** The file's name; the build writes it beside the chunk that holds lexicon.ts. */
export const COMPACT_LEXICON_FILE = 'dossier-lexicon.json';

/** The lexicon of the installed compromise, read through its CommonJS build (the same data). */
export function readCompromiseLexicon(): Readonly<Record<string, LexiconEntry>> {
  const nlp = createRequire(import.meta.url)('compromise/two') as { model(): unknown };
  // compromise types its model as `object`; the lexicon is a plain word -> tag(s) map.
  const model = nlp.model() as { one?: { lexicon?: Record<string, LexiconEntry> } };
  return model.one?.lexicon ?? {};
}

/** One entry and the words that carry exactly it. */
type Group = [entry: LexiconEntry, words: string[]];

/** compromise's word -> entry map as JSON: `[[entry, words], ...]`, one group per distinct entry. */
export function encodeCompactLexicon(lexicon: Readonly<Record<string, LexiconEntry>>): string {
  const groups = new Map<string, Group>();
  for (const [word, entry] of Object.entries(lexicon)) {
    const key = JSON.stringify(entry);
    let group = groups.get(key);
    if (group === undefined) {
      group = [entry, []];
      groups.set(key, group);
    }
    group[1].push(word);
  }
  return JSON.stringify([...groups.values()]);
}

/** The word -> entry map back from `encodeCompactLexicon`'s JSON. */
export function decodeCompactLexicon(json: string): Map<string, LexiconEntry> {
  const lexicon = new Map<string, LexiconEntry>();
  for (const [entry, words] of JSON.parse(json) as Group[]) {
    for (const word of words) lexicon.set(word, entry);
  }
  return lexicon;
}
