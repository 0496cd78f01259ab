// A web page's own statements about itself, read before anything is removed from it: JSON-LD
// (metadata-linked-data.ts), Open Graph / article / Dublin Core / parsely / sailthru meta
// tags, microdata, <time datetime>, rel=author and byline elements, <h1> and <title>. For
// each field the most trusted statement wins, and the hint records where it came from.
// Bylines and datelines inside the article's text are read later, by assemble.ts.
// Knows nothing of content extraction or files.

import type { MetadataHints, MetadataSource } from './article';
import { collapseInline } from './canonical';
import { parseDateTime } from './dates';
import { elementsOf, type DomDocument, type DomElement } from './dom';
import { domToBlocks } from './html-blocks';
import { readLinkedData, splitNameList } from './metadata-linked-data';
import {
  joinNames,
  parseByline,
  parseBylineDate,
  parseCopyrightHolder,
  parseDateLine,
} from './metadata';

type Field = Exclude<keyof MetadataHints, 'sources'>;
type Candidate = [string | null | undefined, MetadataSource];

type MetaTags = Map<string, string[]>;

/** Every <meta> content by lower-cased property, name or itemprop, in page order. */
function metaTags(document: DomDocument): { tags: MetaTags; microdata: MetaTags } {
  const tags: MetaTags = new Map();
  const microdata: MetaTags = new Map();
  const add = (map: MetaTags, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const element of elementsOf(document.querySelectorAll('meta[content]'))) {
    const content = collapseInline(element.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attribute of ['property', 'name']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key) add(tags, key, content);
    }
    const itemprop = element.getAttribute('itemprop')?.trim().toLowerCase();
    if (itemprop) add(microdata, itemprop, content);
  }
  return { tags, microdata };
}

function first(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = tags.get(key.toLowerCase())?.[0];
    if (content) return content;
  }
  return null;
}

function all(tags: MetaTags, ...keys: string[]): string[] {
  return keys.flatMap((key) => tags.get(key.toLowerCase()) ?? []);
}

function absoluteHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** parsely's page description: one meta tag holding JSON. */
interface ParselyPage {
  title?: string;
  author?: string;
  authors?: string[];
  pubDate?: string;
  link?: string;
}

function parselyPage(tags: MetaTags): ParselyPage {
  const source = first(tags, 'parsely-page');
  if (!source || source.length > 20_000) return {};
  try {
    const data = JSON.parse(source) as Record<string, unknown>;
    const text = (value: unknown) =>
      typeof value === 'string' && value.trim() ? collapseInline(value) : undefined;
    const page: ParselyPage = {};
    const title = text(data['title']);
    const author = text(data['author']);
    const date = text(data['pub_date']);
    const link = text(data['link']);
    if (title) page.title = title;
    if (author) page.author = author;
    if (date) page.pubDate = date;
    if (link) page.link = link;
    if (Array.isArray(data['authors'])) {
      page.authors = data['authors'].map(text).filter((name): name is string => !!name);
    }
    return page;
  } catch {
    return {};
  }
}

/** What a reader sees of an element: no script or style text, hidden parts left out. */
function textOf(element: DomElement | null | undefined): string | null {
  if (!element) return null;
  const text = collapseInline(
    domToBlocks(element)
      .map((block) => block.text)
      .join(' '),
  );
  return text === '' ? null : text;
}

const BYLINE_SELECTORS =
  '.byline, .by-line, .article-byline, .author-byline, [class*="byline" i], .dateline-byline';
const AUTHOR_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '.author .fn',
  '.byline .fn',
  '.author-name',
  '.author__name',
  '[class*="author-name" i]',
];
const TIME_SELECTORS = [
  'time[pubdate]',
  'time[itemprop="datePublished" i]',
  'article header time[datetime]',
  '.byline time[datetime], [class*="byline" i] time[datetime], [class*="date" i] time[datetime]',
  'article time[datetime]',
  'time[datetime]',
];

