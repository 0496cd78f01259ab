// The Markdown writer: a Memo -> CommonMark with GFM footnotes and tables. Quotations are
// block quotes, reported speech is a paragraph of prose, citations are footnotes ([^1]) in
// reading order, and a Sources list ends the memo. Every piece of text is escaped, so what a
// Markdown viewer shows is the memo's words exactly, however many asterisks a quote holds.
import {
  ALSO_REPORTED_BY,
  SOURCES_HEADING,
  layoutMemo,
  plainText,
  type LaidOutQuotation,
} from './layout';
import { listSeparator } from './citation';
import type { Memo, MemoInline, MemoTable } from './model';

/** Backslash-escapes what is markup anywhere in a line (a table cell needs no more). */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** Backslash-escapes what CommonMark or GFM would read as markup. */
export function escapeMarkdown(text: string): string {
  // Most text holds nothing to escape; two tests (one anchored, one a plain character class,
  // both fast) are cheaper than four replacements.
  if (!/^[#+\-=\d]/.test(text) && !/[\\`*_[\]<>~|&]/.test(text)) return text;
  let escaped = escapeInline(text);
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
  if (block.display === 'reported') {
    out.push(paragraphs.map(escapeMarkdown).join('\n\n'), reference);
    alsoAndNote(block, out);
    return;
  }
  for (let index = 0; index < paragraphs.length; index += 1) {
    if (index > 0) out.push('\n>\n');
    out.push('> ', escapeMarkdown(paragraphs[index]!));
    if (!block.attribution && index === paragraphs.length - 1) out.push(reference);
  }
  if (block.attribution) {
    if (paragraphs.length > 0) out.push('\n>\n');
    out.push('> — ', escapeMarkdown(block.attribution), reference);
  } else if (paragraphs.length === 0) out.push('> ', reference);
  alsoAndNote(block, out);
}

function alsoAndNote(block: LaidOutQuotation, out: string[]): void {
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

/** A GFM table; its caption is a bold line above it, since GFM tables have none. */
export function tableMarkdown(table: MemoTable): string {
  const cell = (text: string) => escapeInline(text.replace(/\s+/g, ' ').trim()) || ' ';
  const width = table.header.length;
  const row = (cells: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, index) => cell(cells[index] ?? '')).join(' | ')} |`;
  const lines = [row(table.header), `|${' --- |'.repeat(width)}`, ...table.rows.map(row)];
  const caption = table.caption.trim();
  return caption ? `**${escapeMarkdown(caption)}**\n\n${lines.join('\n')}` : lines.join('\n');
}

export function writeMarkdown(memo: Memo): string {
  const laidOut = layoutMemo(memo);
  const out: string[] = [];
  if (laidOut.classification) out.push(`**${escapeMarkdown(laidOut.classification)}**\n\n`);
  out.push(`# ${escapeMarkdown(laidOut.title)}`);
  const block = (...pieces: string[]) => out.push('\n\n', ...pieces);
  for (const line of laidOut.meta) block(escapeMarkdown(line));
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
      case 'table':
        if (item.header.length > 0) block(tableMarkdown(item));
        break;
    }
  }
  if (laidOut.sources.length > 0) {
    block('## ', SOURCES_HEADING);
    block(laidOut.sources.map((source) => `- ${escapeMarkdown(source)}`).join('\n'));
  }
  laidOut.notes.forEach((note, index) =>
    out.push(index === 0 ? '\n\n' : '\n', `[^${note.number}]: `, escapeMarkdown(note.text)),
  );
  out.push('\n');
  return out.join('');
}
