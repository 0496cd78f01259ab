// The Markdown writer: a Memo -> CommonMark with GFM footnotes. Quotations are block quotes,
// citations are footnotes ([^1]) in reading order. Every piece of text is escaped, so what a
// Markdown viewer shows is the memo's words exactly, however many asterisks a quote holds.
import { ALSO_REPORTED_BY, layoutMemo, plainText, type LaidOutQuotation } from './layout';
import { listSeparator } from './citation';
import type { Memo, MemoInline } from './model';

/** Backslash-escapes what CommonMark or GFM would read as markup. */
export function escapeMarkdown(text: string): string {
  // Most text holds nothing to escape; two tests (one anchored, one a plain character class,
  // both fast) are cheaper than four replacements.
  if (!/^[#+\-=\d]/.test(text) && !/[\\`*_[\]<>~|&]/.test(text)) return text;
  let escaped = text.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // Markup that only counts at the start of a line: headings, list items, setext underlines.
  if (/^[#+\-=]/.test(escaped)) escaped = `\\${escaped}`;
  escaped = escaped.replace(/^(\d+)([.)])/, '$1\\$2');
  return escaped;
}

function inline(content: readonly MemoInline[]): string {
  return content
    .map((run) => {
      const marks = run.marks ?? [];
      const delimiter = (marks.includes('strong') ? '**' : '') + (marks.includes('em') ? '*' : '');
      // Emphasis may not start or end on a space, so surrounding spaces stay outside it.
      const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text);
      const [, before = '', body = '', after = ''] = match ?? [];
      if (!delimiter || !body) return escapeMarkdown(run.text);
      return `${before}${delimiter}${escapeMarkdown(body)}${[...delimiter].reverse().join('')}${after}`;
    })
    .join('');
}

/** Appends a quotation's Markdown to `out`, one piece at a time (one join at the end). */
function quotation(block: LaidOutQuotation, out: string[]): void {
  const reference = `[^${block.noteNumber}]`;
  const { paragraphs } = block;
  for (let index = 0; index < paragraphs.length; index += 1) {
    if (index > 0) out.push('\n>\n');
    out.push('> ', escapeMarkdown(paragraphs[index]!));
    if (!block.attribution && index === paragraphs.length - 1) out.push(reference);
  }
  if (block.attribution) {
    if (paragraphs.length > 0) out.push('\n>\n');
    out.push('> — ', escapeMarkdown(block.attribution), reference);
  } else if (paragraphs.length === 0) out.push('> ', reference);
  if (block.alsoReportedBy.length > 0) {
    out.push('\n\n', ALSO_REPORTED_BY);
    block.alsoReportedBy.forEach((source, index, all) =>
      out.push(
        escapeMarkdown(source.label),
        `[^${source.noteNumber}]`,
        listSeparator(index, all.length),
      ),
    );
  }
  for (const paragraph of block.note) out.push('\n\n', escapeMarkdown(paragraph));
}

export function writeMarkdown(memo: Memo): string {
  const laidOut = layoutMemo(memo);
  const out: string[] = [`# ${escapeMarkdown(laidOut.title)}`];
  const block = (...pieces: string[]) => out.push('\n\n', ...pieces);
  if (laidOut.date) block(escapeMarkdown(laidOut.date));
  for (const item of laidOut.blocks) {
    switch (item.type) {
      case 'heading':
        block('#'.repeat(item.level), ' ', inline(item.content));
        break;
      case 'paragraph':
        if (plainText(item.content).trim()) block(inline(item.content));
        break;
      case 'bulletList':
        block(item.items.map((entry) => `- ${inline(entry)}`).join('\n'));
        break;
      case 'quotation':
        out.push('\n\n');
        quotation(item, out);
        break;
    }
  }
  laidOut.notes.forEach((note, index) =>
    out.push(index === 0 ? '\n\n' : '\n', `[^${note.number}]: `, escapeMarkdown(note.text)),
  );
  out.push('\n');
  return out.join('');
}
