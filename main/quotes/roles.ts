// Role words: the comparison keys of a role ("Foreign Minister", "the top diplomat") with
// synonyms folded, and whether two roles' modifiers agree. It knows English role words only.

import { isDeterminer, isPreposition, roleSynonyms } from './lexicon';

/** Lower-case comparison words of a role phrase, synonyms folded, cut before "of"/"at". */
export function roleKeysOf(roleText: string): string[] {
  const cached = roleKeyCache.get(roleText);
  if (cached !== undefined) return cached;
  const keys = computeRoleKeys(roleText);
  if (roleKeyCache.size > 10_000) roleKeyCache.clear();
  roleKeyCache.set(roleText, keys);
  return keys;
}

const roleKeyCache = new Map<string, string[]>();

function computeRoleKeys(roleText: string): string[] {
  let lower = ` ${roleText
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/\s+/gu, ' ')} `;
  for (const [phrase, canonical] of roleSynonyms) {
    lower = lower.replace(` ${phrase} `, ` ${canonical} `);
  }
  const words: string[] = [];
  for (const word of lower.trim().split(' ')) {
    if (word === '') continue;
    if (isPreposition(word)) break;
    if (isDeterminer(word) || word === 'and') continue;
    words.push(word);
  }
  return words;
}

/** Compares demonyms, countries and owners loosely: "Valdoran" fits "Valdora". */
export function modifiersMatch(wanted: string, have: string): boolean {
  const a = wanted.toLowerCase().replace(/['’]s?$/u, '');
  const b = have.toLowerCase().replace(/['’]s?$/u, '');
  if (a === b) return true;
  const stem = (word: string): string =>
    word.replace(/(?:ese|ian|ean|an|ish|i|ic|stan|land|ia|a)$/u, '');
  const stemA = stem(a);
  const stemB = stem(b);
  if (stemA.length < 4 || stemB.length < 4) return false;
  return stemA.startsWith(stemB) || stemB.startsWith(stemA);
}
