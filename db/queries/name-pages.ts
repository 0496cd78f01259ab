// Helpers for the keyset-paged name lists (speakers, tags, memos): a LIKE pattern for "part of
// the name" that treats the typed text literally, and the clamp on a page's size. Knows no
// table; each list's query lives beside the others of its table.
export const NAME_PAGE_LIMIT = 50;

/** `%typed%` with LIKE's own characters escaped (by backslash), or null for no filter. */
export function containsPattern(filter: string | undefined): string | null {
  const typed = filter?.trim() ?? '';
  if (!typed) return null;
  return `%${typed.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export function pageLimit(limit: number | undefined): number {
  return Math.max(1, Math.min(limit ?? NAME_PAGE_LIMIT, 500));
}
