// Events the main process pushes to the renderer (the other direction from dispatch): a fixed
// list of names, each on its own channel, and the payload each carries. The shell sends them
// (main/electron/renderer-events.ts), the preload subscribes only to names on this list
// (buildEventBridge, below), and the renderer listens; all three take the words from here.
// Pure: no Electron, so each end is tested with fakes.
import type { ImportOutcome, ImportProgress } from './records';

export const RENDERER_EVENTS = [
  'notebook-changed',
  'menu:export-memo',
  'menu:export-notebook',
  'menu:keyboard-shortcuts',
  'import-progress',
] as const;

export type RendererEvent = (typeof RENDERER_EVENTS)[number];

/**
 * Why the renderer should reload what it shows, and how much: an import names its articles
 * (in its outcomes), 'articles-changed' names the articles whose rows changed (their
 * annotations or details, written outside this window), and only 'opened' (another notebook)
 * means everything.
 */
export type NotebookChange =
  | { readonly reason: 'imported'; readonly outcomes: ImportOutcome[] }
  | { readonly reason: 'articles-changed'; readonly articleIds: readonly number[] }
  | { readonly reason: 'opened'; readonly file: string };

export interface RendererEventPayloads {
  'notebook-changed': NotebookChange;
  'menu:export-memo': null;
  /** Opens the Export dialog (W3C annotations, REFI-QDA project, memo sources as CSL-JSON). */
  'menu:export-notebook': null;
  'menu:keyboard-shortcuts': null;
  /** An import the main process runs: when it starts, as it goes, and when it ends. */
  'import-progress': ImportProgress;
}

const CHANNEL_PREFIX = 'dossier:event:';

export function isRendererEvent(name: unknown): name is RendererEvent {
  return typeof name === 'string' && (RENDERER_EVENTS as readonly string[]).includes(name);
}

export function rendererEventChannel(name: RendererEvent): string {
  return `${CHANNEL_PREFIX}${name}`;
}

/** What the preload exposes as window.dossierEvents. */
export interface DossierEvents {
  on<E extends RendererEvent>(
    name: E,
    listener: (payload: RendererEventPayloads[E]) => void,
  ): () => void;
}

/** Subscribes to one IPC channel, passing on only the payload; returns the unsubscribe. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds window.dossierEvents for the preload. Unknown names throw rather than silently never
 * firing, so a typo in the renderer shows up at once.
 */
export function buildEventBridge(subscribe: Subscribe): DossierEvents {
  return Object.freeze({
    on(name: unknown, listener: unknown) {
      if (!isRendererEvent(name)) throw new TypeError(`Unknown Dossier event: ${String(name)}`);
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
      return subscribe(rendererEventChannel(name), (payload) => listener(payload));
    },
  }) as DossierEvents;
}