/** What the visible byline elements state: the names, and any date printed with them. */
function bylineBlocks(document: DomDocument): { author: string | null; date: string | null } {
  let author: string | null = null;
  let published: string | null = null;
  let updated: string | null = null;
  for (const element of elementsOf(document.querySelectorAll(BYLINE_SELECTORS)).slice(0, 8)) {
    const text = textOf(element);
    if (!text || text.length > 300) continue;
    // Sites print "By A and B | Updated 9:05 AM ET, Mon March 3, 2025" in one element, or the
    // names and the date in child elements of their own.
    const pieces = [text, ...elementsOf(element.children).map(textOf)].filter(
      (piece): piece is string => !!piece,
    );
    for (const piece of pieces) {
      author ??= parseByline(piece) ?? parseByline(`By ${piece}`);
      const stated = parseBylineDate(piece) ?? parseDateLine(piece);
      if (stated?.isUpdate) updated ??= stated.date;
      else if (stated) published ??= stated.date;
    }
  }
  for (const element of elementsOf(document.querySelectorAll(DATE_SELECTORS)).slice(0, 8)) {
    const text = textOf(element);
    const stated = text && text.length <= 160 ? parseDateLine(text) : null;
    if (stated?.isUpdate) updated ??= stated.date;
    else if (stated) published ??= stated.date;
  }
  return { author, date: published ?? updated };
}

/** Elements that print the story's date or time stamp as text. */
const DATE_SELECTORS =
  '[class*="timestamp" i], [class*="published" i], [class*="dateline" i], [class*="posted" i], [class*="article-date" i], [class*="post-date" i], [class*="ArticleHeader-date" i], [class*="story-date" i]';

/** The holder a page footer's copyright line names ("© 2025 The Site · Privacy"). */
function footerCopyright(document: DomDocument): [string, MetadataSource] | null {
  const footers = elementsOf(
    document.querySelectorAll(
      'footer, [role="contentinfo"], [class*="footer" i], [id*="footer" i], [class*="foot" i]',
    ),
  ).slice(-4);
  for (const footer of footers.reverse()) {
    const text = textOf(footer) ?? '';
    if (text.length > 2_000) continue;
    for (const piece of text.split(/\s[·|•]\s|\s{2,}/)) {
      const at = piece.search(/©|\(c\)|copyright/i);
      const holder = at >= 0 ? parseCopyrightHolder(piece.slice(at)) : null;
      if (holder && !/\d{4}$/.test(holder)) return [holder, 'text'];
    }
  }
  return null;
}

function notUrl(value: string | null | undefined): string | null {
  return value && !/^(?:https?:|www\.|\/)/i.test(value.trim()) ? value : null;
}

function authorFromNames(values: readonly (string | null | undefined)[]): string | null {
  return joinNames(values.flatMap((value) => (notUrl(value) ? splitNameList(value ?? '') : [])));
}

function dateOf(value: string | null | undefined): string | null {
  return value ? parseDateTime(value) : null;
}

function pick(candidates: Candidate[]): [string, MetadataSource] | null {
  for (const [value, source] of candidates) {
    if (value && value.trim()) return [value.trim(), source];
  }
  return null;
}

