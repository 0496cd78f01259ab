// The analyst's verdicts on the quote finder's suggestions, so a rejected suggestion stays
// rejected when the article is opened again.
import type Database from 'better-sqlite3';
import { nowIso, statement } from './statements';

export interface SuggestionKey {
  start: number;
  end: number;
  kind: string;
}

export function listVerdicts(
  db: Database.Database,
  articleId: number,
): (SuggestionKey & { verdict: 'accepted' | 'rejected' })[] {
  return (
    statement(
      db,
      'SELECT start_offset, end_offset, kind, verdict FROM suggestion_verdicts WHERE article_id = ?',
    ).all(articleId) as {
      start_offset: number;
      end_offset: number;
      kind: string;
      verdict: 'accepted' | 'rejected';
    }[]
  ).map((row) => ({
    start: row.start_offset,
    end: row.end_offset,
    kind: row.kind,
    verdict: row.verdict,
  }));
}

export function recordVerdict(
  db: Database.Database,
  articleId: number,
  key: SuggestionKey,
  verdict: 'accepted' | 'rejected',
): void {
  statement(
    db,
    `INSERT INTO suggestion_verdicts (article_id, start_offset, end_offset, kind, verdict, decided_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (article_id, start_offset, end_offset, kind) DO UPDATE SET verdict = excluded.verdict, decided_at = excluded.decided_at`,
  ).run(articleId, key.start, key.end, key.kind, verdict, nowIso());
}

/** Forgets a verdict, so the suggestion is offered again (undoing a rejection). */
export function clearVerdict(db: Database.Database, articleId: number, key: SuggestionKey): void {
  statement(
    db,
    'DELETE FROM suggestion_verdicts WHERE article_id = ? AND start_offset = ? AND end_offset = ? AND kind = ?',
  ).run(articleId, key.start, key.end, key.kind);
}
