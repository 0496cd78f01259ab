// The post-posed report: `The plant will close, the company said.` The content is the clause
// before the cue. It knows clause shapes, not speakers or articles.

import { cueVerb, isPreposition } from './lexicon';

import type { Token } from './text-units';
import { finiteVerbAt, type Range, contentEnd, trimmedEnd, datelineEnd } from './content-extent';

/** "…, the mayor said on Monday." The clause before the comma is the content. */
export function postposedContent(
  tokens: Token[],
  subjectFrom: number,
  cueTo: number,
): Range | null {
  const comma = tokens[subjectFrom - 1];
  if (comma?.text !== ',') return null;
  // Only adverbials may follow the cue ("announced on Thursday"), then perhaps a participle
  // clause of its own ("…, the ministry said in a statement, accusing …").
  let restEnd = tokens.length;
  for (let index = cueTo; index < tokens.length - 1; index++) {
    const next = tokens[index + 1];
    if (tokens[index]?.text === ',' && next !== undefined && !next.capitalised) {
      if (cueVerb(next.lower)?.participle === true) {
        restEnd = index;
        break;
      }
    }
  }
  const rest = tokens.slice(cueTo, restEnd);
  if (rest.some((token) => token.kind === 'quote' || token.text === ':')) return null;
  const trailing = rest.filter((token) => token.kind === 'word');
  if (trailing.length > 0 && !isPreposition(trailing[0]?.lower ?? '')) {
    if (rest[0]?.text !== ',') return null;
  }
  const before = tokens.slice(0, subjectFrom - 1);
  // `“…,” the minister said` attributes the quotation; a quoted word inside a longer clause
  // does not stop the clause from being reported.
  const lastBefore = before[before.length - 1];
  if (
    lastBefore?.kind === 'quote' ||
    (lastBefore?.text === ',' && before[before.length - 2]?.kind === 'quote')
  )
    return null;
  if (
    before.length > 0 &&
    before.every((token) => token.kind === 'quote' || token.kind === 'punct')
  )
    return null;
  const hasVerb = (part: Token[]): boolean => part.some((_, index) => finiteVerbAt(part, index));
  if (rest[0]?.text === ',' && rest.length > 2 && restEnd === tokens.length) {
    // "A, the minister said, depends on B": the whole sentence is reported.
    if (!hasVerb(rest)) return null;
    return { from: datelineEnd(tokens), to: trimmedEnd(tokens, 0, tokens.length) };
  }
  if (!hasVerb(before)) return null;
  const from = datelineEnd(tokens);
  return { from, to: contentEnd(tokens.slice(0, subjectFrom - 1), from) };
}
