// Public entry point of the importers: bytes (or pasted text/HTML) in, ImportedArticle out.
// Each format's reader (and the libraries it needs) loads on first use, so a plain-text
// import, and the import worker's start, pay only for what they read.
// Picks the format from the extension, then from the bytes, applies the size and sanity
// checks every format shares, and maps any failure to an ImportError that names the file.
// Pure: no database, no file system, no DOM globals, no Electron, no network.

import type { ImportFormat, ImportedArticle } from './article';
import { ImportError } from './errors';
import {
  declaredHtmlCharset,
  decodeText,
  describeBinary,
  extensionOf,
  formatFromExtension,
  isCompoundFile,
  isPdf,
  isZip,
  looksBinary,
  sniffTextFormat,
  unsupportedReason,
} from './sniff';
import { importText } from './text';
import { openingWords } from './assemble';

export type { ImportFormat, ImportedArticle } from './article';
export { ImportError, type ImportErrorCode } from './errors';
export { cleanText } from './clean';

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

const PASTE_NAME = 'pasted text';

export async function importFile(
  input: { bytes: Uint8Array; fileName: string },
  options: { maxBytes?: number } = {},
): Promise<ImportedArticle> {
  const { bytes, fileName } = input;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new ImportError(
      'too-large',
      fileName,
      `it is ${sizeOf(bytes.length)}; the limit is ${sizeOf(maxBytes)}.`,
    );
  }
  if (bytes.length === 0) throw new ImportError('empty', fileName, 'the file is empty.');

  const format = chooseFormat(bytes, fileName);
  try {
    switch (format) {
      case 'pdf':
        return await (await import('./pdf')).importPdf(bytes, fileName);
      case 'docx':
        return await (await import('./docx')).importDocx(bytes, fileName);
      case 'html':
        return (await import('./html')).importHtml(
          readText(bytes, fileName, declaredHtmlCharset(bytes)),
          {
            fileName,
            extractMainContent: true,
          },
        );
      case 'email':
        return { ...(await import('./eml')).importEml(bytes, fileName), format: 'email' };
      case 'mhtml':
        return { ...(await import('./mhtml')).importMhtml(bytes, fileName), format: 'mhtml' };
      case 'markdown':
        return (await import('./markdown')).importMarkdown(readText(bytes, fileName), fileName);
      case 'text':
        return importText(readText(bytes, fileName), fileName);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      'corrupt',
      fileName,
      `it could not be read as ${describeFormat(format)}.`,
      { cause: error },
    );
  }
}

export async function importPaste(input: {
  text?: string;
  html?: string;
}): Promise<ImportedArticle> {
  const html = input.html ?? '';
  const text = input.text ?? '';
  const titleFromText = (body: string) => openingWords(body);
  try {
    if (/\S/.test(html.replace(/<[^>]*>/g, '').replace(/&nbsp;/gi, ' '))) {
      return (await import('./html')).importHtml(html, {
        fileName: PASTE_NAME,
        extractMainContent: false,
        fallbackTitle: titleFromText,
      });
    }
    if (/\S/.test(text)) return importText(text, PASTE_NAME, titleFromText);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('corrupt', PASTE_NAME, 'it could not be read.', { cause: error });
  }
  throw new ImportError('empty', PASTE_NAME, 'there is no text to import.');
}

/**
 * Extension first; the bytes override it only where they are unmistakable (a PDF or Word
 * file saved as .txt). A file with an unknown extension is accepted if it reads as text.
 */
function chooseFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  const byExtension = formatFromExtension(fileName);
  const byMagic = isPdf(bytes) ? 'pdf' : isZip(bytes) || isCompoundFile(bytes) ? 'docx' : null;
  if (byExtension === 'pdf' || byExtension === 'docx') return byExtension;
  if (byMagic === 'pdf' || (byMagic === 'docx' && isWordPackage(bytes))) return byMagic;
  if (byExtension) return byExtension;

  const reason = unsupportedReason(fileName);
  if (reason) throw new ImportError('unsupported', fileName, `it is ${reason}.`);
  if (byMagic || looksBinary(bytes) || describeBinary(bytes)) {
    const what = describeBinary(bytes) ?? 'not a text, Markdown, HTML, PDF or Word file';
    const extension = extensionOf(fileName);
    throw new ImportError(
      'unsupported',
      fileName,
      `it is ${what}${extension ? ` (".${extension}" files are not supported)` : ''}.`,
    );
  }
  return sniffTextFormat(readText(bytes, fileName));
}

/** A ZIP holding word/document.xml: file names sit uncompressed in the archive's directory. */
function isWordPackage(bytes: Uint8Array): boolean {
  return (
    isCompoundFile(bytes) ||
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml')
  );
}

function readText(bytes: Uint8Array, fileName: string, declaredCharset?: string | null): string {
  const text = decodeText(bytes, fileName, declaredCharset);
  if (!/\S/.test(text)) throw new ImportError('empty', fileName, 'it contains only blank space.');
  return text;
}

function sizeOf(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function describeFormat(format: ImportFormat): string {
  return {
    text: 'text',
    markdown: 'Markdown',
    html: 'HTML',
    pdf: 'a PDF',
    docx: 'a Word document',
    email: 'an e-mail message',
    mhtml: 'a saved web page archive',
  }[format];
}
