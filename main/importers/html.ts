// HTML articles: bounds the nesting depth, reads the page's metadata (metadata-html.ts),
// keeps quotation paragraphs that sit in containers of their own, strips what is never
// content, finds the main content with Readability (falling back to the whole body), and
// hands blocks to the shared prose pipeline. The document is parsed inert by linkedom: no script
// runs and nothing is fetched. Knows nothing of files or bytes.

import { Readability } from '@mozilla/readability';
import type {
  Block,
  ImportFormat,
  ImportedArticle,
  MetadataHints,
  MetadataSource,
} from './article';
import { assembleArticle } from './assemble';
import {
  elementsOf,
  parseHtmlDocument,
  type DomDocument,
  type DomElement,
  type DomNode,
} from './dom';
import { SKIPPED_TAGS, domToBlocks, isHidden } from './html-blocks';
import { limitNesting } from './html-depth';
import { keepBodyQuotes } from './html-quotes';
import { parseDateTime } from './dates';
import { readHtmlMetadata } from './metadata-html';
import { wordSet } from './word-set';

export { readHtmlMetadata };

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
  const document = parseHtmlDocument(limitNesting(html));
  const hints = mergeHints(readHtmlMetadata(document), options.hints ?? {});
  // Before furniture removal, which drops <aside>, and before Readability, which drops
  // paragraphs that sit alone in containers of their own.
  keepBodyQuotes(document);
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

/** Hints from outside the page (DOCX core properties) win over what the page states. */
function mergeHints(page: MetadataHints, outside: MetadataHints): MetadataHints {
  const merged: MetadataHints = { ...page, sources: { ...page.sources } };
  for (const [key, value] of Object.entries(outside)) {
    if (key === 'sources' || !value) continue;
    const field = key as Exclude<keyof MetadataHints, 'sources'>;
    merged[field] = value as string;
    (merged.sources ??= {})[field] = outside.sources?.[field] ?? 'document';
  }
  return merged;
}

function setHint(
  hints: MetadataHints,
  field: Exclude<keyof MetadataHints, 'sources'>,
  value: string | null | undefined,
  source: MetadataSource,
): void {
  if (!value || hints[field]) return;
  hints[field] = value;
  (hints.sources ??= {})[field] = source;
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
    setHint(hints, 'author', result?.byline, 'byline');
    setHint(hints, 'publisher', result?.siteName, 'meta');
    setHint(
      hints,
      'publishedAt',
      result?.publishedTime ? parseDateTime(result.publishedTime) : null,
      'meta',
    );
    setHint(hints, 'title', result?.title, 'title-tag');
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
