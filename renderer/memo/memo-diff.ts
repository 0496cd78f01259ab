/**
 * Comparing two versions of a memo: each document as the lines an analyst reads (headings,
 * paragraphs, list items, quotations with their citation), then a diff of those lines, with
 * the words of a changed line diffed inside it. Common lines at both ends are set aside first
 * and a diff too large to compute is shown as whole lines removed and added, so comparing two
 * long memos never stalls the window. Pure: no DOM.
 */
import type { MemoDocNode } from '../../main/domain/memo';

export type DiffPart = { readonly kind: 'same' | 'added' | 'removed'; readonly text: string };

/** A line of the comparison: unchanged, only in one version, or changed word by word. */
export type DiffLine =
  | { readonly kind: 'same' | 'added' | 'removed'; readonly text: string }
  | { readonly kind: 'changed'; readonly parts: readonly DiffPart[] };

const MAX_CELLS = 4_000_000;

function inlineText(node: MemoDocNode): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(inlineText).join('');
}

function quotationLine(attrs: Record<string, unknown>): string {
  const speaker = typeof attrs['speaker'] === 'string' ? ` — ${attrs['speaker']}` : '';
  const source = String(attrs['articlePublisher'] ?? attrs['articleTitle'] ?? '');
  const paragraph =
    typeof attrs['paragraph'] === 'number' ? `, paragraph ${attrs['paragraph']}` : '';
  const note =
    typeof attrs['note'] === 'string' && attrs['note'] ? ` [Note: ${attrs['note']}]` : '';
  return `“${String(attrs['exact'] ?? '')}”${speaker} (${source}${paragraph})${note}`;
}

/** The document as the lines it reads as, in order. */
export function memoLines(document: MemoDocNode): string[] {
  const lines: string[] = [];
  for (const block of document.content ?? []) {
    if (block.type === 'quotation') lines.push(quotationLine(block.attrs ?? {}));
    else if (block.type === 'bullet_list')
      for (const item of block.content ?? []) lines.push(`• ${inlineText(item)}`);
    else {
      const text = inlineText(block);
      if (text.trim()) lines.push(text);
    }
  }
  return lines;
}

/** Longest-common-subsequence diff of two token lists; null when too large to compute. */
function diffTokens<T>(
  before: readonly T[],
  after: readonly T[],
): { kind: 'same' | 'added' | 'removed'; item: T }[] | null {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head += 1;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail += 1;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) return null;
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
  const middle: { kind: 'same' | 'added' | 'removed'; item: T }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      middle.push({ kind: 'same', item: a[i]! });
      i += 1;
      j += 1;
    } else if (
      j < b.length &&
      (i >= a.length || table[i * width + j + 1]! > table[(i + 1) * width + j]!)
    ) {
      middle.push({ kind: 'added', item: b[j]! });
      j += 1;
    } else {
      middle.push({ kind: 'removed', item: a[i]! });
      i += 1;
    }
  }
  return [
    ...before.slice(0, head).map((item) => ({ kind: 'same' as const, item })),
    ...middle,
    ...before.slice(before.length - tail).map((item) => ({ kind: 'same' as const, item })),
  ];
}

/** Word diff of two lines: runs of unchanged, removed and added words (spacing kept). */
export function wordDiff(before: string, after: string): DiffPart[] {
  const split = (text: string) => text.match(/\S+\s*/g) ?? [];
  const tokens = diffTokens(split(before), split(after)) ?? [
    { kind: 'removed' as const, item: before },
    { kind: 'added' as const, item: after },
  ];
  const parts: { kind: DiffPart['kind']; text: string }[] = [];
  for (const { kind, item } of tokens) {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += item;
    else parts.push({ kind, text: item });
  }
  return parts;
}

/** The lines of `before` against those of `after`; a removed line followed by an added one is a change. */
export function memoDiff(before: MemoDocNode, after: MemoDocNode): DiffLine[] {
  const a = memoLines(before);
  const b = memoLines(after);
  const tokens = diffTokens(a, b) ?? [
    ...a.map((item) => ({ kind: 'removed' as const, item })),
    ...b.map((item) => ({ kind: 'added' as const, item })),
  ];
  const lines: DiffLine[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (token.kind === 'removed' && next?.kind === 'added') {
      lines.push({ kind: 'changed', parts: wordDiff(token.item, next.item) });
      index += 1;
    } else lines.push({ kind: token.kind, text: token.item });
  }
  return lines;
}
