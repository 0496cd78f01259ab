// How the notebook names its sources, in one place for the memo writers and the renderer's memo
// editor: dates in words, the citation sentence of a note in each citation style (Chicago
// notes, the default, or APA author–date), the authors a byline names, the short label of an
// "also reported by" source, the attribution line under a quotation, list punctuation, and
// the paragraph of an article a passage sits in. Pure, so every writer and the editor say the
// same words.
import type { MemoCitation, MemoQuotation } from './memo';

/**
 * 'chicago': notes and bibliography style, each citation a full note (the default).
 * 'apa': APA author–date, each quotation followed by (Author, Year, para. N) and each note a
 * reference-list entry.
 */
export const CITATION_STYLES = ['chicago', 'apa'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];
export const isCitationStyle = (value: unknown): value is CitationStyle =>
  typeof value === 'string' && (CITATION_STYLES as readonly string[]).includes(value);

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

/**
 * "2025-04-26" (or an ISO timestamp) as "26 April 2025"; "2025-04" as "April 2025". Written
 * out by hand rather than with Intl so a memo reads the same on every machine and locale.
 */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!match) return value.trim() || null;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? null;
  if (!day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** The calendar day of a publication date ("2025-04-26"), or null when there is none. */
export function dayOf(value: string | null | undefined): string | null {
  const match = value ? /^\d{4}-\d{2}-\d{2}/.exec(value.trim()) : null;
  return match ? match[0] : null;
}

/** Ends in . ! ? or …, perhaps followed by closing quotes or a bracket; read from the end. */
function endsWithPunctuation(text: string): boolean {
  let at = text.length - 1;
  while (at >= 0 && '"”’»)'.includes(text.charAt(at))) at -= 1;
  return at >= 0 && '.!?…'.includes(text.charAt(at));
}

/** A person's name as a reference list sorts it, or a desk or agency kept whole. */
export type PersonName = { family: string; given?: string } | { literal: string };

// Bylines that name a desk or an agency, not a person: kept whole as a literal name.
const INSTITUTIONAL =
  /\b(staff|desk|correspondents?|reporters?|agency|news|service|press|editorial|bureau|team|office|ministry|newsroom)\b/i;
const PARTICLE = /^(van|von|de|der|da|di|al|el|bin|ibn|le|la|du)$/i;

function personOrLiteral(raw: string): PersonName {
  const author = raw.trim();
  const words = author.split(/\s+/);
  const personal =
    words.length >= 2 &&
    words.length <= 4 &&
    !INSTITUTIONAL.test(author) &&
    !/\d/.test(author) &&
    words.every((word) => /^\p{Lu}/u.test(word) || PARTICLE.test(word));
  if (!personal) return { literal: author };
  // The last word is the family name, with any lower-case particle before it
  // ("Ada van Sorel" -> van Sorel).
  let familyStart = words.length - 1;
  while (familyStart > 1 && /^\p{Ll}/u.test(words[familyStart - 1]!)) familyStart -= 1;
  return {
    family: words.slice(familyStart).join(' '),
    given: words.slice(0, familyStart).join(' '),
  };
}

/** The people a byline names: "By A and B", "A, B and C", "A; B", "Sorel, Ada". */
export function bylineNames(byline: string | null | undefined): PersonName[] {
  if (!byline?.trim()) return [];
  const cleaned = byline.trim().replace(/^by\s+/i, '');
  const parts = cleaned.includes(';')
    ? cleaned.split(';')
    : cleaned.split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/i);
  // "Sorel, Ada" is one inverted name, not two people.
  if (parts.length === 2 && parts.every((part) => /^\p{Lu}\S*$/u.test(part.trim()))) {
    const [family, given] = parts.map((part) => part.trim());
    return [{ family: family!, given: given! }];
  }
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map(personOrLiteral);
}

/** "Ada van Sorel" as APA lists an author: "van Sorel, A."; a desk stays as it is. */
function apaAuthor(name: PersonName): string {
  if ('literal' in name) return name.literal;
  const initials = (name.given ?? '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => `${word.charAt(0).toUpperCase()}.`)
    .join(' ');
  return initials ? `${name.family}, ${initials}` : name.family;
}

function apaAuthors(names: PersonName[]): string {
  const listed = names.map(apaAuthor);
  if (listed.length <= 1) return listed.join('');
  return `${listed.slice(0, -1).join(', ')}, & ${listed.at(-1)}`;
}

/** "(2031, March 1)", "(2031, March)", "(2031)" or "(n.d.)", as APA dates a newspaper article. */
function apaDate(value: string | null): string {
  const match = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim()) : null;
  if (!match) return '(n.d.)';
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return `(${year})`;
  return day ? `(${year}, ${monthName} ${Number(day)})` : `(${year}, ${monthName})`;
}

