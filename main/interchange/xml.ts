// A small XML reader for the documents Dossier imports (QDA-XML's project.qde): elements,
// attributes, text, CDATA, comments and processing instructions, the five predefined entities
// and character references. No DTDs (refused, so no entity tricks), no namespaces beyond
// dropping prefixes. Malformed input is refused with its line. Pure.

export interface XmlElement {
  /** The local name, without any namespace prefix. */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text (not its children's), entities decoded. */
  text: string;
}

export class XmlError extends Error {}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string, lineOf: () => number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (whole, entity?: string) => {
    if (!entity) throw new XmlError(`line ${lineOf()}: a bare & (write &amp;).`);
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const named = NAMED[entity];
    if (named === undefined) throw new XmlError(`line ${lineOf()}: unknown entity ${whole}.`);
    return named;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

// Sticky, so each tag is matched where the reader stands without copying the rest of the text.
const TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

/** The document's root element; throws XmlError naming the line of the first problem. */
export function parseXml(source: string): XmlElement {
  const text = source.replace(/^\uFEFF/, '');
  let at = 0;
  const lineOf = () => text.slice(0, at).split('\n').length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  while (at < text.length) {
    const open = text.indexOf('<', at);
    const chunk = open < 0 ? text.slice(at) : text.slice(at, open);
    if (chunk) {
      const parent = stack.at(-1);
      if (parent) parent.text += decode(chunk, lineOf);
      else if (chunk.trim()) throw new XmlError(`line ${lineOf()}: text outside the root element.`);
    }
    if (open < 0) break;
    at = open;
    if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at);
      if (end < 0) throw new XmlError(`line ${lineOf()}: a comment that never ends.`);
      at = end + 3;
    } else if (text.startsWith('<![CDATA[', at)) {
      const end = text.indexOf(']]>', at);
      if (end < 0) throw new XmlError(`line ${lineOf()}: a CDATA section that never ends.`);
      const parent = stack.at(-1);
      if (!parent) throw new XmlError(`line ${lineOf()}: CDATA outside the root element.`);
      parent.text += text.slice(at + 9, end);
      at = end + 3;
    } else if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at);
      if (end < 0)
        throw new XmlError(`line ${lineOf()}: a processing instruction that never ends.`);
      at = end + 2;
    } else if (text.startsWith('<!', at)) {
      throw new XmlError(`line ${lineOf()}: document type declarations are not accepted.`);
    } else if (text.startsWith('</', at)) {
      const end = text.indexOf('>', at);
      const name = localName(text.slice(at + 2, end < 0 ? undefined : end).trim());
      const current = stack.pop();
      if (end < 0 || !current || current.name !== name)
        throw new XmlError(
          `line ${lineOf()}: </${name}> does not close ${current ? `<${current.name}>` : 'any element'}.`,
        );
      at = end + 1;
    } else {
      TAG.lastIndex = at;
      const tag = TAG.exec(text);
      if (!tag) throw new XmlError(`line ${lineOf()}: a malformed tag.`);
      const attributes: Record<string, string> = {};
      for (const match of tag[2]!.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (match[1]!.startsWith('xmlns')) continue;
        attributes[localName(match[1]!)] = decode(match[2] ?? match[3] ?? '', lineOf);
      }
      const element: XmlElement = { name: localName(tag[1]!), attributes, children: [], text: '' };
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) throw new XmlError(`line ${lineOf()}: a second root element.`);
      else root = element;
      if (!tag[3]) stack.push(element);
      at += tag[0].length;
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack.at(-1)!.name}> is never closed.`);
  if (!root) throw new XmlError('there is no root element.');
  return root;
}

/** The children of `element` called `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Every descendant of `element` called `name`, in document order. */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}
