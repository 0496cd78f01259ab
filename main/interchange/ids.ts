// Stable identifiers and the position arithmetic the interchange formats need: UUIDs derived
// from a name (so exporting the same notebook twice gives the same ids, and a colleague's tool
// sees the same source as the same source), and conversion between the notebook's UTF-16
// offsets and the Unicode code points the W3C and REFI-QDA selectors count. Pure.
import { hash } from 'node:crypto';

/** A UUID (version 5 layout, SHA-1 of the namespace and name) for `name`. */
export function uuidFor(name: string): string {
  // The one-shot hash: an export makes several ids per highlight, and createHash costs more.
  const bytes = hash('sha1', `dossier-interchange:${name}`, 'buffer');
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** How many code points precede the UTF-16 offset `offset` of `text`. */
export function codePointOffset(text: string, offset: number): number {
  let count = 0;
  for (let at = 0; at < offset && at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    // The low half of a surrogate pair belongs to the code point its high half started.
    if (code < 0xdc00 || code > 0xdfff || at === 0 || !isHighSurrogate(text.charCodeAt(at - 1)))
      count += 1;
  }
  return count;
}

/** The UTF-16 offset of the code point numbered `codePoints` in `text` (clamped to its end). */
export function utf16Offset(text: string, codePoints: number): number {
  let at = 0;
  for (let seen = 0; seen < codePoints && at < text.length; seen += 1) {
    at += isHighSurrogate(text.charCodeAt(at)) && at + 1 < text.length ? 2 : 1;
  }
  return at;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Maps many UTF-16 offsets of one text to code points in one pass (offsets in any order). */
export function codePointMapper(text: string): (offset: number) => number {
  if (!/[\ud800-\udbff]/.test(text)) return (offset) => Math.min(offset, text.length);
  return (offset) => codePointOffset(text, offset);
}