export function readHtmlMetadata(document: DomDocument): MetadataHints {
  const linked = readLinkedData(document);
  const { tags, microdata } = metaTags(document);
  const parsely = parselyPage(tags);
  const byline = bylineBlocks(document);

  // The site's own name first: a JSON-LD publisher is often the owning company.
  const publisher = pick([
    [first(tags, 'og:site_name'), 'meta'],
    [linked.publisher, 'structured-data'],
    [
      first(
        tags,
        'application-name',
        'dc.publisher',
        'dcterms.publisher',
        'publisher',
        'citation_publisher',
      ),
      'meta',
    ],
    [linked.siteName, 'structured-data'],
    [first(microdata, 'publisher'), 'microdata'],
  ]);
  const titleTag = collapseInline(document.title ?? '') || null;
  const knownNames = [publisher?.[0], linked.siteName, first(tags, 'og:site_name')].filter(
    (name): name is string => !!name,
  );
  const headline = articleHeadline(document, titleTag, knownNames);
  const titles: Candidate[] = [
    [linked.headline, 'structured-data'],
    [
      first(
        tags,
        'og:title',
        'twitter:title',
        'dc.title',
        'dcterms.title',
        'parsely-title',
        'sailthru.title',
        'citation_title',
      ),
      'meta',
    ],
    [parsely.title, 'meta'],
    [first(microdata, 'headline', 'name'), 'microdata'],
    [textOf(document.querySelector('[itemprop="headline"]')), 'microdata'],
    [headline, 'heading'],
    [titleTag, 'title-tag'],
  ];
  const others = titles.map(([value]) => value).filter((value): value is string => !!value);
  const title = pick(
    titles.map(([value, source]) => [
      value ? stripSiteName(value, knownNames, others) : value,
      source,
    ]),
  );

  const microAuthor =
    textOf(document.querySelector('[itemprop="author"] [itemprop="name"]')) ??
    first(microdata, 'author') ??
    textOf(document.querySelector('[itemprop="author"]'));
  const relAuthors = elementsOf(document.querySelectorAll('a[rel~="author" i]'))
    .map(textOf)
    .slice(0, 6);
  const visibleAuthor = AUTHOR_SELECTORS.map((selector) =>
    textOf(document.querySelector(selector)),
  ).find((value) => value !== null);
  const author = pick([
    [joinNames(linked.authors), 'structured-data'],
    [
      authorFromNames(
        all(tags, 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'citation_author'),
      ),
      'meta',
    ],
    [authorFromNames(all(tags, 'parsely-author', 'sailthru.author', 'byl')), 'meta'],
    [authorFromNames([...(parsely.authors ?? []), parsely.author]), 'meta'],
    [microAuthor ? authorFromNames([microAuthor]) : null, 'microdata'],
    [authorFromNames(relAuthors), 'markup'],
    [byline.author, 'byline'],
    [visibleAuthor ? authorFromNames([visibleAuthor]) : null, 'byline'],
    [joinNames(linked.organisationAuthors), 'structured-data'],
  ]);

  const timeElement = TIME_SELECTORS.map((selector) => document.querySelector(selector)).find(
    (element) => element !== null,
  );
  const publishedAt = pick([
    [dateOf(linked.datePublished), 'structured-data'],
    [
      dateOf(
        first(
          tags,
          'article:published_time',
          'og:article:published_time',
          'og:published_time',
          'parsely-pub-date',
          'sailthru.date',
          'dc.date',
          'dc.date.issued',
          'dc.date.created',
          'dcterms.issued',
          'dcterms.created',
          'dcterms.date',
          'citation_publication_date',
          'citation_date',
          'datepublished',
          'pubdate',
          'publishdate',
          'publish-date',
          'publish_date',
          'article.published',
          'date',
        ),
      ),
      'meta',
    ],
    [dateOf(parsely.pubDate), 'meta'],
    [dateOf(first(microdata, 'datepublished', 'datecreated')), 'microdata'],
    [
      dateOf(
        textOf(document.querySelector('[itemprop="datePublished" i]')) ??
          document.querySelector('[itemprop="datePublished" i]')?.getAttribute('datetime'),
      ),
      'microdata',
    ],
    [
      dateOf(timeElement?.getAttribute('datetime')) ??
        dateOf(textOf(document.querySelector('time'))),
      'markup',
    ],
    [byline.date, 'byline'],
  ]);

  const language = pick([
    [document.documentElement?.getAttribute('lang'), 'markup'],
    [
      document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
      'meta',
    ],
    [first(tags, 'og:locale', 'dc.language', 'dcterms.language'), 'meta'],
    [linked.language, 'structured-data'],
  ]);
  const sourceUrl = pick([
    [
      absoluteHttpUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')),
      'markup',
    ],
    [absoluteHttpUrl(first(tags, 'og:url')), 'meta'],
    [absoluteHttpUrl(linked.url), 'structured-data'],
    [absoluteHttpUrl(parsely.link), 'meta'],
  ]);
  const titleSuffix = title && titleTag ? siteNameInTitle(titleTag, title[0]) : null;
  const publisherPick =
    publisher ??
    (titleSuffix ? ([titleSuffix, 'title-tag'] as const) : null) ??
    footerCopyright(document);

  const hints: MetadataHints = { sources: {} };
  const set = (field: Field, picked: readonly [string, MetadataSource] | null) => {
    if (!picked) return;
    hints[field] = picked[0];
    (hints.sources ??= {})[field] = picked[1];
  };
  set('title', title);
  set('author', author);
  set('publisher', publisherPick);
  set('publishedAt', publishedAt);
  set('language', language);
  set('sourceUrl', sourceUrl);
  return hints;
}

