// Reported speech as a sentence a memo can print: from the passage an analyst highlighted as
// indirect speech and the words around it in its sentence ("Wang Yi criticised | the United
// States for … | ."), a sentence that names the speaker and keeps the source's reporting
// verb ("{speaker} criticised the United States for …."), with "{speaker}" standing for the
// name so a renamed speaker still reads right. When no clean sentence can be made it says so
// (null), and the writers print a marked paraphrase instead. Pure: ordinary English reporting
// verbs only, nothing of any article or person.

/** Reporting verbs by their plain form, each with the forms that are not made by rule. */
const IRREGULAR: Record<string, { past: string; third?: string; ing?: string }> = {
  say: { past: 'said', third: 'says' },
  tell: { past: 'told' },
  write: { past: 'wrote', ing: 'writing' },
  speak: { past: 'spoke' },
  admit: { past: 'admitted', ing: 'admitting' },
  slam: { past: 'slammed', ing: 'slamming' },
  commit: { past: 'committed', ing: 'committing' },
  regret: { past: 'regretted', ing: 'regretting' },
  foresee: { past: 'foresaw', ing: 'foreseeing' },
};

const REGULAR = `
  state add note stress emphasise emphasize underline underscore highlight point criticise criticize
  accuse condemn praise welcome urge call warn argue claim insist explain announce declare propose
  suggest reaffirm affirm reiterate confirm assure promise pledge vow acknowledge deny reject
  dismiss express voice recall describe mention remark observe believe hope expect predict
  estimate report indicate reveal agree demand ask invite thank commend blame hail outline signal
  contend maintain concede caution complain recommend reply respond stipulate assert allege
  lament deplore question doubt support oppose favour favor advocate announce counter reassure
  reinforce recognise recognize name identify
`;

/** A verb form ("criticised", "says", "stressing") -> how to write it in a sentence. */
const FORMS = new Map<string, { written: 'past' | 'present' | 'ing' | 'plain'; past: string }>();

function addVerb(plain: string, past: string, third: string, ing: string): void {
  FORMS.set(plain, { written: 'plain', past });
  FORMS.set(past, { written: 'past', past });
  FORMS.set(third, { written: 'present', past });
  FORMS.set(ing, { written: 'ing', past });
}

for (const [plain, forms] of Object.entries(IRREGULAR)) {
  addVerb(plain, forms.past, forms.third ?? `${plain}s`, forms.ing ?? `${plain}ing`);
}
for (const plain of REGULAR.split(/\s+/).filter(Boolean)) {
  if (FORMS.has(plain)) continue;
  const stem = plain.endsWith('e') ? plain.slice(0, -1) : plain;
  const consonantY = /[^aeiou]y$/.test(plain);
  const past = consonantY ? `${plain.slice(0, -1)}ied` : `${stem}ed`;
  const third = consonantY
    ? `${plain.slice(0, -1)}ies`
    : /(s|sh|ch|x|z)$/.test(plain)
      ? `${plain}es`
      : `${plain}s`;
  addVerb(plain, past, third, `${stem === plain ? plain : stem}ing`);
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'hardly']);
/** A subject a passage may open with: a pronoun, a name, or "the minister" and the like. */
const SUBJECT =
  /^(?:(?:[Hh]e|[Ss]he|[Tt]hey)\s+|(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}|[Tt]he\s+(?:\p{Ll}+\s+){1,3})(?:also\s+|further\s+|again\s+|later\s+)?/u;
/** First words that read the same in lower case after "that". */
const COMMON_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'there']);
const FIRST_PERSON = new Set(['i', 'we', 'our', 'my', 'us', 'me']);
const ACCORDING_TO = /^according to\s+([^,]{1,80}),\s*/i;
/** Words allowed between a reporting verb and the passage ("told reporters on Monday that"). */
const MAX_TAIL_WORDS = 6;

function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}']+|[^\p{L}']+$/gu, '');
}

/** Words after which a verb's plain form is a verb ("will stress"), not a noun ("support for"). */
const PLAIN_VERB_AFTER = new Set(
  'to will would did does do can could should must may might shall also'.split(' '),
);

