// Getting articles in from the UI: what the Import… file picker offers, files and folders
// dropped on the window, and how outcomes are summed up. import-progress.ts sends the files
// to the API (one call each, so one bad file never stops the rest) and shows progress.
import type { ImportOutcome } from '../../main/ipc/contract';

export const ACCEPTED_TYPES =
  '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx,.eml,.mhtml,.mht';

/** Files from a drop, folders walked recursively (webkitGetAsEntry), hidden files skipped. */
export async function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return [...transfer.files];
  const files: File[] = [];
  async function walk(entry: FileSystemEntry): Promise<void> {
    if (entry.name.startsWith('.')) return;
    if (entry.isFile) {
      files.push(
        await new Promise<File>((resolve, reject) =>
          (entry as FileSystemFileEntry).file(resolve, reject),
        ),
      );
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
          reader.readEntries(resolve, reject),
        );
        if (batch.length === 0) break;
        for (const child of batch.sort((a, b) => a.name.localeCompare(b.name))) await walk(child);
      }
    }
  }
  for (const entry of entries) await walk(entry);
  return files;
}

export function summarise(outcomes: ImportOutcome[]): { message: string; failures: string[] } {
  const imported = outcomes.filter((outcome) => outcome.status === 'imported').length;
  const duplicates = outcomes.filter((outcome) => outcome.status === 'duplicate').length;
  const failures = outcomes
    .filter((outcome) => outcome.status === 'failed')
    .map((outcome) => outcome.error ?? outcome.path);
  const parts = [`${imported} imported`];
  if (duplicates > 0) parts.push(`${duplicates} already in the notebook`);
  const revisions = outcomes.filter((outcome) => outcome.status === 'revision').length;
  if (revisions > 0)
    parts.push(
      `${revisions} ${revisions === 1 ? 'newer copy' : 'newer copies'} of articles already there`,
    );
  if (failures.length > 0) parts.push(`${failures.length} could not be imported`);
  return { message: parts.join(', ') + '.', failures };
}
