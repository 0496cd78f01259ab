// Word (.docx) articles: checks the ZIP container (zip-guard.ts) before mammoth reads it,
// converts to HTML without images or external files, and reads that HTML like a pasted
// document. Knows the OOXML package layout, nothing of the notebook.

import { createRequire } from 'node:module';
import type MammothModule from 'mammoth';
import type { ImportedArticle } from './article';
import { ImportError } from './errors';
import { importHtml } from './html';
import { isCompoundFile, isEncryptedOffice, isZip } from './sniff';
import { ZipGuardError, checkZip, type CheckedZip } from './zip-guard';

export async function importDocx(bytes: Uint8Array, fileName: string): Promise<ImportedArticle> {
  if (isEncryptedOffice(bytes)) {
    throw new ImportError(
      'encrypted',
      fileName,
      'it is password-protected. Remove the password in Word and import it again.',
    );
  }
  if (isCompoundFile(bytes)) {
    throw new ImportError(
      'unsupported',
      fileName,
      'it is an old-style Word (.doc) file. Save it as .docx and import that.',
    );
  }
  if (!isZip(bytes)) {
    throw new ImportError(
      'corrupt',
      fileName,
      'it is not a Word document (the file is damaged or has the wrong extension).',
    );
  }
  const zip = guard(bytes, fileName);
  if (!zip.entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new ImportError(
      'corrupt',
      fileName,
      'it is a ZIP archive but not a Word document (no word/document.xml).',
    );
  }
  let html: string;
  try {
    const mammoth = loadMammoth();
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
        // Images carry no article text; skipping them keeps their bytes out of memory.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new ImportError(
      'corrupt',
      fileName,
      'Word could not be read from it (the document is damaged).',
      { cause: error },
    );
  }
  const core = coreProperties(zip);
  return importHtml(html, {
    fileName,
    extractMainContent: false,
    format: 'docx',
    hints: { title: core.title, language: core.language },
  });
}

function guard(bytes: Uint8Array, fileName: string): CheckedZip {
  try {
    return checkZip(bytes);
  } catch (error) {
    if (error instanceof ZipGuardError) {
      throw new ImportError(error.problem.kind, fileName, `${error.problem.detail}.`, {
        cause: error,
      });
    }
    throw error;
  }
}

/** Title and language from docProps/core.xml; placeholder titles Word leaves behind are ignored. */
function coreProperties(zip: CheckedZip): { title: string | null; language: string | null } {
  const xml = new TextDecoder().decode(zip.read('docProps/core.xml') ?? new Uint8Array());
  const field = (tag: string) => {
    const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
    return match?.[1] ? decodeXmlEntities(match[1]).trim() || null : null;
  };
  const title = field('dc:title');
  const placeholder =
    !title || /^(?:untitled|document\d*|title)$/i.test(title) || /\.(?:docx?|pdf)$/i.test(title);
  return { title: placeholder ? null : title, language: field('dc:language') };
}

function decodeXmlEntities(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi,
    (whole, decimal, hex, name) => {
      const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : null;
      if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      return (
        { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[String(name).toLowerCase()] ?? whole
      );
    },
  );
}

type Mammoth = typeof MammothModule;
let mammothModule: Mammoth | null = null;

/** mammoth takes a tenth of a second to load, so it loads on the first Word import. */
function loadMammoth(): Mammoth {
  mammothModule ??= createRequire(import.meta.url)('mammoth') as Mammoth;
  return mammothModule;
}
