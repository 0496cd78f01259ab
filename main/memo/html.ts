// The HTML writer: a Memo -> one standalone HTML file that reads well on screen and prints
// well (inline styles with @page margins and print rules). Nothing is loaded from anywhere:
// no scripts, fonts or images, and a Content-Security-Policy that forbids them. All text is
// escaped. Citations are numbered endnotes with links both ways. In the desktop app this
// output is also what gets printed to PDF.
import {
  ALSO_REPORTED_BY,
  NOTES_HEADING,
  SOURCES_HEADING,
  layoutMemo,
  plainText,
  type LaidOutQuotation,
} from './layout';
import { listSeparator } from './citation';
import type { Memo, MemoInline, MemoTable } from './model';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

export const MEMO_STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1b1b1b;
  font: 11.5pt/1.55 Georgia, "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; }
.memo { max-width: 40rem; margin: 2.5rem auto 4rem; padding: 0 1.25rem; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 0.3rem; }
.memo-classification { margin: 0 0 0.8rem; font: bold 0.9rem/1.3 Arial, "Liberation Sans", "DejaVu Sans", sans-serif; letter-spacing: 0.06em; text-transform: uppercase; color: #7a1f1f; }
.memo-meta { margin: 0; color: #4a4a4a; }
header { margin-bottom: 1.6rem; }
.reported { margin: 0 0 1.5rem; }
.reported > p:first-child { margin: 0; }
.reported .also-reported, .reported .analyst-note { margin-left: 0; }
.memo-table { border-collapse: collapse; width: 100%; margin: 0 0 1.5rem; font-size: 0.95em; }
.memo-table caption { text-align: left; font-weight: bold; margin-bottom: 0.35rem; }
.memo-table th, .memo-table td { border: 1px solid #c8c8c8; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.memo-table th { background: #f0f0ec; }
.sources li { margin-bottom: 0.3rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.8rem; padding-bottom: 0.2rem; border-bottom: 1px solid #c8c8c8; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.6rem; }
p { margin: 0 0 0.8rem; }
.quotation { margin: 0 0 1.5rem; }
.quotation blockquote { margin: 0; padding: 0.1rem 0 0.1rem 1rem; border-left: 3px solid #7a7a7a; }
.quotation blockquote p { margin: 0 0 0.5rem; }
.attribution { margin: 0.2rem 0 0 calc(1rem + 3px); font-style: italic; }
.also-reported { margin: 0.3rem 0 0 calc(1rem + 3px); font-size: 0.92em; color: #3d3d3d; }
.analyst-note { margin: 0.45rem 0 0 calc(1rem + 3px); padding: 0.35rem 0.6rem; background: #f3f3ef; font-size: 0.95em; }
.analyst-note p { margin: 0 0 0.4rem; }
.analyst-note p:last-child { margin-bottom: 0; }
sup.note-ref { font-size: 0.7em; line-height: 0; }
sup.note-ref a { color: #2a4f8a; text-decoration: none; }
.notes { margin-top: 2.5rem; padding-top: 0.5rem; border-top: 1px solid #c8c8c8; font-size: 0.9em; }
.notes h2 { border: 0; margin-top: 0.5rem; }
.notes li { margin-bottom: 0.3rem; }
.notes a.back { color: #2a4f8a; text-decoration: none; margin-left: 0.3rem; }
@page { size: A4; margin: 2.2cm 2cm 2.4cm; }
@media print {
  body { font-size: 11pt; }
  .memo { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .notes a.back { display: none; }
  .analyst-note { background: none; border-left: 2px solid #b5b5b5; }
  .quotation, .reported, .memo-table tr { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
}
`;

function inline(content: readonly MemoInline[]): string {
  return content
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.marks?.includes('em')) html = `<em>${html}</em>`;
      if (run.marks?.includes('strong')) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function noteReference(number: number): string {
  return `<sup class="note-ref"><a href="#note-${number}" id="note-ref-${number}">${number}</a></sup>`;
}

export function tableHtml(table: MemoTable): string {
  const width = table.header.length;
  const cells = (tag: 'th' | 'td', row: readonly string[]) =>
    `<tr>${Array.from({ length: width }, (_, index) => `<${tag}>${escapeHtml(row[index] ?? '')}</${tag}>`).join('')}</tr>`;
  return [
    '<table class="memo-table">',
    table.caption.trim() ? `<caption>${escapeHtml(table.caption.trim())}</caption>` : '',
    `<thead>${cells('th', table.header)}</thead>`,
    `<tbody>${table.rows.map((row) => cells('td', row)).join('')}</tbody>`,
    '</table>',
  ].join('');
}

function quotation(block: LaidOutQuotation): string {
  const paragraphs = block.paragraphs.map(escapeHtml);
  if (!block.attribution) paragraphs[paragraphs.length - 1] += noteReference(block.noteNumber);
  const reported = block.display === 'reported';
  const lines = reported
    ? [
        `<div class="reported" data-highlight-id="${block.highlightId}">`,
        ...paragraphs.map((paragraph) => `<p>${paragraph}</p>`),
      ]
    : [
        `<div class="quotation" data-highlight-id="${block.highlightId}">`,
        `<blockquote>${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')}</blockquote>`,
      ];
  if (block.attribution) {
    lines.push(
      `<p class="attribution">— ${escapeHtml(block.attribution)}${noteReference(block.noteNumber)}</p>`,
    );
  }
  if (block.alsoReportedBy.length > 0) {
    const sources = block.alsoReportedBy.map(
      (source, index, all) =>
        `${escapeHtml(source.label)}${noteReference(source.noteNumber)}${listSeparator(index, all.length)}`,
    );
    lines.push(`<p class="also-reported">${ALSO_REPORTED_BY}${sources.join('')}</p>`);
  }
  if (block.note.length > 0) {
    lines.push(
      `<div class="analyst-note">${block.note.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}</div>`,
    );
  }
  lines.push('</div>');
  return lines.join('\n');
}

export function writeHtml(memo: Memo): string {
  const laidOut = layoutMemo(memo);
  const body: string[] = ['<header>'];
  if (laidOut.classification)
    body.push(`<p class="memo-classification">${escapeHtml(laidOut.classification)}</p>`);
  body.push(`<h1>${escapeHtml(laidOut.title)}</h1>`);
  for (const line of laidOut.meta) body.push(`<p class="memo-meta">${escapeHtml(line)}</p>`);
  body.push('</header>');
  for (const block of laidOut.blocks) {
    switch (block.type) {
      case 'heading':
        body.push(`<h${block.level}>${inline(block.content)}</h${block.level}>`);
        break;
      case 'paragraph':
        if (plainText(block.content).trim()) body.push(`<p>${inline(block.content)}</p>`);
        break;
      case 'bulletList':
        body.push(
          `<ul>\n${block.items.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`,
        );
        break;
      case 'quotation':
        body.push(quotation(block));
        break;
      case 'table':
        if (block.header.length > 0) body.push(tableHtml(block));
        break;
    }
  }
  if (laidOut.sources.length > 0) {
    body.push(
      `<section class="sources" aria-labelledby="sources-heading">\n<h2 id="sources-heading">${SOURCES_HEADING}</h2>\n<ul>`,
      ...laidOut.sources.map((source) => `<li>${escapeHtml(source)}</li>`),
      '</ul>\n</section>',
    );
  }
  if (laidOut.notes.length > 0) {
    body.push(
      `<section class="notes" aria-labelledby="notes-heading">\n<h2 id="notes-heading">${NOTES_HEADING}</h2>\n<ol>`,
      ...laidOut.notes.map(
        (note) =>
          `<li id="note-${note.number}">${escapeHtml(note.text)} <a class="back" href="#note-ref-${note.number}" aria-label="Back to note ${note.number} in the text">↩</a></li>`,
      ),
      '</ol>\n</section>',
    );
  }
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(laidOut.title)}</title>`,
    `<style>${MEMO_STYLE}</style>`,
    '</head>',
    '<body>',
    '<article class="memo">',
    ...body,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
