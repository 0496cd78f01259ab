// What the finder's confidence means: roughly the share of suggestions of that shape that are
// right (kind, span and speaker), as measured by `npm run eval:quotes` over the fictional sets.
// It is read from the evidence (how the item was attributed and what kind of phrase names the
// speaker), not from the article. The notebook's "accept all from a speaker" offers only
// suggestions at or above acceptAllMinimumConfidence, the lowest threshold that gave at least
// 0.95 precision on the blind sets (test/eval/quotes.ts prints precision at it for every set).
// It must not know any article, person or phrase.

/** How a direct quotation was attributed (see direct-quotes.ts). */
export type DirectEvidence =
  'after' | 'before' | 'partial' | 'inside' | 'guess' | 'continuation' | 'none';

/** The shape of the report that carries an indirect item (see reporting.ts). */
export type IndirectEvidence = 'finite' | 'participle' | 'according' | 'postposed';

export interface SpeakerEvidence {
  /** the kind of phrase at the attribution: a name, a pronoun, a role, a group … */
  phraseKind: string;
  /** how sure the resolution of that phrase to an entity is (discourse.ts) */
  certainty: number;
  named: boolean;
}

export const acceptAllMinimumConfidence = 0.9;

/** A phrase that names one speaker: a person's or body's name, a pronoun, a role. */
const definiteSpeakers = new Set(['person', 'name', 'pronoun', 'role', 'organisation-noun']);

export function directConfidence(via: DirectEvidence, speaker: SpeakerEvidence | null): number {
  if (speaker === null || !speaker.named) return 0.35;
  if (speaker.certainty < 0.6) return 0.5;
  const definite =
    definiteSpeakers.has(speaker.phraseKind) || speaker.phraseKind === 'organisation';
  switch (via) {
    case 'after':
    case 'before':
    case 'partial':
    case 'inside':
      return definite ? 0.95 : 0.6;
    case 'continuation':
      return definite ? 0.9 : 0.6;
    case 'guess':
      return 0.75;
    default:
      return 0.35;
  }
}

export function indirectConfidence(
  shape: IndirectEvidence,
  speaker: SpeakerEvidence,
  weakCue: boolean,
): number {
  if (!speaker.named) return 0.35;
  if (speaker.certainty < 0.6) return 0.45;
  let confidence = 0.7;
  if (definiteSpeakers.has(speaker.phraseKind)) {
    confidence = shape === 'finite' || shape === 'postposed' ? 0.88 : 0.75;
  } else if (speaker.phraseKind === 'organisation') {
    confidence = 0.7;
  }
  if (shape === 'according') confidence = Math.min(confidence, 0.7);
  return weakCue ? confidence * 0.8 : confidence;
}

/** A quoted term: no speaker, so only the kind can be wrong. */
export const termConfidence = 0.7;