/**
 * The article's own <h1>. One inside the article is trusted; a lone <h1> elsewhere only when
 * the <title> agrees with it or there is no <title>, since many sites put their logo in one.
 */
function articleHeadline(
  document: DomDocument,
  titleTag: string | null,
  siteNames: readonly string[],
): string | null {
  const flat = (value: string) =>
    value
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
  const sites = new Set(siteNames.map(flat));
  const inArticle = textOf(
    document.querySelector('article h1') ?? document.querySelector('main h1'),
  );
  if (inArticle && !sites.has(flat(inArticle))) return inArticle;
  const anywhere = textOf(document.querySelector('h1'));
  if (!anywhere || sites.has(flat(anywhere))) return null;
  return !titleTag || flat(titleTag).includes(flat(anywhere)) ? anywhere : null;
}

const SEPARATOR = /\s+[|–—·•:»]\s+|\s+-\s+|\s+::\s+/;

/**
 * "Headline | Site", "Site: Headline", "Section — Headline — Site" → "Headline", when the
 * other parts are the site's name or when another statement of the title is one of the parts.
 */
export function stripSiteName(
  title: string,
  siteNames: readonly string[],
  otherTitles: readonly string[] = [],
): string {
  const parts = title.split(SEPARATOR).map((part) => part.trim());
  if (parts.length < 2) return title;
  const flat = (value: string) =>
    value
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
  const others = new Set(otherTitles.map(flat));
  const matching = parts.find((part) => part !== title && others.has(flat(part)));
  if (matching) return matching;
  const sites = new Set(siteNames.map(flat));
  const kept = parts.filter((part) => !sites.has(flat(part)));
  if (kept.length === parts.length || kept.length === 0) return title;
  if (kept.length === 1) return kept[0] ?? title;
  // Several parts remain: cut only the site's name off the ends, keep the rest as written.
  let result = title;
  const last = parts[parts.length - 1] ?? '';
  const head = parts[0] ?? '';
  if (sites.has(flat(last)))
    result = result.slice(0, result.lastIndexOf(last)).replace(/\s*[|–—·•:»-]+\s*$/, '');
  if (sites.has(flat(head))) result = result.slice(head.length).replace(/^\s*[|–—·•:»-]+\s*/, '');
  return result.trim() || title;
}

/** "Headline | The Site" where Headline is the page's headline: the site's name, "The Site". */
function siteNameInTitle(titleTag: string, headline: string): string | null {
  const parts = titleTag.split(SEPARATOR).map((part) => part.trim());
  if (parts.length !== 2) return null;
  const flat = (value: string) =>
    value
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
  const [before = '', after = ''] = parts;
  if (flat(before) !== flat(headline) || flat(after) === flat(headline)) return null;
  return after.split(/\s+/).length <= 6 && !/[.!?]$/.test(after) ? after : null;
}
