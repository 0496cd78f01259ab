// E-mail messages (.eml): newsletters and wire alerts saved from a mail client. The Subject
// is the title, the sender's name the author, the Date header the publication date (each
// recorded as coming from the document's properties); the body is the HTML part, read as a
// web page, or else the plain-text part. Attachments are not read. Knows nothing of files.

import type { ImportedArticle, MetadataHints } from './article';
import { assembleArticle } from './assemble';
import { textToBlocks } from './canonical';
import { parseDateTime } from './dates';
import { ImportError } from './errors';
import { importHtml } from './html';
import { decodeHeader, displayName, leafParts, parseMime, partText, type MimePart } from './mime';

export function importEml(bytes: Uint8Array, fileName: string): ImportedArticle {
  const message = parseMime(bytes);
  const readable = leafParts(message).filter((part) => !isAttachment(part));
  const html = readable.find((part) => part.type === 'text/html');
  const plain = readable.find((part) => part.type === 'text/plain');
  const hints = messageHints(message);
  if (html) {
    return importHtml(partText(html), { fileName, extractMainContent: true, hints });
  }
  if (plain) {
    return assembleArticle({
      format: 'text',
      fileName,
      blocks: textToBlocks(withoutQuotedReplies(partText(plain))),
      canonical: true,
      hints,
      titleFromFirstBlock: false,
    });
  }
  throw new ImportError('no-text', fileName, 'the message has no text or HTML part to read.');
}

function isAttachment(part: MimePart): boolean {
  return /^\s*attachment\b/i.test(part.headers.get('content-disposition') ?? '');
}

function messageHints(message: MimePart): MetadataHints {
  const subject = decodeHeader(message.headers.get('subject'))?.replace(
    /^(?:(?:re|fwd?|aw|tr|wg)\s*:\s*)+/i,
    '',
  );
  const date = message.headers.get('date');
  const hints: MetadataHints = {
    title: subject || null,
    author: displayName(decodeHeader(message.headers.get('from'))),
    publisher: decodeHeader(message.headers.get('organization')),
    publishedAt: date ? parseDateTime(date) : null,
    sources: {
      title: 'document',
      author: 'document',
      publisher: 'document',
      publishedAt: 'document',
    },
  };
  return hints;
}

/** A forwarded or replied-to message quotes earlier mail with "> "; the article is the rest. */
function withoutQuotedReplies(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
}
