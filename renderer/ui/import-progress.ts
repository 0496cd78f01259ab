// The import progress panel: files done / total, the file being read, and Cancel (a real
// button, so Tab reaches it; Escape inside the panel cancels too). It shows imports the
// renderer drives (files picked or dropped go to the host one call at a time, so one bad file
// never stops the rest) and imports the desktop app's main process runs (menu, files handed
// over at launch), which it hears of as 'import-progress' events. Cancel stops sending files
// and asks the host to cancel what it is reading: what was stored stays, the rest is reported
// as not imported. Knows the API and the DOM, nothing of the rest of the app.
import './import-progress.css';
import type { Api } from '../api';
import type { ImportOutcome, ImportProgress } from '../../main/ipc/contract';
import { h } from './dom';
import { summarise } from './import';

/** Shown only when an import lasts longer than this, so a quick paste does not flash a panel. */
const SHOW_AFTER_MS = 300;

interface Shown {
  done: number;
  total: number;
  current: string | null;
}

export interface ImportProgressPanel {
  /** Imports picked or dropped files, one call per file, with progress and Cancel. */
  importFiles(files: File[]): Promise<ImportOutcome[]>;
  /** Shows (or ends) an import the host runs, as its progress events arrive. */
  showHostProgress(progress: ImportProgress): void;
}

/** The import's summary, counting files a cancel left out as not imported. */
export function summariseImport(outcomes: readonly ImportOutcome[]): {
  message: string;
  failures: string[];
} {
  const { message, failures } = summarise([...outcomes]);
  const cancelled = outcomes.filter((outcome) => outcome.status === 'cancelled').length;
  if (cancelled === 0) return { message, failures };
  return {
    message: `${message.replace(/\.$/, '')}, ${cancelled} not imported (cancelled).`,
    failures,
  };
}

function cancelledOutcome(file: File): ImportOutcome {
  return {
    path: file.webkitRelativePath || file.name,
    status: 'cancelled',
    error: `${file.name}: not imported, the import was cancelled.`,
    errorCode: 'cancelled',
  };
}

export function createImportProgress(api: Api, host: HTMLElement): ImportProgressPanel {
  const label = h('div', { className: 'import-progress__label' });
  const file = h('div', { className: 'import-progress__file' });
  const bar = h('progress', {
    className: 'import-progress__bar',
    max: 1,
    value: 0,
    'aria-label': 'Import progress',
  });
  const cancelButton = h(
    'button',
    {
      type: 'button',
      className: 'button button--small',
      'aria-keyshortcuts': 'Escape',
      onclick: () => cancel(),
    },
    'Cancel',
  );
  const panel = h(
    'section',
    {
      className: 'import-progress',
      role: 'status',
      'aria-live': 'polite',
      'aria-label': 'Import',
      hidden: true,
      onkeydown: (event: Event) => {
        if ((event as KeyboardEvent).key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        cancel();
      },
    },
    label,
    cancelButton,
    file,
    bar,
  );
  host.appendChild(panel);

  /** What Cancel stops: the renderer's own loop, or a host import by its id. */
  let onCancel: (() => void) | null = null;
  /** While the renderer drives an import, the host's events about its calls are its own. */
  let ownImport = false;
  let cancellingHostImport: number | null = null;
  let showTimer: ReturnType<typeof setTimeout> | null = null;

  function render(state: Shown, cancelling: boolean): void {
    const position = Math.min(state.done + 1, state.total);
    label.textContent = cancelling
      ? 'Cancelling import…'
      : state.total === 1
        ? 'Importing 1 file'
        : `Importing ${position} of ${state.total}`;
    file.textContent = state.current ?? '';
    file.title = state.current ?? '';
    bar.max = Math.max(1, state.total);
    bar.value = state.done;
    bar.setAttribute('aria-valuetext', `${state.done} of ${state.total} files done`);
    cancelButton.disabled = cancelling;
  }

  function open(state: Shown, cancel: () => void): void {
    onCancel = cancel;
    render(state, false);
    if (panel.hidden && !showTimer) {
      showTimer = setTimeout(() => {
        showTimer = null;
        if (onCancel) panel.hidden = false;
      }, SHOW_AFTER_MS);
    }
  }

  function close(): void {
    onCancel = null;
    if (showTimer) clearTimeout(showTimer);
    showTimer = null;
    // Focus on the panel's button must not be lost with it.
    if (panel.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
    panel.hidden = true;
  }

  function cancel(): void {
    const stop = onCancel;
    if (!stop) return;
    label.textContent = 'Cancelling import…';
    cancelButton.disabled = true;
    stop();
  }

  return {
    async importFiles(files) {
      const outcomes: ImportOutcome[] = [];
      let cancelled = false;
      ownImport = true;
      const state: Shown = { done: 0, total: files.length, current: files[0]?.name ?? null };
      open(state, () => {
        cancelled = true;
        // The file under way is being read by the host: ask it to stop that too.
        void api.cancelImport({}).catch(() => undefined);
      });
      try {
        for (const [index, item] of files.entries()) {
          if (cancelled) {
            outcomes.push(cancelledOutcome(item));
            continue;
          }
          Object.assign(state, { done: index, current: item.webkitRelativePath || item.name });
          render(state, false);
          try {
            const data = new Uint8Array(await item.arrayBuffer());
            const [outcome] = await api.importFiles({ files: [{ name: item.name, data }] });
            if (outcome) outcomes.push({ ...outcome, path: item.webkitRelativePath || item.name });
          } catch (error) {
            outcomes.push({
              path: item.name,
              status: 'failed',
              error: `${item.name}: ${error instanceof Error ? error.message : String(error)}`,
            });
          }
        }
      } finally {
        ownImport = false;
        close();
      }
      return outcomes;
    },

    showHostProgress(progress) {
      if (ownImport) return;
      if (progress.state !== 'running') {
        close();
        return;
      }
      open(progress, () => {
        cancellingHostImport = progress.id;
        void api.cancelImport({ id: progress.id }).catch(() => undefined);
      });
      if (cancellingHostImport === progress.id) render(progress, true);
    },
  };
}