function withFullStop(text: string): string {
  return endsWithPunctuation(text) ? text : `${text}.`;
}

/** An APA reference-list entry: Author. (Date). Title. Publisher. Paragraph. */
function apaReference(citation: MemoCitation): string {
  const names = bylineNames(citation.author);
  const parts = names.length
    ? [
        withFullStop(apaAuthors(names)),
        `${apaDate(citation.publishedAt)}.`,
        withFullStop(citation.title),
      ]
    : [withFullStop(citation.title), `${apaDate(citation.publishedAt)}.`];
  if (citation.publisher) parts.push(withFullStop(citation.publisher));
  if (citation.paragraph !== null) parts.push(`Paragraph ${citation.paragraph}.`);
  return parts.join(' ');
}

/**
 * The author–date citation APA puts after a quotation: (Sorel, 2031, para. 4); two authors
 * joined by &, three or more as "et al."; an article without a byline by the first words of
 * its title in quotation marks.
 */
export function authorDateCitation(citation: MemoCitation): string {
  const names = bylineNames(citation.author);
  const surname = (name: PersonName) => ('literal' in name ? name.literal : name.family);
  let who: string;
  if (names.length === 0) {
    const words = citation.title.split(/\s+/);
    who = `“${words.slice(0, 4).join(' ')}${words.length > 4 ? '…' : ''}”`;
  } else if (names.length === 1) who = surname(names[0]!);
  else if (names.length === 2) who = `${surname(names[0]!)} & ${surname(names[1]!)}`;
  else who = `${surname(names[0]!)} et al.`;
  const year = /^\d{4}/.exec(citation.publishedAt?.trim() ?? '')?.[0] ?? 'n.d.';
  const place = citation.paragraph !== null ? `, para. ${citation.paragraph}` : '';
  return `(${who}, ${year}${place})`;
}

/**
 * The full reference in a note. Chicago (the default): author, “title”, publisher, date,
 * place in the article. APA: the reference-list entry.
 */
export function citationText(citation: MemoCitation, style: CitationStyle = 'chicago'): string {
  if (style === 'apa') return apaReference(citation);
  const parts: string[] = [];
  if (citation.author) parts.push(citation.author);
  parts.push(`“${citation.title}”`);
  if (citation.publisher) parts.push(citation.publisher);
  const date = formatDate(citation.publishedAt);
  if (date) parts.push(date);
  if (citation.paragraph !== null) parts.push(`paragraph ${citation.paragraph}`);
  const sentence = parts.join(', ');
  return endsWithPunctuation(sentence) ? sentence : `${sentence}.`;
}

/** A source named in passing ("also reported by …"): its publisher, else its title. */
export function sourceLabel(citation: Pick<MemoCitation, 'publisher' | 'title'>): string {
  return citation.publisher ?? `“${citation.title}”`;
}

/** "Name, role" under a quotation; reported speech says so, since its words are the reporter's. */
export function attributionText(
  quotation: Pick<MemoQuotation, 'speaker' | 'role' | 'kind'>,
): string | null {
  if (!quotation.speaker) return null;
  const who = quotation.role ? `${quotation.speaker}, ${quotation.role}` : quotation.speaker;
  return quotation.kind === 'indirect' ? `${who} (reported speech)` : who;
}

/** What follows item `index` of `count` in a sentence listing them: ", ", " and " or ".". */
export function listSeparator(index: number, count: number): string {
  if (index === count - 1) return '.';
  return index === count - 2 ? ' and ' : ', ';
}

/** Where each paragraph break ("\n\n") of a canonical text starts, in order. */
export function paragraphBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n\n'); at !== -1; at = text.indexOf('\n\n', at + 2)) breaks.push(at);
  return breaks;
}

/** The 1-based paragraph holding `offset`, given the text's paragraph breaks. */
export function paragraphAt(breaks: readonly number[], offset: number): number {
  // Count the breaks that end (break + 2 characters) at or before the offset.
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (breaks[middle]! + 2 <= offset) low = middle + 1;
    else high = middle;
  }
  return low + 1;
}
