// Events the main process pushes to the renderer (the other direction from dispatch): a fixed
// list of names, each on its own IPC channel. The preload subscribes only to names on this
// list, so a compromised page cannot listen on an arbitrary channel, and listeners receive the
// payload alone, never Electron's event object (which would hand the page its sender).
// Pure: no electron import, so both ends are tested with fakes; index.ts and the preload wire
// the real ipc objects in.
import type { ImportOutcome } from '../ipc/contract';
import { isAppUrl } from './sender';

export const RENDERER_EVENTS = [
  'notebook-changed',
  'menu:export-memo',
  'menu:keyboard-shortcuts',
] as const;

export type RendererEvent = (typeof RENDERER_EVENTS)[number];

/** Why the renderer should reload what it shows. */
export type NotebookChange =
  { reason: 'imported'; outcomes: ImportOutcome[] } | { reason: 'opened'; file: string };

export interface RendererEventPayloads {
  'notebook-changed': NotebookChange;
  'menu:export-memo': null;
  'menu:keyboard-shortcuts': null;
}

const CHANNEL_PREFIX = 'dossier:event:';

export function isRendererEvent(name: unknown): name is RendererEvent {
  return typeof name === 'string' && (RENDERER_EVENTS as readonly string[]).includes(name);
}

export function rendererEventChannel(name: RendererEvent): string {
  return `${CHANNEL_PREFIX}${name}`;
}

/** The slice of a WebContents the sender needs. */
export interface EventTarget {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, payload: unknown): void;
}

export interface RendererEvents {
  /** Sends to every live window showing Dossier's renderer; returns how many received it. */
  send<E extends RendererEvent>(name: E, payload: RendererEventPayloads[E]): number;
}

export function createRendererEvents(targets: () => Iterable<EventTarget>): RendererEvents {
  return {
    send(name, payload) {
      let delivered = 0;
      for (const target of targets()) {
        // A window that navigated away (will-navigate forbids it, but a crash page counts)
        // must not receive the notebook's data.
        if (target.isDestroyed() || !isAppUrl(target.getURL())) continue;
        target.send(rendererEventChannel(name), payload);
        delivered += 1;
      }
      return delivered;
    },
  };
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
