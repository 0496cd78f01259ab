// The shapes of a memo's kept versions as the API carries them: the History list's rows
// (when, how big) and one version with its document. Pure types.
import type { MemoDocJson } from './memo';

export interface MemoVersionSummary {
  readonly id: number;
  readonly memoId: number;
  readonly title: string;
  /** When the memo held this document (the save that wrote it). */
  readonly savedAt: string;
  /** When a later save or restore replaced it and it was kept. */
  readonly keptAt: string;
  /** Bytes of the stored document. */
  readonly size: number;
  readonly wordCount: number;
  readonly quotationCount: number;
}

export interface MemoVersion extends MemoVersionSummary {
  readonly document: MemoDocJson;
}
