import { describe, expect, test, vi } from 'vitest';
import {
  RENDERER_EVENTS,
  buildEventBridge,
  createRendererEvents,
  isRendererEvent,
  rendererEventChannel,
  type EventTarget,
} from '../../../../main/electron/renderer-events';

function fakeContents(url: string, destroyed = false) {
  const sent: Array<[string, unknown]> = [];
  const target: EventTarget = {
    isDestroyed: () => destroyed,
    getURL: () => url,
    send: (channel, payload) => sent.push([channel, payload]),
  };
  return { target, sent };
}

describe('main → renderer events', () => {
  test('every event has its own channel under the dossier:event: prefix', () => {
    const channels = RENDERER_EVENTS.map(rendererEventChannel);
    expect(new Set(channels).size).toBe(RENDERER_EVENTS.length);
    for (const channel of channels) expect(channel).toMatch(/^dossier:event:/);
    expect(rendererEventChannel('notebook-changed')).toBe('dossier:event:notebook-changed');
  });

  test('only listed names are events', () => {
    expect(isRendererEvent('notebook-changed')).toBe(true);
    expect(isRendererEvent('menu:export-memo')).toBe(true);
    expect(isRendererEvent('dossier:call')).toBe(false);
    expect(isRendererEvent(42)).toBe(false);
  });

  test("sends the payload to live windows showing Dossier's renderer", () => {
    const window = fakeContents('app://dossier/index.html');
    const events = createRendererEvents(() => [window.target]);
    const outcomes = [{ path: '/a.txt', status: 'imported' as const, articleId: 1 }];
    expect(events.send('notebook-changed', { reason: 'imported', outcomes })).toBe(1);
    expect(window.sent).toEqual([
      ['dossier:event:notebook-changed', { reason: 'imported', outcomes }],
    ]);
  });

  test('skips destroyed windows and windows showing anything else', () => {
    const gone = fakeContents('app://dossier/index.html', true);
    const elsewhere = fakeContents('https://example.com/');
    const crashed = fakeContents('');
    const events = createRendererEvents(() => [gone.target, elsewhere.target, crashed.target]);
    expect(events.send('menu:export-memo', null)).toBe(0);
    expect([...gone.sent, ...elsewhere.sent, ...crashed.sent]).toEqual([]);
  });
});

describe('the preload event bridge', () => {
  test('subscribes to the event channel and passes on the payload only', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn(
      (_channel: string, _listener: (payload: unknown) => void) => unsubscribe,
    );
    const bridge = buildEventBridge(subscribe);
    const listener = vi.fn();
    const off = bridge.on('notebook-changed', listener);
    expect(subscribe).toHaveBeenCalledWith('dossier:event:notebook-changed', expect.any(Function));
    subscribe.mock.calls[0]![1]({ reason: 'opened', file: '/n.sqlite' });
    expect(listener).toHaveBeenCalledWith({ reason: 'opened', file: '/n.sqlite' });
    off();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  test('refuses names off the list and listeners that are not functions', () => {
    const subscribe = vi.fn(() => () => undefined);
    const bridge = buildEventBridge(subscribe);
    expect(() => bridge.on('dossier:call' as never, () => undefined)).toThrow(
      /Unknown Dossier event/,
    );
    expect(() => bridge.on('notebook-changed', 'nope' as never)).toThrow(/must be a function/);
    expect(subscribe).not.toHaveBeenCalled();
  });

  test('is frozen, so the page cannot swap its method', () => {
    const bridge = buildEventBridge(() => () => undefined);
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});
