// The shapes of a briefing memo as data. They cross the API, so they are declared once in
// main/domain/memo.ts; this module names them for the memo core and its writers.
export type {
  Memo,
  MemoBlock,
  MemoCitation,
  MemoDocJson,
  MemoDocNode,
  MemoInline,
  MemoMark,
  MemoOmission,
  MemoQuotation,
  MemoRow,
  MemoScope,
  MemoSourceEntry,
  MemoTable,
  MemoTagListing,
  SavedMemo,
  SavedMemoSummary,
  SourceCheck,
  SourceProblem,
  SourceProblemCode,
} from '../domain/memo';
export type { MemoFormat, MemoGrouping } from '../domain/vocabulary';
