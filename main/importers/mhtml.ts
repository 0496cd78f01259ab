// Single-file page archives (.mhtml, .mht: a browser's "save as single file"): a MIME
// message whose text/html part is the page and whose other parts are its images and styles.
// The page is read as any saved web page; the address it was saved from fills in the source
// address when the page states none. Knows nothing of files.

import type { ImportedArticle } from './article';
import { ImportError } from './errors';
import { importHtml } from './html';
import { leafParts, parseMime, partText } from './mime';

export function importMhtml(bytes: Uint8Array, fileName: string): ImportedArticle {
  const archive = parseMime(bytes);
  const page = leafParts(archive).find((part) => part.type === 'text/html');
  if (!page) {
    throw new ImportError(
      'no-text',
      fileName,
      'the archive holds no web page (no text/html part).',
    );
  }
  const article = importHtml(partText(page), { fileName, extractMainContent: true });
  const location = httpUrl(
    page.headers.get('content-location') ?? archive.headers.get('snapshot-content-location'),
  );
  if (article.sourceUrl || !location) return article;
  return {
    ...article,
    sourceUrl: location,
    metadataSources: { ...article.metadataSources, sourceUrl: 'document' },
  };
}

function httpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
