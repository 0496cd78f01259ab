// The words of notebook maintenance that every host and the renderer share: a backup as the
// Backups dialog lists it, what a restore did, and what a check found and repaired. Pure types.

export type BackupKind = 'manual' | 'daily' | 'before-migration';

export interface BackupEntry {
  /** The file name inside the backups folder, which is how the UI names a backup. */
  readonly name: string;
  readonly file: string;
  readonly kind: BackupKind;
  /** When the backup was made (UTC, ISO 8601). */
  readonly createdAt: string;
  readonly size: number;
}

export interface RestoreOutcome {
  readonly restoredFrom: string;
  /** The notebook as it was just before, kept as a notebook file in its own right. */
  readonly keptAside: string;
  readonly schemaVersion: number;
  readonly articleCount: number;
}

export type CheckName = 'integrity' | 'foreign-keys' | 'search-index';

export interface CheckFinding {
  readonly check: CheckName;
  readonly message: string;
}

export interface CheckReport {
  readonly file: string;
  /** True when nothing is wrong any more (after the repair, when one was asked for). */
  readonly ok: boolean;
  readonly repairRequested: boolean;
  readonly found: CheckFinding[];
  /** What the repair did, in words; empty without a repair or when nothing was wrong. */
  readonly actions: string[];
  /** What is still wrong afterwards. */
  readonly remaining: CheckFinding[];
}
