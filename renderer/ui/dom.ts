// A tiny element builder. Text always goes in as text nodes, never as HTML, so nothing an
// article contains can become markup or script in the renderer.
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../main/domain/snippet-marks';

type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'className') {
      element.className = String(value);
    } else if (value === true) {
      element.setAttribute(key, '');
    } else {
      element.setAttribute(key, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child === null || child === undefined || child === false) continue;
    else
      parent.appendChild(
        typeof child === 'object' ? child : document.createTextNode(String(child)),
      );
  }
}

export function clear(element: Element): void {
  element.replaceChildren();
}

const MARK_OPEN = SNIPPET_OPEN;
const MARK_CLOSE = SNIPPET_CLOSE;

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

/** Snippet text with \u0002…\u0003 match markers, as <mark> elements built from text nodes. */
export function markedSnippet(snippet: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const [index, piece] of snippet.split(MARK_OPEN).entries()) {
    const [marked, rest] = index === 0 ? [null, piece] : splitOnce(piece, MARK_CLOSE);
    if (marked) fragment.appendChild(h('mark', {}, marked));
    if (rest) fragment.appendChild(document.createTextNode(rest));
  }
  return fragment;
}

export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
