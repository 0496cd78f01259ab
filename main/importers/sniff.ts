// Byte-level checks before any parser sees a file: format from the name or the first bytes,
// binary detection and strict text decoding. Knows magic numbers and encodings, nothing
// about articles.

import type { ImportFormat } from './article';
import { ImportError } from './errors';

const EXTENSIONS: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
  eml: 'email',
  mhtml: 'mhtml',
  mht: 'mhtml',
};

/** Extensions we recognise but cannot read, so the message can say what the file is. */
const KNOWN_UNSUPPORTED: Record<string, string> = {
  doc: 'an old Word (.doc) document; save it as .docx and import that',
  rtf: 'a Rich Text file; save it as .docx or .txt and import that',
  odt: 'an OpenDocument file; save it as .docx and import that',
  pages: 'an Apple Pages document; export it as .docx or PDF and import that',
  epub: 'an e-book; Dossier imports single articles',
  json: 'a JSON data file, not an article',
  csv: 'a table of data (CSV), not an article',
  tsv: 'a table of data (TSV), not an article',
  xlsx: 'an Excel workbook, not an article',
};

export function extensionOf(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function formatFromExtension(fileName: string): ImportFormat | null {
  return EXTENSIONS[extensionOf(fileName)] ?? null;
}

export function unsupportedReason(fileName: string): string | null {
  return KNOWN_UNSUPPORTED[extensionOf(fileName)] ?? null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function isPdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk; readers accept it within the first kilobyte.
  const limit = Math.min(bytes.length, 1024) - PDF_MAGIC.length;
  for (let at = bytes.indexOf(0x25); at >= 0 && at <= limit; at = bytes.indexOf(0x25, at + 1)) {
    if (PDF_MAGIC.every((byte, offset) => bytes[at + offset] === byte)) return true;
  }
  return false;
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** OLE compound file: legacy .doc, or a password-protected Office document. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/** Encrypted OOXML is stored as a compound file holding an "EncryptedPackage" stream. */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  if (!isCompoundFile(bytes)) return false;
  const marker = 'EncryptedPackage';
  const utf16 = new Uint8Array(marker.length * 2);
  for (let index = 0; index < marker.length; index += 1)
    utf16[index * 2] = marker.charCodeAt(index);
  return indexOfBytes(bytes, utf16) >= 0;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (
    let index = haystack.indexOf(first ?? 0);
    index >= 0;
    index = haystack.indexOf(first ?? 0, index + 1)
  ) {
    if (index + needle.length > haystack.length) return -1;
    for (let offset = 1; offset < needle.length; offset += 1) {
      if (haystack[index + offset] !== needle[offset]) continue outer;
    }
    return index;
  }
  return -1;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

const IMAGE_SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
  [[0x4d, 0x5a], 'a Windows program'],
];

/** A short description of a recognised non-text file, for error messages. */
export function describeBinary(bytes: Uint8Array): string | null {
  for (const [signature, description] of IMAGE_SIGNATURES) {
    if (startsWith(bytes, signature)) return description;
  }
  return null;
}

/** Byte-order marks we decode; anything else is read as UTF-8. */
function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

const SAMPLE = 64 * 1024;

/** NUL bytes, or many control characters, mean the bytes are not text in a byte encoding. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes)?.encoding.startsWith('utf-16')) return false;
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.indexOf(0) !== -1) return true;
  let control = 0;
  for (let index = 0; index < sample.length; index += 1) control += CONTROL_BYTE[sample[index]!]!;
  return sample.length > 0 && control / sample.length > 0.05;
}

/** 1 for control bytes that text files do not contain (all but tab, newlines, form feed). */
const CONTROL_BYTE = Uint8Array.from({ length: 256 }, (_, byte) =>
  (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f
    ? 1
    : 0,
);

/**
 * Decodes text strictly: UTF-8 (or UTF-16 with a BOM), or a charset the document declares
 * (HTML). Invalid bytes are an error rather than replacement characters, because a quietly
 * mangled quotation is worse than a refused file.
 */
export function decodeText(
  bytes: Uint8Array,
  fileName: string,
  declaredCharset?: string | null,
): string {
  const bom = bomEncoding(bytes);
  if (!bom && looksBinary(bytes)) {
    throw new ImportError('binary', fileName, 'it contains binary data, not text.');
  }
  const encoding = bom?.encoding ?? supportedCharset(declaredCharset) ?? 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(bom?.skip ?? 0),
    );
  } catch (error) {
    throw new ImportError(
      'encoding',
      fileName,
      encoding === 'utf-8'
        ? 'it is not valid UTF-8 text. Save it as UTF-8 and import it again.'
        : `it is not valid ${encoding} text.`,
      { cause: error },
    );
  }
  if (encoding === 'windows-1252') text = remapWindows1252(text);
  if (bom?.encoding.startsWith('utf-16') && text.includes('\u0000')) {
    throw new ImportError('binary', fileName, 'it contains binary data, not text.');
  }
  return text;
}

/** windows-1252 code points for bytes 0x80–0x9F (WHATWG Encoding); 0 where the byte is unassigned. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Node's TextDecoder decodes windows-1252 (which is also what "iso-8859-1" means on the web)
 * as Latin-1, turning curly quotes and dashes into C1 control characters. Put them back.
 */
function remapWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => {
    const mapped = WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? 0;
    return mapped === 0 ? char : String.fromCharCode(mapped);
  });
}

function supportedCharset(charset: string | null | undefined): string | null {
  if (!charset) return null;
  const label = charset.trim().toLowerCase();
  if (label === 'utf8' || label === 'utf-8' || label === 'unicode-1-1-utf-8') return 'utf-8';
  // UTF-16 declared without a BOM is nearly always a mislabelled UTF-8 page.
  if (label.startsWith('utf-16')) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** The charset an HTML document declares in its first bytes (meta charset or http-equiv). */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

/** Guesses the format of text whose extension told us nothing. */
export function sniffTextFormat(text: string): ImportFormat {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (/^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/.test(head))
    return 'html';
  const tags = (
    text
      .slice(0, 20_000)
      .match(/<\/?(?:p|div|span|a|h[1-6]|ul|li|article|section|br)\b[^<>]{0,500}>/gi) ?? []
  ).length;
  if (tags >= 5) return 'html';
  const markdownSignals = [
    /^#{1,6}\s+\S/m,
    /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/,
    /^\s*[-*+]\s+\S/m,
    /^```/m,
    /^>\s+\S/m,
    /\*\*[^*\n]{1,200}\*\*/,
  ].filter((pattern) => pattern.test(text.slice(0, 20_000))).length;
  return markdownSignals >= 2 ? 'markdown' : 'text';
}
