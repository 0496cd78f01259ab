// Sending and subscribing to the events the main process pushes to the renderer. The names and
// payloads are the domain's (main/domain/events.ts); this module owns the wiring: the preload
// subscribes only to names on that list, so a compromised page cannot listen on an arbitrary
// channel, and listeners receive the payload alone, never Electron's event object (which would
// hand the page its sender). Pure: no electron import, so both ends are tested with fakes;
// index.ts and the preload wire the real ipc objects in.
import {
  rendererEventChannel,
  type RendererEvent,
  type RendererEventPayloads,
} from '../domain/events';
import { isAppUrl } from './sender';

export {
  RENDERER_EVENTS,
  buildEventBridge,
  isRendererEvent,
  rendererEventChannel,
  type DossierEvents,
  type NotebookChange,
  type RendererEvent,
  type RendererEventPayloads,
  type Subscribe,
} from '../domain/events';

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
