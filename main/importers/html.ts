// HTML articles: strips what is never content, finds the main content with Readability
// (falling back to the whole body), reads metadata from the head and JSON-LD, and hands
// blocks to the shared prose pipeline. The document is parsed inert by linkedom: no script
// runs and nothing is fetched. Knows nothing of files or bytes.

import { Readability } from '@mozilla/readability';
import type { Block, ImportFormat, ImportedArticle, MetadataHints } from './article';
import { assembleArticle } from './assemble';
import { collapseInline } from './canonical';
import {
  elementsOf,
  parseHtmlDocument,
  type DomDocument,
  type DomElement,
  type DomNode,
} from './dom';
import { SKIPPED_TAGS, domToBlocks, isHidden } from './html-blocks';
import { parseDate } from './metadata';
import { wordSet } from './word-set';

export interface HtmlOptions {
  fileName: string;
  /** Run main-content extraction (whole pages); off for pasted selections and DOCX output. */
  extractMainContent: boolean;
  format?: ImportFormat;
  /** Metadata known from outside the HTML (DOCX core properties) that wins over the page. */
  hints?: MetadataHints;
  fallbackTitle?: (text: string) => string;
}

export function importHtml(html: string, options: HtmlOptions): ImportedArticle {
  const document = parseHtmlDocument(html);
  const hints = { ...readHtmlMetadata(document), ...definedOnly(options.hints ?? {}) };
  preClean(document);
  const blocks = options.extractMainContent
    ? mainContentBlocks(document, hints)
    : bodyBlocks(document);
  return assembleArticle({
    format: options.format ?? 'html',
    fileName: options.fileName,
    blocks,
    hints,
    titleFromFirstBlock: !options.extractMainContent,
    ...(options.fallbackTitle ? { fallbackTitle: options.fallbackTitle } : {}),
  });
}

function definedOnly(hints: MetadataHints): MetadataHints {
  return Object.fromEntries(Object.entries(hints).filter(([, value]) => value)) as MetadataHints;
}

function bodyBlocks(document: DomDocument): Block[] {
  const root = document.body ?? document.documentElement;
  return root ? domToBlocks(root) : [];
}

/** Below this much text, Readability has found a fragment, not the article. */
const MIN_ARTICLE_CHARACTERS = 140;

/** Real pages nest a few dozen levels; far deeper is hostile and overflows Readability's recursion. */
const MAX_READABLE_DEPTH = 400;

