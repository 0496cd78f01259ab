// The Markdown writer: a Memo -> CommonMark with GFM footnotes. Quotations are block quotes,
// citations are footnotes ([^1]) in reading order. Every piece of text is escaped, so what a
// Markdown viewer shows is the memo's words exactly, however many asterisks a quote holds.
import { ALSO_REPORTED_BY, layoutMemo, plainText, type LaidOutQuotation } from './layout';
import { listSeparator } from './citation';
import type { Memo, MemoInline } from './model';

/** Backslash-escapes what CommonMark or GFM would read as markup. */
export function escapeMarkdown(text: string): string {
  // Most text holds nothing to escape; one test is cheaper than four replacements.
  if (!/[\\`*_[\]<>~|&]|^[#+\-=\d]/.test(text)) return text;
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

function quotation(block: LaidOutQuotation): string {
  const reference = `[^${block.noteNumber}]`;
  const lines = block.paragraphs.map(escapeMarkdown);
  if (block.attribution) lines.push(`— ${escapeMarkdown(block.attribution)}${reference}`);
  else lines[lines.length - 1] = `${lines[lines.length - 1] ?? ''}${reference}`;
  const parts = [lines.map((line) => `> ${line}`).join('\n>\n')];
  if (block.alsoReportedBy.length > 0) {
    const sources = block.alsoReportedBy.map(
      (source, index, all) =>
        `${escapeMarkdown(source.label)}[^${source.noteNumber}]${listSeparator(index, all.length)}`,
    );
    parts.push(`${ALSO_REPORTED_BY}${sources.join('')}`);
  }
  parts.push(...block.note.map(escapeMarkdown));
  return parts.join('\n\n');
}

export function writeMarkdown(memo: Memo): string {
  const laidOut = layoutMemo(memo);
  const parts: string[] = [`# ${escapeMarkdown(laidOut.title)}`];
  if (laidOut.date) parts.push(escapeMarkdown(laidOut.date));
  for (const block of laidOut.blocks) {
    switch (block.type) {
      case 'heading':
        parts.push(`${'#'.repeat(block.level)} ${inline(block.content)}`);
        break;
      case 'paragraph':
        if (plainText(block.content).trim()) parts.push(inline(block.content));
        break;
      case 'bulletList':
        parts.push(block.items.map((item) => `- ${inline(item)}`).join('\n'));
        break;
      case 'quotation':
        parts.push(quotation(block));
        break;
    }
  }
  if (laidOut.notes.length > 0) {
    parts.push(
      laidOut.notes.map((note) => `[^${note.number}]: ${escapeMarkdown(note.text)}`).join('\n'),
    );
  }
  return `${parts.join('\n\n')}\n`;
}
