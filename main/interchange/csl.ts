// CSL-JSON (the Citation Style Language's data format, csl-data.json) for the articles a memo
// cites, so a reference manager (Zotero, Mendeley, pandoc-citeproc) can manage and restyle them.
// Each article becomes one `article-newspaper` item: title, authors (family/given for a
// personal name, literal for an agency or desk), issued date, publisher as container-title,
// URL and the day it was imported as accessed. Owns the mapping and its schema; pure.
import { z } from 'zod';
import type { InterchangeArticle } from './model';

export const CSL_MIME_TYPE = 'application/vnd.citationstyles.csl+json';

const dateParts = z.object({
  'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2),
});
const name = z.union([
  z.object({ family: z.string().min(1), given: z.string().optional() }).strict(),
  z.object({ literal: z.string().min(1) }).strict(),
]);

/** The fields of csl-data.json Dossier writes, checked on every export and in the tests. */
export const cslItemSchema = z
  .object({
    id: z.string().min(1),
    type: z.literal('article-newspaper'),
    title: z.string().min(1),
    author: z.array(name).optional(),
    issued: dateParts.optional(),
    'container-title': z.string().optional(),
    URL: z.string().optional(),
    accessed: dateParts.optional(),
    language: z.string().optional(),
  })
  .strict();
export const cslDataSchema = z.array(cslItemSchema);
export type CslItem = z.infer<typeof cslItemSchema>;

/** "2025-04-26" (or a timestamp) as CSL date-parts; a year or year-month as far as it goes. */
export function cslDate(value: string | null): { 'date-parts': number[][] } | undefined {
  const match = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim()) : null;
  if (!match) return undefined;
  const parts = match.slice(1).filter(Boolean).map(Number);
  return { 'date-parts': [parts] };
}

// Bylines that name a desk or an agency, not a person: kept whole as a literal name.
const INSTITUTIONAL =
  /\b(staff|desk|correspondents?|reporters?|agency|news|service|press|editorial|bureau|team|office|ministry|newsroom)\b/i;

function personOrLiteral(raw: string): { family: string; given?: string } | { literal: string } {
  const author = raw.trim();
  const words = author.split(/\s+/);
  const personal =
    words.length >= 2 &&
    words.length <= 4 &&
    !INSTITUTIONAL.test(author) &&
    !/\d/.test(author) &&
    words.every(
      (word) => /^\p{Lu}/u.test(word) || /^(van|von|de|der|da|di|al|el|bin|ibn)$/i.test(word),
    );
  if (!personal) return { literal: author };
  // "Family, Given" is already split; otherwise the last word is the family name, with any
  // lower-case particle before it ("Ada van Sorel" -> van Sorel).
  if (author.includes(',')) {
    const [family, given] = author.split(',', 2).map((part) => part.trim());
    return given ? { family: family!, given } : { family: family! };
  }
  let familyStart = words.length - 1;
  while (familyStart > 1 && /^\p{Ll}/u.test(words[familyStart - 1]!)) familyStart -= 1;
  return {
    family: words.slice(familyStart).join(' '),
    given: words.slice(0, familyStart).join(' '),
  };
}

/** The authors a byline names: "By A and B", "A, B and C", "A; B". */
export function cslAuthors(byline: string | null): CslItem['author'] {
  if (!byline?.trim()) return undefined;
  const cleaned = byline.trim().replace(/^by\s+/i, '');
  const parts = cleaned.includes(';')
    ? cleaned.split(';')
    : cleaned.split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/i);
  // "Sorel, Ada" is one inverted name, not two people.
  const inverted =
    parts.length === 2 && !/\s/.test(parts[0]!.trim()) && !/\s/.test(parts[1]!.trim());
  const names = inverted ? [cleaned] : parts;
  return names
    .map((part) => part.trim())
    .filter(Boolean)
    .map(personOrLiteral);
}

export function cslItem(article: InterchangeArticle): CslItem {
  const item: CslItem = {
    id: `dossier-article-${article.id}`,
    type: 'article-newspaper',
    title: article.title,
  };
  const author = cslAuthors(article.author);
  if (author?.length) item.author = author;
  const issued = cslDate(article.publishedAt);
  if (issued) item.issued = issued;
  if (article.publisher) item['container-title'] = article.publisher;
  if (article.sourceUrl) item.URL = article.sourceUrl;
  const accessed = cslDate(article.importedAt);
  if (accessed) item.accessed = accessed;
  if (article.language) item.language = article.language;
  return item;
}

/** The CSL-JSON of these articles, in the order given, as a reference manager imports it. */
export function writeCslJson(articles: readonly InterchangeArticle[]): string {
  const items = cslDataSchema.parse(articles.map(cslItem));
  return `${JSON.stringify(items, null, 2)}\n`;
}
