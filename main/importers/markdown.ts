// Markdown articles: front matter for metadata, then Markdown rendered by marked and read
// back through the same DOM-to-blocks walk as HTML, so raw HTML inside Markdown is cleaned
// exactly like a web page (no script text, no attributes). Knows nothing of bytes.

import { Marked } from 'marked';
import type { ImportedArticle, MetadataHints } from './article';
import { assembleArticle } from './assemble';
import { normaliseNewlines, stripBom } from './canonical';
import { parseHtmlDocument } from './dom';
import { domToBlocks } from './html-blocks';
import { parseDateTime } from './dates';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function importMarkdown(source: string, fileName: string): ImportedArticle {
  const text = normaliseNewlines(stripBom(source));
  const front = FRONT_MATTER.exec(text);
  const hints = front ? frontMatterHints(front[1] ?? '') : {};
  const body = front ? text.slice(front[0].length) : text;
  const html = new Marked({ gfm: true, async: false }).parse(body, { async: false });
  const document = parseHtmlDocument(html);
  const root = document.body ?? document.documentElement;
  return assembleArticle({
    format: 'markdown',
    fileName,
    blocks: root ? domToBlocks(root) : [],
    hints,
    titleFromFirstBlock: true,
  });
}

/** Flat `key: value` front matter (YAML subset); nested structures are ignored. */
function frontMatterHints(source: string): MetadataHints {
  const values = new Map<string, string>();
  for (const line of source.split('\n')) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.+?)\s*$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const value = match[2].replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value && !values.has(match[1].toLowerCase())) values.set(match[1].toLowerCase(), value);
  }
  const first = (...keys: string[]) => keys.map((key) => values.get(key)).find(Boolean) ?? null;
  const date = first('date', 'published', 'published_at', 'pubdate');
  const url = first('url', 'canonical', 'canonical_url', 'source', 'link');
  return {
    title: first('title', 'headline'),
    author: first('author', 'byline', 'authors'),
    publisher: first('publisher', 'site', 'site_name', 'publication'),
    publishedAt: date ? parseDateTime(date) : null,
    language: first('lang', 'language', 'locale'),
    sourceUrl: url && /^https?:\/\//i.test(url) ? url : null,
    sources: {
      title: 'front-matter',
      author: 'front-matter',
      publisher: 'front-matter',
      publishedAt: 'front-matter',
      language: 'front-matter',
      sourceUrl: 'front-matter',
    },
  };
}