function depthOf(root: DomNode): number {
  let deepest = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() ?? [root, 0];
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_READABLE_DEPTH) return deepest;
    for (const child of Array.from(node.childNodes)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function mainContentBlocks(document: DomDocument, hints: MetadataHints): Block[] {
  const fallback = bodyBlocks(document);
  const root = document.body ?? document.documentElement;
  if (!root || depthOf(root) > MAX_READABLE_DEPTH) return fallback;
  let content: DomNode | null | undefined;
  try {
    // Readability rewrites the document, so it runs after the fallback has been read.
    const result = new Readability(document as never, {
      serializer: (node) => node as unknown as DomNode,
      maxElemsToParse: 60_000,
      charThreshold: 300,
    }).parse();
    content = result?.content;
    if (result?.byline && !hints.author) hints.author = result.byline;
    if (result?.siteName && !hints.publisher) hints.publisher = result.siteName;
    if (result?.publishedTime && !hints.publishedAt)
      hints.publishedAt = parseDate(result.publishedTime);
    if (result?.title && !hints.title) hints.title = result.title;
  } catch {
    // Pathological markup (deep nesting, huge pages) defeats Readability; the body remains.
    content = null;
  }
  if (!content) return fallback;
  const blocks = domToBlocks(content);
  const length = blocks.reduce((sum, block) => sum + block.text.length, 0);
  return length >= MIN_ARTICLE_CHARACTERS ? blocks : fallback;
}

/** class/id words that mark page furniture rather than the story. */
const FURNITURE = wordSet(
  'cookie cookies consent gdpr newsletter subscribe subscription paywall share ' +
    'sharing sharebar social socials related recommended recommendations comments ' +
    'comment disqus promo promotion advert advertisement ads ad sponsor sponsored ' +
    'outbrain taboola popup modal breadcrumb breadcrumbs sidebar widget navbar nav ' +
    'menu footer masthead toolbar signup login trending teaser teasers',
);
const FURNITURE_ROLES = wordSet(
  'navigation banner contentinfo complementary search dialog alertdialog',
);
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer']);

function words(value: string | null): string[] {
  return (value ?? '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function isFurniture(element: DomElement): boolean {
  if (FURNITURE_TAGS.has(element.localName)) return true;
  if (FURNITURE_ROLES.has((element.getAttribute('role') ?? '').toLowerCase())) return true;
  return [...words(element.getAttribute('class')), ...words(element.getAttribute('id'))].some(
    (word) => FURNITURE.has(word),
  );
}

/**
 * Removes executable and embedded content, hidden elements and page furniture before
 * content extraction. A furniture-looking wrapper that holds most of the page's text (or the
 * article itself) is kept: a class name is weaker evidence than where the text is.
 */
export function preClean(document: DomDocument): void {
  const body = document.body;
  if (!body) return;
  const total = (body.textContent ?? '').length;
  for (const element of elementsOf(body.querySelectorAll('*'))) {
    if (!element.parentNode) continue;
    const tag = element.localName;
    if (tag === 'body' || tag === 'html') continue;
    if (SKIPPED_TAGS.has(tag) || isHidden(element)) {
      element.remove();
      continue;
    }
    if (tag === 'main' || tag === 'article' || !isFurniture(element)) continue;
    if (element.querySelector('article, main, h1')) continue;
    if ((element.textContent ?? '').length > total * 0.4) continue;
    element.remove();
  }
}

type MetaTags = Map<string, string>;

/** Every <meta> content by lower-cased property, name or itemprop (first one wins), read once. */
function metaTags(document: DomDocument): MetaTags {
  const tags: MetaTags = new Map();
  for (const element of elementsOf(document.querySelectorAll('meta[content]'))) {
    const content = collapseInline(element.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = tags.get(key.toLowerCase());
    if (content) return content;
  }
  return null;
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

interface LinkedData {
  headline?: string;
  author?: string;
  publisher?: string;
  datePublished?: string;
  url?: string;
}

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|Posting)$/;
const PAGE_TYPES = /^(?:\w*Page)$/;

/**
 * schema.org data in JSON-LD, parsed as data (never evaluated). Article objects win over
 * page objects, whose "name" is often the site's rather than the story's.
 */
function readLinkedData(document: DomDocument): LinkedData {
  const articles: Record<string, unknown>[] = [];
  const pages: Record<string, unknown>[] = [];
  for (const script of elementsOf(
    document.querySelectorAll('script[type="application/ld+json" i]'),
  )) {
    const source = script.textContent ?? '';
    if (source.length > 500_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let visited = 0; queue.length > 0 && visited < 500; visited += 1) {
      const item = queue.shift();
      if (Array.isArray(item)) {
        for (const entry of item.slice(0, 500)) queue.push(entry);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const record = item as Record<string, unknown>;
      if (record['@graph']) queue.push(record['@graph']);
      const types = ([] as unknown[])
        .concat(record['@type'] ?? [])
        .filter((type) => typeof type === 'string');
      if (types.some((type) => ARTICLE_TYPES.test(String(type)))) articles.push(record);
      else if (types.some((type) => PAGE_TYPES.test(String(type)))) pages.push(record);
    }
  }
  const found: LinkedData = {};
  for (const record of [...articles, ...pages]) {
    found.headline ??= stringOf(record['headline']) ?? stringOf(record['name']);
    found.author ??= nameOf(record['author']);
    found.publisher ??= nameOf(record['publisher']);
    found.datePublished ??= stringOf(record['datePublished']);
    found.url ??= stringOf(record['url']);
  }
  return found;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? collapseInline(value) : undefined;
}

function nameOf(value: unknown): string | undefined {
  const list = ([] as unknown[]).concat(value ?? []);
  const names = list
    .map((entry) =>
      typeof entry === 'string'
        ? stringOf(entry)
        : stringOf((entry as Record<string, unknown> | null)?.['name']),
    )
    .filter((name): name is string => name !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}

/** Where pages print the author's name, most specific first. */
const AUTHOR_SELECTORS = [
  '[rel="author"]',
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '.author .fn',
  '.byline .fn',
  '.author-name',
  '.byline',
];

export function readHtmlMetadata(document: DomDocument): MetadataHints {
  const linked = readLinkedData(document);
  const tags = metaTags(document);
  const publisher =
    meta(tags, 'og:site_name', 'application-name', 'publisher', 'dc.publisher') ??
    linked.publisher ??
    null;
  const rawTitle =
    meta(tags, 'og:title', 'twitter:title') ??
    linked.headline ??
    (collapseInline(document.title ?? '') || null) ??
    textOf(document.querySelector('h1'));
  const metaAuthor = meta(
    tags,
    'author',
    'article:author',
    'dc.creator',
    'parsely-author',
    'sailthru.author',
  );
  const visibleAuthor = AUTHOR_SELECTORS.map((selector) =>
    textOf(document.querySelector(selector)),
  ).find((value) => value !== null);
  const author =
    [metaAuthor, linked.author, visibleAuthor ?? null].find(
      (value) => value && !/^(?:https?:|www\.)/i.test(value),
    ) ?? null;
  const dateSource =
    meta(
      tags,
      'article:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'publish-date',
      'date',
      'dc.date',
      'dc.date.issued',
      'sailthru.date',
      'parsely-pub-date',
    ) ??
    linked.datePublished ??
    (
      document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]')
    )?.getAttribute('datetime') ??
    null;
  const language =
    document.documentElement?.getAttribute('lang') ??
    document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    meta(tags, 'og:locale') ??
    null;
  const sourceUrl =
    absoluteHttpUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) ??
    absoluteHttpUrl(meta(tags, 'og:url')) ??
    absoluteHttpUrl(linked.url);
  return {
    title: rawTitle ? stripSiteName(rawTitle, publisher) : null,
    author,
    publisher,
    publishedAt: dateSource ? parseDate(dateSource) : null,
    language,
    sourceUrl,
  };
}

function textOf(element: DomElement | null): string | null {
  if (!element) return null;
  const text = collapseInline(element.textContent ?? '');
  return text === '' ? null : text;
}

/** "Headline | Site" → "Headline", when the other part is the site's name. */
function stripSiteName(title: string, publisher: string | null): string {
  const parts = title.split(/\s+[|–—·•:]\s+|\s+-\s+/);
  if (parts.length < 2 || !publisher) return title;
  const site = publisher.toLowerCase();
  const first = parts[0]?.trim() ?? '';
  const last = parts[parts.length - 1]?.trim() ?? '';
  if (last.toLowerCase() === site)
    return title
      .slice(0, title.length - last.length)
      .replace(/\s+[|–—·•:-]\s*$/, '')
      .trim();
  if (first.toLowerCase() === site)
    return title
      .slice(first.length)
      .replace(/^\s*[|–—·•:-]\s+/, '')
      .trim();
  return title;
}
