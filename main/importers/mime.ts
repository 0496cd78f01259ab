// MIME messages as e-mail (.eml) and browsers' single-file page archives (.mhtml, .mht)
// store them: headers (folded lines unfolded, RFC 2047 encoded words decoded), multipart
// bodies split on their boundaries (nested parts included), and each leaf part's bytes
// decoded from quoted-printable or base64 and then from its charset. Knows nothing of what
// the parts mean; eml.ts and mhtml.ts choose the part to read.

export interface MimePart {
  /** Header names lower-cased; the first of each name wins. */
  headers: Map<string, string>;
  /** Lower-cased media type, "text/plain" when none is declared. */
  type: string;
  /** Parameters of the Content-Type header (charset, boundary), names lower-cased. */
  parameters: Map<string, string>;
  /** The decoded body of a leaf part; empty for a multipart container. */
  body: Uint8Array;
  parts: MimePart[];
}

/** Nested multiparts deeper than this are not real mail. */
const MAX_DEPTH = 12;
const MAX_PARTS = 500;

/** Parses a message from its bytes (read as Latin-1, so every byte survives to decoding). */
export function parseMime(bytes: Uint8Array): MimePart {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const counter = { parts: 0 };
  return parsePart(source.replace(/\r\n?/g, '\n'), 0, counter);
}

function parsePart(source: string, depth: number, counter: { parts: number }): MimePart {
  counter.parts += 1;
  const split = /\n\n/.exec(source);
  const headerText = split ? source.slice(0, split.index) : source;
  const bodyText = split ? source.slice(split.index + 2) : '';
  const headers = parseHeaders(headerText);
  const [type, parameters] = contentType(headers.get('content-type'));
  const part: MimePart = { headers, type, parameters, body: new Uint8Array(), parts: [] };
  const boundary = parameters.get('boundary');
  if (type.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
    for (const chunk of splitMultipart(bodyText, boundary)) {
      if (counter.parts >= MAX_PARTS) break;
      part.parts.push(parsePart(chunk, depth + 1, counter));
    }
    return part;
  }
  part.body = decodeTransfer(bodyText, headers.get('content-transfer-encoding'));
  return part;
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = text.replace(/\n[ \t]+/g, ' ');
  for (const line of unfolded.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

function contentType(value: string | undefined): [string, Map<string, string>] {
  const parameters = new Map<string, string>();
  if (!value) return ['text/plain', parameters];
  const [media = '', ...rest] = value.split(';');
  const parameterPattern = /^\s*([\w.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;]*))/;
  for (const piece of rest) {
    const match = parameterPattern.exec(piece);
    if (match?.[1]) parameters.set(match[1].toLowerCase(), match[2] ?? match[3] ?? '');
  }
  return [media.trim().toLowerCase() || 'text/plain', parameters];
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const chunks: string[] = [];
  const lines = body.split('\n');
  let current: string[] | null = null;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `${delimiter}--`) break;
    if (trimmed === delimiter) {
      if (current) chunks.push(current.join('\n'));
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current) chunks.push(current.join('\n'));
  return chunks;
}

function decodeTransfer(body: string, encoding: string | undefined): Uint8Array {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === 'base64')
    return new Uint8Array(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
  if (name === 'quoted-printable') return decodeQuotedPrintable(body);
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

export function decodeQuotedPrintable(text: string): Uint8Array {
  const soft = text.replace(/=[ \t]*\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < soft.length; index += 1) {
    const char = soft.charCodeAt(index);
    if (char === 0x3d && /^[0-9A-Fa-f]{2}$/.test(soft.slice(index + 1, index + 3))) {
      bytes.push(parseInt(soft.slice(index + 1, index + 3), 16));
      index += 2;
    } else {
      bytes.push(char & 0xff);
    }
  }
  return new Uint8Array(bytes);
}

/** A part's body as text in its declared charset (UTF-8 when none or an unknown one). */
export function partText(part: MimePart, fallbackCharset = 'utf-8'): string {
  const charset = part.parameters.get('charset') ?? fallbackCharset;
  return decodeCharset(part.body, charset);
}

function decodeCharset(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset.trim().toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Every leaf part, depth first, in the order the message gives them. */
export function leafParts(part: MimePart): MimePart[] {
  if (part.parts.length === 0) return [part];
  return part.parts.flatMap(leafParts);
}

/** A header value with RFC 2047 encoded words ("=?UTF-8?Q?Caf=C3=A9?=") decoded. */
export function decodeHeader(value: string | undefined): string | null {
  if (!value) return null;
  const decoded = value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(
      /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
      (_, charset: string, kind: string, text: string) => {
        const bytes =
          kind.toUpperCase() === 'B'
            ? new Uint8Array(Buffer.from(text, 'base64'))
            : decodeQuotedPrintable(text.replace(/_/g, ' '));
        return decodeCharset(bytes, charset.replace(/\*.*$/, ''));
      },
    );
  const text = decoded.replace(/[\s\u00a0]+/g, ' ').trim();
  return text === '' ? null : text;
}

/** The display name of an address header ("Mara Quill <mara@example.org>" -> "Mara Quill"). */
export function displayName(value: string | null): string | null {
  if (!value) return null;
  const named = /^\s*"?([^"<]*?)"?\s*<[^>]*>/.exec(value);
  const name = named?.[1]?.trim() || /\(([^)]+)\)/.exec(value)?.[1]?.trim() || '';
  return name && !name.includes('@') ? name : null;
}
