// Plain-text articles: the first line is the title when it looks like one, then the shared
// prose pipeline. Knows nothing of bytes (sniff.ts decodes) or other formats.

import type { ImportedArticle } from './article';
import { assembleArticle } from './assemble';
import { textToBlocks } from './canonical';

export function importText(
  text: string,
  fileName: string,
  fallbackTitle?: (text: string) => string,
): ImportedArticle {
  return assembleArticle({
    format: 'text',
    fileName,
    blocks: textToBlocks(text),
    canonical: true,
    titleFromFirstBlock: true,
    ...(fallbackTitle ? { fallbackTitle } : {}),
  });
}
