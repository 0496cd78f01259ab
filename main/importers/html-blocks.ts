// Turns a DOM subtree into canonical blocks: block elements become paragraphs, <br> a space,
// headings their own blocks, each list item its own block. Executable and embedded content
// (script, style, iframe, object, svg, forms…) is skipped, and only text nodes are read, so
// attributes such as on* handlers or javascript: URLs can never reach the output. The walk
// is iterative because hostile pages nest elements deeper than the call stack.

import type { Block, BlockKind } from './article';
import { collapseInline, isBlank } from './canonical';
import { TEXT_NODE, isElement, type DomElement, type DomNode } from './dom';
import { wordSet } from './word-set';

/** Elements whose content is never article text. */
export const SKIPPED_TAGS = wordSet(
  'script style noscript iframe frame frameset object embed applet param template ' +
    'svg math canvas form button input select option textarea video audio source ' +
    'track picture img map area head title meta link base dialog slot',
);

const BLOCK_TAGS = wordSet(
  'address article aside blockquote body center dd details dir div dl dt fieldset ' +
    'figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main ' +
    'menu nav ol p pre section summary table tbody thead tfoot tr ul caption',
);

const KIND_BY_TAG: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  figcaption: 'caption',
  caption: 'caption',
  blockquote: 'quote',
  pre: 'code',
};

type Step = { node: DomNode; exit: false } | { node: DomElement; exit: true };

export function domToBlocks(root: DomNode): Block[] {
  const blocks: Block[] = [];
  const kinds: BlockKind[] = ['paragraph'];
  const groups: number[] = [];
  let nextGroup = 0;
  let linkDepth = 0;
  let buffer = '';
  let linkText = '';

  const flush = () => {
    const text = collapseInline(buffer);
    if (!isBlank(text)) {
      const visible = text.replace(/\s/g, '').length;
      const linked = linkText.replace(/\s/g, '').length;
      const block: Block = {
        text,
        kind: kinds[kinds.length - 1] ?? 'paragraph',
        linkDensity: visible === 0 ? 0 : Math.min(1, linked / visible),
      };
      const group = groups[groups.length - 1];
      if (group !== undefined) block.group = group;
      blocks.push(block);
    }
    buffer = '';
    linkText = '';
  };

  const stack: Step[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const step = stack.pop();
    if (!step) break;
    const { node } = step;
    if (step.exit) {
      const tag = step.node.localName;
      if (tag === 'a') linkDepth -= 1;
      if (tag === 'q') buffer += '”';
      if (BLOCK_TAGS.has(tag)) {
        flush();
        if (KIND_BY_TAG[tag] || tag === 'p') kinds.pop();
        if (tag === 'ul' || tag === 'ol' || tag === 'dl' || tag === 'menu' || tag === 'table') {
          groups.pop();
        }
      }
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      buffer += text;
      if (linkDepth > 0) linkText += text;
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.localName;
    if (SKIPPED_TAGS.has(tag) || isHidden(node)) continue;
    if (tag === 'br' || tag === 'wbr') {
      if (tag === 'br') buffer += ' ';
      continue;
    }
    if (tag === 'td' || tag === 'th') buffer += ' ';
    if (tag === 'a') linkDepth += 1;
    // Browsers draw the marks of an inline <q>; without them the quotation would vanish.
    if (tag === 'q') buffer += '“';
    if (BLOCK_TAGS.has(tag)) {
      flush();
      const kind = KIND_BY_TAG[tag] ?? (tag === 'p' ? 'paragraph' : undefined);
      if (kind) kinds.push(kind);
      if (tag === 'ul' || tag === 'ol' || tag === 'dl' || tag === 'menu' || tag === 'table') {
        groups.push(nextGroup);
        nextGroup += 1;
      }
    }
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  flush();
  return blocks;
}

/** Content the page hides from readers (cookie walls, off-screen menus, templates). */
export function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  // aria-hidden also marks content behind an open modal, so only small elements count.
  if (element.getAttribute('aria-hidden') === 'true' && (element.textContent ?? '').length < 300) {
    return true;
  }
  const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}