/** The verb form to print: the source's own, or its past for a plain or -ing form. */
function printedVerb(word: string): string | null {
  const form = FORMS.get(bare(word));
  if (!form) return null;
  const written = word.replace(/[^\p{L}']+$/u, '');
  return form.written === 'past' || form.written === 'present' ? written.toLowerCase() : form.past;
}

/** The passage with the punctuation that led into what follows it trimmed, ending a sentence. */
function asSentenceEnd(passage: string): string {
  // A comma inside closing quotation marks ("…of the jungle,”) also led into what followed.
  const trimmed = passage
    .trim()
    .replace(/[\s,;:–—-]+$/u, '')
    .replace(/[,;:]+(["”’')\]]+)$/u, '$1');
  return /[.!?…]["”’')\]]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

function firstWord(text: string): string {
  return bare(text.trim().split(/\s+/)[0] ?? '');
}

/** The sentence for an "According to X, …" report: the speaker is named in place of X. */
function accordingTo(text: string): string | null {
  const match = ACCORDING_TO.exec(text.trim());
  if (!match) return null;
  const rest = text.trim().slice(match[0].length);
  return rest ? `According to {speaker}, ${asSentenceEnd(rest)}` : null;
}

/** "{speaker} <verb and what follows it> <passage>" when the sentence's verb comes before. */
function verbBefore(before: string, passage: string): string | null {
  const words = before.trim().split(/\s+/).filter(Boolean);
  for (
    let index = words.length - 1;
    index >= Math.max(0, words.length - 1 - MAX_TAIL_WORDS);
    index -= 1
  ) {
    const verb = printedVerb(words[index]!);
    if (verb === null) continue;
    const plain = FORMS.get(bare(words[index]!))?.written === 'plain';
    if (plain && (index === 0 || !PLAIN_VERB_AFTER.has(bare(words[index - 1]!)))) continue;
    const tail = words.slice(index + 1);
    // A comma or full stop between verb and passage means the verb reports something else.
    if (tail.some((word) => /[,;:.!?]$/.test(word))) return null;
    if (index > 0 && NEGATIONS.has(bare(words[index - 1]!))) return null;
    if (FIRST_PERSON.has(firstWord(passage)) && !tail.some((word) => bare(word) === 'that'))
      return null;
    return ['{speaker}', verb, ...tail, asSentenceEnd(passage)].join(' ');
  }
  return null;
}

/** "…, he said." after the passage: "{speaker} said that <passage>". */
function verbAfter(after: string, passage: string): string | null {
  const match = /^\s*,?\s*(?:[\p{L}.’'-]+\s+){0,4}?([\p{L}]+)\s*[.!?]?\s*$/u.exec(after);
  if (!match || !/^\s*,/.test(after)) return null;
  const verb = printedVerb(match[1]!);
  if (verb === null || FIRST_PERSON.has(firstWord(passage))) return null;
  const opener = firstWord(passage);
  const words = passage.trim();
  const clause = COMMON_OPENERS.has(opener)
    ? `${words.charAt(0).toLowerCase()}${words.slice(1)}`
    : words;
  return `{speaker} ${verb} that ${asSentenceEnd(clause)}`;
}

/** "He called for …" as the passage itself: its subject becomes the speaker. */
function verbInside(passage: string): string | null {
  const subject = SUBJECT.exec(passage.trim());
  if (!subject) return null;
  const rest = passage.trim().slice(subject[0].length);
  const [word = '', ...others] = rest.split(/\s+/);
  const verb = printedVerb(word);
  // Only a finite verb makes the opening words a subject ("Calmora’s support for" is a noun).
  const written = FORMS.get(bare(word))?.written;
  if (verb === null || others.length === 0 || (written !== 'past' && written !== 'present'))
    return null;
  return ['{speaker}', verb, asSentenceEnd(others.join(' '))].join(' ');
}

export interface ReportedSpeechInput {
  /** The highlighted passage, verbatim. */
  exact: string;
  /** The text of its sentence before and after it (may be empty). */
  before: string;
  after: string;
}

/**
 * The reported sentence with "{speaker}" for the name, or null when the words around the
 * passage give no reporting verb to build one with.
 */
export function reportedSentence({ exact, before, after }: ReportedSpeechInput): string | null {
  const passage = exact.replace(/\s+/g, ' ').trim();
  if (!passage) return null;
  return (
    accordingTo(passage) ??
    (ACCORDING_TO.test(`${before.trim()} `) && /,\s*$/.test(before)
      ? accordingTo(`${before.trim()} ${passage}`)
      : null) ??
    verbBefore(before, passage) ??
    verbInside(passage) ??
    verbAfter(after, passage)
  );
}

// A sentence ends at . ! ? or … followed by a space (closing quotes or brackets may come
// between), or at a paragraph break.
const SENTENCE_END = /[.!?…]["”’')\]]*\s/gu;
const REACH = 400;

/**
 * The text of a passage's sentence before and after it, within its paragraph and at most a
 * few hundred characters each way.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { before: string; after: string } {
  const paragraphStart = text.lastIndexOf('\n\n', start - 1);
  const from = Math.max(paragraphStart === -1 ? 0 : paragraphStart + 2, start - REACH);
  const lead = text.slice(from, start);
  const ends = [...lead.matchAll(SENTENCE_END)];
  const lastEnd = ends[ends.length - 1];
  const before = lastEnd ? lead.slice(lastEnd.index + lastEnd[0].length) : lead;

  const paragraphEnd = text.indexOf('\n\n', end);
  const limit = Math.min(paragraphEnd === -1 ? text.length : paragraphEnd, end + REACH);
  const trail = text.slice(end, limit);
  // The passage may itself end its sentence.
  if (/[.!?…]["”’')\]]*$/u.test(text.slice(Math.max(0, end - 3), end)))
    return { before, after: '' };
  const next = /[.!?…]["”’')\]]*(?=\s|$)/u.exec(trail);
  const after = next ? trail.slice(0, next.index + next[0].length) : trail;
  return { before, after };
}
