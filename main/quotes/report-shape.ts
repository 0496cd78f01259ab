// What a reporting cue reads as: the Report record every reporting shape produces (who is
// reported, by which cue, over which content) and the cue's own words ("called for", "said").
// It knows English reporting verbs through lexicon.ts, not any article.

import { type CueVerb } from './lexicon';
import type { Resolution } from './resolution';
import { timeAdverbialEnd, type NounPhrase } from './phrases';
import type { Token } from './text-units';

export type ReportShape = 'finite' | 'participle' | 'according' | 'postposed';

export interface Report {
  shape: ReportShape;
  /** token range of the cue words ("called for", "according to") */
  cueFrom: number;
  cueTo: number;
  cue: string;
  verb: CueVerb | null;
  subject: NounPhrase | null;
  resolution: Resolution | null;
  /** token range of the reported content; empty when the cue only introduces a quotation */
  contentFrom: number;
  contentTo: number;
  /** whether the content counts as indirect speech (some cues only attribute a quotation) */
  indirect: boolean;
}

export function cueWords(
  tokens: Token[],
  index: number,
  verb: CueVerb,
): { to: number; text: string } | null {
  const next = tokens[index + 1];
  const verbText = tokens[index]?.text ?? '';
  // "insisted on Tuesday that …": the preposition opens a time adverbial, not the particle.
  if (
    next !== undefined &&
    verb.particles.includes(next.lower) &&
    timeAdverbialEnd(tokens, index + 1) === index + 1
  ) {
    return { to: index + 2, text: `${verbText} ${next.text}` };
  }
  if (verb.frame === 'particle') return null;
  return { to: index + 1, text: verbText };
}
