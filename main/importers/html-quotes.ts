// Quotation paragraphs that a page puts in containers of their own (<blockquote>, <aside>,
// <div class="quote">, a pull quote) beside the body's paragraphs. Readability scores each
// container apart from the body, finds it short and drops it, and furniture removal drops
// every <aside>; an analyst then loses exactly the quotations they came for. Before either
// runs, each such container that sits among body paragraphs is turned into plain paragraphs
// in place; a pull quote that only repeats the body is removed, so it is not read twice.
// Embedded posts (tweets, Instagram) and containers of links stay as they are.
// Knows nothing of metadata or of what happens to the page afterwards.

import { collapseInline } from './canonical';
import { elementsOf, type DomDocument, type DomElement } from './dom';
import { domToBlocks } from './html-blocks';

interface MutableElement extends DomElement {
  textContent: string | null;
  readonly parentElement: MutableElement | null;
  insertBefore(node: MutableElement, reference: MutableElement): void;
}

interface MutableDocument extends DomDocument {
  createElement(tag: string): MutableElement;
}

const QUOTE_WORDS =
  /(?:^|[^a-z])(?:pull-?quote|block-?quote|quote|quotes|quotation|citation|testimonial)(?:$|[^a-z])/i;
const EMBED_WORDS =
  /twitter|tweet|instagram|tiktok|facebook|fb-post|reddit|youtube|mastodon|bluesky/i;
const OPENING_MARK = /^[“"«‘'„‹「]/u;
/** Body paragraphs are at least this long; a container with fewer beside it is not in a body. */
const BODY_PARAGRAPH = 80;
const MAX_QUOTE_CHARACTERS = 2_000;
/** Real articles hold a few dozen quotations at most; a page with thousands is not read for them. */
const MAX_CONTAINERS = 300;

export function keepBodyQuotes(document: DomDocument): void {
  const body = document.body;
  if (!body) return;
  const candidates = elementsOf(
    body.querySelectorAll(
      'blockquote, aside, figure, div, section, [class*="quote" i], [class*="quotation" i]',
    ),
  )
    .filter(isQuoteContainer)
    .slice(0, MAX_CONTAINERS);
  const bodies = new Map<DomElement, string[]>();
  for (const container of candidates as MutableElement[]) {
    if (!container.parentNode) continue;
    const parent = container.parentElement;
    if (!parent || !sitsAmongBodyParagraphs(container, parent)) continue;
    const blocks = domToBlocks(container);
    if (blocks.length === 0) continue;
    if (repeatsBody(blocks.map((block) => block.text).join(' '), parent, bodies)) {
      container.remove();
      continue;
    }
    for (const block of blocks) {
      const paragraph = (document as MutableDocument).createElement('p');
      paragraph.textContent = block.text;
      parent.insertBefore(paragraph, container);
    }
    container.remove();
  }
}

function attributeWords(element: DomElement): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${
    element.getAttribute('data-component') ?? ''
  }`;
}

const SMALL_CHILDREN = new Set([
  'p',
  'span',
  'cite',
  'em',
  'strong',
  'b',
  'i',
  'footer',
  'q',
  'br',
]);

/** Elements that hold paragraphs; a quotation already in a <p> or inline element is read as is. */
const CONTAINER_TAGS = new Set(['blockquote', 'aside', 'figure', 'div', 'section']);

function isQuoteContainer(element: DomElement): boolean {
  if (!CONTAINER_TAGS.has(element.localName)) return false;
  const words = attributeWords(element);
  if (EMBED_WORDS.test(words)) return false;
  const named = element.localName === 'blockquote' || QUOTE_WORDS.test(words);
  // Unnamed containers qualify only when small and flat, which is checked before any text is
  // read: reading the text of every <div> on a large page would cost its whole subtree each.
  if (!named) {
    if (element.localName !== 'aside' && element.localName !== 'div') return false;
    const children = elementsOf(element.children);
    if (children.length > 3 || children.some((child) => !SMALL_CHILDREN.has(child.localName))) {
      return false;
    }
  }
  const text = collapseInline(element.textContent ?? '');
  if (text.length < 20 || text.length > MAX_QUOTE_CHARACTERS) return false;
  if (linkShare(element, text) > 0.5) return false;
  // A container of containers (a section of the body) is not one quotation.
  if (element.querySelector('h1, h2, h3, article, section, ul, ol, table, nav, form')) {
    return false;
  }
  return named || OPENING_MARK.test(text);
}

function linkShare(element: DomElement, text: string): number {
  const linked = elementsOf(element.querySelectorAll('a'))
    .map((link) => collapseInline(link.textContent ?? '').length)
    .reduce((sum, length) => sum + length, 0);
  return text.length === 0 ? 0 : linked / text.length;
}

/** The container's siblings include at least two paragraphs of running text. */
function sitsAmongBodyParagraphs(container: DomElement, parent: DomElement): boolean {
  let paragraphs = 0;
  for (const sibling of elementsOf(parent.children)) {
    if (sibling === container || sibling.localName !== 'p') continue;
    if (collapseInline(sibling.textContent ?? '').length >= BODY_PARAGRAPH) paragraphs += 1;
    if (paragraphs >= 2) return true;
  }
  return false;
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"«»‘’'„‹›「」—–-]/gu, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A pull quote: its words are already in a sibling paragraph of the body. */
function repeatsBody(text: string, parent: DomElement, bodies: Map<DomElement, string[]>): boolean {
  const wanted = comparable(text.replace(/\s+[—–-]\s*[^—–-]{1,60}$/u, ''));
  if (wanted.length < 20) return false;
  let paragraphs = bodies.get(parent);
  if (!paragraphs) {
    // Read once per parent: a page may hold many quotations beside the same paragraphs.
    paragraphs = elementsOf(parent.children)
      .filter((sibling) => sibling.localName === 'p')
      .map((sibling) => comparable(sibling.textContent ?? ''));
    bodies.set(parent, paragraphs);
  }
  return paragraphs.some((paragraph) => paragraph.includes(wanted));
}
