// Memo versions: saving a memo's document keeps the document it replaces, so an analyst can
// list, compare and restore what the memo said before. Saves are coalesced so autosaves do
// not bury the list: a save keeps the replaced document only when it differs and the memo's
// newest version is at least `coalesceMs` old (5 minutes by default), so an editing session
// keeps the document it started from and then at most one version per 5 minutes. Restoring
// always keeps the current document first, which makes a restore itself restorable.
//
// Owns the memo_versions rows; storing and checking a memo document is the memo service's.
// Plain Node: the clock is a port, so tests set the time.
import type { NotebookDatabase } from '../../db/open';
import * as queries from '../../db/queries/memos';
import { writeTransaction } from '../../db/transaction';
import type { MemoDocJson, MemoDocNode, SavedMemo } from '../domain/memo';
import type { MemoVersion, MemoVersionSummary } from '../domain/memo-versions';
import { notFound } from '../domain/errors';
import type { MemoService } from './memos';

export interface MemoVersionOptions {
  now?: (() => Date) | undefined;
  /** How long after the newest version a save keeps another one. */
  coalesceMs?: number | undefined;
}

export const DEFAULT_VERSION_COALESCE_MS = 5 * 60 * 1000;

/** Words of a memo document as the analyst reads it: its text and its quotations' words. */
export function documentCounts(document: MemoDocNode): { words: number; quotations: number } {
  let words = 0;
  let quotations = 0;
  const count = (text: string) => {
    words += text.split(/\s+/).filter((word) => word.length > 0).length;
  };
  const walk = (node: MemoDocNode) => {
    if (node.type === 'quotation') {
      quotations += 1;
      const exact = node.attrs?.['exact'];
      if (typeof exact === 'string') count(exact);
    }
    if (typeof node.text === 'string') count(node.text);
    for (const child of node.content ?? []) walk(child);
  };
  walk(document);
  return { words, quotations };
}

export function createMemoVersionService(
  db: NotebookDatabase,
  memos: MemoService,
  options: MemoVersionOptions = {},
) {
  const now = options.now ?? (() => new Date());
  const coalesceMs = options.coalesceMs ?? DEFAULT_VERSION_COALESCE_MS;

  function requireMemo(id: number): queries.MemoRecord {
    const record = queries.getMemo(db, id);
    if (!record) throw notFound('Memo', id);
    return record;
  }

  /** Keeps the memo's current document as a version; returns whether one was kept. */
  function keep(record: queries.MemoRecord, at: Date): boolean {
    if (record.document === null) return false;
    const parsed = JSON.parse(record.document) as MemoDocJson;
    const counts = documentCounts(parsed);
    queries.insertMemoVersion(db, {
      memoId: record.id,
      title: record.title,
      document: record.document,
      size: new TextEncoder().encode(record.document).length,
      wordCount: counts.words,
      quotationCount: counts.quotations,
      savedAt: record.updatedAt,
      keptAt: at.toISOString(),
    });
    return true;
  }

  function due(memoId: number, at: Date): boolean {
    const latest = queries.latestMemoVersion(db, memoId);
    return !latest || at.getTime() - Date.parse(latest.keptAt) >= coalesceMs;
  }

  function summary(record: queries.MemoVersionRecord): MemoVersionSummary {
    return { ...record };
  }

  return {
    /** Saves the document (through the memo service), keeping the one it replaces when due. */
    save(id: number, document: unknown): SavedMemo {
      return writeTransaction(db, () => {
        const record = requireMemo(id);
        const at = now();
        const changed = record.document !== JSON.stringify(document);
        const saved = memos.saveDocument(id, document);
        if (changed && due(id, at)) keep(record, at);
        return saved;
      });
    },

    list(memoId: number): MemoVersionSummary[] {
      requireMemo(memoId);
      return queries.listMemoVersions(db, memoId).map(summary);
    },

    get(id: number): MemoVersion {
      const version = queries.getMemoVersion(db, id);
      if (!version) throw notFound('Memo version', id);
      return { ...summary(version), document: JSON.parse(version.document) as MemoDocJson };
    },

    /** Makes a version the memo's document again, keeping the current one as a version first. */
    restore(id: number): SavedMemo {
      return writeTransaction(db, () => {
        const version = queries.getMemoVersion(db, id);
        if (!version) throw notFound('Memo version', id);
        const record = requireMemo(version.memoId);
        const at = now();
        if (record.document !== version.document) keep(record, at);
        queries.setMemoDocumentAt(db, record.id, version.document, at.toISOString());
        return memos.get(record.id);
      });
    },
  };
}

export type MemoVersionService = ReturnType<typeof createMemoVersionService>;
