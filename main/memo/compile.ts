// The memo compiler: the rows a scope selects -> a Memo (title block, the analyst's summary,
// one section per speaker, tag, source or day, perhaps nested one level, and the quotations in
// a stable order with their citations; reported speech carries the sentence it is printed as).
// Terms and unattributed passages stay out unless the scope asks for them; a quotation with
// several tags is listed under each of them, or once with a cross-reference. Pure and deterministic: the same rows and scope always give the same memo; it
// never reads the clock, the database or the locale. Knows nothing of output formats.
import { dayOf, formatDate, listSeparator } from './citation';
import { findDuplicates, wordingNotes } from './duplicates';
import { reportedSentence } from './reported-speech';
import type {
  Memo,
  MemoBlock,
  MemoCitation,
  MemoGrouping,
  MemoOmission,
  MemoQuotation,
  MemoRow,
  MemoScope,
} from './model';

export const DEFAULT_TITLE = 'Briefing memo';
export const NO_QUOTATIONS = 'No quotations match the scope of this memo.';

/** Orders text the same way on every machine (code points after case folding, unlike localeCompare). */
export function compareText(a: string, b: string): number {
  const foldedA = a.toLowerCase();
  const foldedB = b.toLowerCase();
  if (foldedA !== foldedB) return foldedA < foldedB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// Undated articles sort after dated ones; "9999" is greater than any real year.
const UNDATED = '9999';

/** The reading order of passages: by publication date, article, then place in the article. */
export function compareRows(a: MemoRow, b: MemoRow): number {
  const dateA = a.articlePublishedAt ?? UNDATED;
  const dateB = b.articlePublishedAt ?? UNDATED;
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  return (
    a.articleId - b.articleId || a.start - b.start || a.end - b.end || a.highlightId - b.highlightId
  );
}

export function citationOf(row: MemoRow): MemoCitation {
  return {
    highlightId: row.highlightId,
    exact: row.exact,
    articleId: row.articleId,
    title: row.articleTitle,
    author: row.articleAuthor,
    publisher: row.articlePublisher,
    publishedAt: row.articlePublishedAt,
    paragraph: row.paragraph,
    start: row.start,
    end: row.end,
  };
}

/** One statement as the memo shows it: the first report, and the others of the same words. */
interface Statement {
  primary: MemoRow;
  others: MemoRow[];
  tags: { id: number; name: string }[];
  note: string;
}

function statementsOf(rows: MemoRow[]): Statement[] {
  const groups = findDuplicates(rows);
  const byFirst = new Map<number, Statement>();
  const statements: Statement[] = [];
  rows.forEach((row, index) => {
    const first = groups[index]!;
    const existing = byFirst.get(first);
    if (existing) {
      existing.others.push(row);
      return;
    }
    const statement: Statement = { primary: row, others: [], tags: [], note: '' };
    byFirst.set(first, statement);
    statements.push(statement);
  });
  for (const statement of statements) {
    const members = [statement.primary, ...statement.others];
    const tags = new Map<number, { id: number; name: string }>();
    for (const member of members) for (const tag of member.tags) tags.set(tag.id, tag);
    statement.tags = [...tags.values()].sort((a, b) => compareText(a.name, b.name) || a.id - b.id);
    // Every note the analyst wrote on any report of the statement is kept, once each.
    const notes = [...new Set(members.map((member) => member.note.trim()).filter((note) => note))];
    statement.note = [...notes, ...wordingNotes(statement.primary, statement.others)].join('\n\n');
  }
  return statements;
}

interface Placement {
  key: string;
  heading: string;
  /** Sections sort by this, then by heading; the catch-all section sorts last. */
  order: [number, string, number];
}

interface Section extends Placement {
  statements: Statement[];
  /** For each statement, the other tags it is filed under when listed once ('first'). */
  crossReferences: Map<Statement, string[]>;
}

/** Where a statement goes under one grouping: one place, or one per tag it has. */
function placementsFor(
  statement: Statement,
  grouping: MemoGrouping,
  scopeTags: Set<number>,
): Placement[] {
  const row = statement.primary;
  switch (grouping) {
    case 'speaker':
      return [
        row.speakerId === null
          ? row.kind === 'term'
            ? { key: 'speaker:terms', heading: 'Terms', order: [2, '', 0] }
            : row.kind === 'figure'
              ? {
                  key: 'speaker:figures',
                  heading: 'Figures stated by the articles',
                  order: [1, '', 1],
                }
              : { key: 'speaker:none', heading: 'Unattributed passages', order: [1, '', 0] }
          : {
              key: `speaker:${row.speakerId}`,
              heading: row.speakerName ?? 'Unnamed speaker',
              order: [0, row.speakerName ?? '', row.speakerId],
            },
      ];
    case 'tag': {
      const tags = statement.tags.filter(
        (candidate) => scopeTags.size === 0 || scopeTags.has(candidate.id),
      );
      return tags.length > 0
        ? tags.map((tag) => ({
            key: `tag:${tag.id}`,
            heading: tag.name,
            order: [0, tag.name, tag.id],
          }))
        : [{ key: 'tag:none', heading: 'Untagged', order: [1, '', 0] }];
    }
    case 'source': {
      const details = [row.articlePublisher, formatDate(row.articlePublishedAt)].filter(Boolean);
      const heading =
        details.length > 0 ? `${row.articleTitle} (${details.join(', ')})` : row.articleTitle;
      // Sources follow the reading order, which compareRows already gives the statements.
      return [{ key: `source:${row.articleId}`, heading, order: [0, '', 0] }];
    }
    case 'date': {
      const day = dayOf(row.articlePublishedAt);
      return [
        day
          ? { key: `date:${day}`, heading: formatDate(day) ?? day, order: [0, day, 0] }
          : { key: 'date:none', heading: 'Undated', order: [1, '', 0] },
      ];
    }
  }
}

function sectionsOf(statements: Statement[], grouping: MemoGrouping, scope: MemoScope): Section[] {
  const scopeTags = new Set(scope.tagIds ?? []);
  const listOnce = grouping === 'tag' && scope.tagListing === 'first';
  const sections = new Map<string, Section>();
  const appearance: Section[] = [];
  for (const statement of statements) {
    const placements = placementsFor(statement, grouping, scopeTags);
    const chosen = listOnce ? placements.slice(0, 1) : placements;
    for (const placement of chosen) {
      let section = sections.get(placement.key);
      if (!section) {
        section = { ...placement, statements: [], crossReferences: new Map() };
        sections.set(placement.key, section);
        appearance.push(section);
      }
      section.statements.push(statement);
      if (listOnce && placements.length > 1)
        section.crossReferences.set(
          statement,
          placements.slice(1).map((other) => other.heading),
        );
    }
  }
  if (grouping === 'source') return appearance;
  return appearance.sort(
    (a, b) =>
      a.order[0] - b.order[0] ||
      compareText(a.order[1], b.order[1]) ||
      a.order[2] - b.order[2] ||
      compareText(a.heading, b.heading),
  );
}

function quotationOf(statement: Statement): MemoQuotation {
  const row = statement.primary;
  const reported =
    row.kind === 'indirect'
      ? reportedSentence({ exact: row.exact, before: row.before ?? '', after: row.after ?? '' })
      : null;
  return {
    kind: row.kind,
    speaker: row.speakerName,
    role: row.speakerRole,
    note: statement.note,
    source: citationOf(row),
    alsoReportedBy: statement.others.map(citationOf),
    reported,
  };
}

/** "Also under Trade and Transport." for a quotation listed once under its first tag. */
export function crossReference(headings: readonly string[]): string {
  return `Also under ${headings.map((heading, index) => `${heading}${listSeparator(index, headings.length)}`).join('')}`;
}

function writeSection(blocks: MemoBlock[], section: Section, level: 2 | 3, scope: MemoScope): void {
  blocks.push({ type: 'heading', level, content: [{ text: section.heading }] });
  const inner = level === 2 ? scope.thenBy : null;
  if (inner && inner !== scope.groupBy) {
    for (const subsection of sectionsOf(section.statements, inner, scope))
      writeSection(blocks, subsection, 3, scope);
    return;
  }
  for (const statement of section.statements) {
    blocks.push({ type: 'quotation', quotation: quotationOf(statement) });
    const others = section.crossReferences.get(statement);
    if (others)
      blocks.push({
        type: 'paragraph',
        content: [{ text: crossReference(others), marks: ['em'] }],
      });
  }
}

/**
 * Terms and passages nobody is named for are left out of a memo unless it asks for them. A
 * term is a phrase, not a statement, so asking for terms is enough: it needs no speaker.
 */
function wanted(row: MemoRow, scope: MemoScope): boolean {
  if (row.kind === 'term') return !!(scope.includeTerms || scope.kinds?.includes('term'));
  // A figure only its article states is still a claim worth citing, once figures are asked for.
  if (row.kind === 'figure' && row.speakerId === null)
    return !!(scope.kinds?.includes('figure') || scope.includeUnattributed);
  return row.speakerId !== null || !!scope.includeUnattributed;
}

function paragraphsOf(text: string): MemoBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => ({ type: 'paragraph', content: [{ text: paragraph }] }));
}

