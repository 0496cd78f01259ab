// CSL-JSON (the Citation Style Language's data format, csl-data.json) for the articles a memo
// cites, so a reference manager (Zotero, Mendeley, pandoc-citeproc) can manage and restyle them.
// Each article becomes one `article-newspaper` item: title, authors (family/given for a
// personal name, literal for an agency or desk), issued date, publisher as container-title,
// URL and the day it was imported as accessed. Owns the mapping and its schema; pure.
import { z } from 'zod';
import { bylineNames } from '../domain/citation';
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

/** The authors a byline names, as CSL names (the notebook's one reading of bylines). */
export function cslAuthors(byline: string | null): CslItem['author'] {
  const names = bylineNames(byline);
  return names.length ? names : undefined;
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
