// A parsed, inert HTML document for the HTML-based importers. linkedom parses without
// running scripts, loading resources or touching the network; the interfaces below are the
// small part of the DOM the importers use, so nothing else leaks in from a browser lib.

import { createRequire } from 'node:module';
import type * as LinkedomModule from 'linkedom';

type Linkedom = typeof LinkedomModule;
let linkedom: Linkedom | null = null;

/** linkedom takes a fifth of a second to load, so it loads on the first HTML, Markdown or Word import. */
function parseHTML(source: string): ReturnType<Linkedom['parseHTML']> {
  linkedom ??= createRequire(import.meta.url)('linkedom') as Linkedom;
  return linkedom.parseHTML(source);
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Parses a whole document or a fragment (pasted HTML) into a document with a body. */
export function parseHtmlDocument(html: string): DomDocument {
  const whole = /<(?:html|head|body)[\s>]/i.test(html.slice(0, 10_000));
  const source = whole ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source) as unknown as { document: DomDocument };
  return document;
}

export function elementsOf(list: ArrayLike<DomElement>): DomElement[] {
  return Array.from(list);
}