/**
 * Builds the memo for the rows a scope selected. Rows may come in any order. Passages that
 * can no longer be found in their article (orphaned) cannot be cited exactly, so they are
 * left out and listed in `omitted` for the caller to report.
 */
export function compileMemo(rows: readonly MemoRow[], scope: MemoScope = {}): Memo {
  const omitted: MemoOmission[] = [];
  const placed: MemoRow[] = [];
  for (const row of rows) {
    if (row.orphaned) {
      omitted.push({
        highlightId: row.highlightId,
        exact: row.exact,
        articleTitle: row.articleTitle,
        reason: 'its passage can no longer be found in the current text of the article',
      });
    } else {
      placed.push(row);
    }
  }
  const kept = placed.filter((row) => wanted(row, scope));
  kept.sort(compareRows);
  omitted.sort((a, b) => a.highlightId - b.highlightId);

  const blocks: MemoBlock[] = paragraphsOf(scope.summary ?? '');
  const statements = statementsOf(kept);
  if (statements.length === 0)
    blocks.push({ type: 'paragraph', content: [{ text: NO_QUOTATIONS }] });
  for (const section of sectionsOf(statements, scope.groupBy ?? 'speaker', scope))
    writeSection(blocks, section, 2, scope);
  return {
    title: scope.title?.trim() || DEFAULT_TITLE,
    date: scope.date?.trim() || null,
    ...(scope.author?.trim() ? { author: scope.author.trim() } : {}),
    ...(scope.classification?.trim() ? { classification: scope.classification.trim() } : {}),
    blocks,
    omitted,
  };
}
