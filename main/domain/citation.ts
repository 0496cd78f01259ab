// How the notebook names its sources, in one place for the memo writers and the renderer's memo
// editor: dates in words, the citation sentence of a note, the short label of an "also
// reported by" source, the attribution line under a quotation, list punctuation, and the
// paragraph of an article a passage sits in. Pure, so every writer and the editor say the
// same words.
import type { MemoCitation, MemoQuotation } from './memo';

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

/** The full reference in a note: author, “title”, publisher, date, place in the article. */
export function citationText(citation: MemoCitation): string {
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
