import { describe, expect, test, vi } from 'vitest';
import {
  createWindowStateStore,
  fitToDisplays,
  parseWindowState,
  type Display,
  type Timers,
  type WindowStateFiles,
} from '../../../../main/electron/window-state';

const FILE = '/user-data/window-state.json';
const laptop: Display = { workArea: { x: 0, y: 0, width: 1440, height: 875 } };
const monitorOnTheRight: Display = { workArea: { x: 1440, y: -200, width: 2560, height: 1400 } };
const minimumSize = { width: 900, height: 560 };
const defaultSize = { width: 1280, height: 820 };

function enoent(): Error {
  return Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
}

function fakeFiles(initial: Record<string, string> = {}) {
  const contents = new Map(Object.entries(initial));
  const files: WindowStateFiles = {
    readFile: (file) => {
      const text = contents.get(file);
      if (text === undefined) throw enoent();
      return text;
    },
    writeFile: vi.fn((file: string, data: string) => void contents.set(file, data)),
    rename: vi.fn((from: string, to: string) => {
      contents.set(to, contents.get(from)!);
      contents.delete(from);
    }),
  };
  return { files, contents };
}

function fakeTimers() {
  let queued: Array<{ callback: () => void; ms: number; handle: number }> = [];
  let next = 1;
  const timers: Timers = {
    set: (callback, ms) => {
      queued.push({ callback, ms, handle: next });
      return next++;
    },
    clear: (handle) => {
      queued = queued.filter((timer) => timer.handle !== handle);
    },
  };
  return {
    timers,
    pending: () => queued.length,
    fire() {
      const due = queued;
      queued = [];
      for (const timer of due) timer.callback();
    },
  };
}

function store(files: WindowStateFiles, timers?: Timers, onError = vi.fn()) {
  return createWindowStateStore({
    file: FILE,
    files,
    defaultSize,
    minimumSize,
    debounceMs: 400,
    ...(timers ? { timers } : {}),
    onError,
  });
}

describe('parsing a stored window state', () => {
  test('accepts a complete state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1200,"height":800,"maximized":true}')).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  test('drops half a position and defaults maximized to false', () => {
    expect(parseWindowState('{"x":10,"width":1200,"height":800}')).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  test('refuses broken JSON, wrong types, fractions and absurd sizes', () => {
    expect(parseWindowState('{"width":')).toBeNull();
    expect(parseWindowState('null')).toBeNull();
    expect(parseWindowState('{"width":"1200","height":800}')).toBeNull();
    expect(parseWindowState('{"width":1200.5,"height":800}')).toBeNull();
    expect(parseWindowState('{"width":0,"height":800}')).toBeNull();
    expect(parseWindowState('{"width":1e9,"height":800}')).toBeNull();
  });
});

describe('fitting a window onto the displays', () => {
  test('leaves a window that already fits where it was', () => {
    const state = { x: 100, y: 50, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [laptop], minimumSize)).toEqual(state);
  });

  test('keeps a window on the secondary display it overlaps most', () => {
    const state = { x: 1600, y: 0, width: 1600, height: 1000, maximized: false };
    expect(fitToDisplays(state, [laptop, monitorOnTheRight], minimumSize)).toEqual(state);
  });

  test('centres a window whose display was unplugged on the primary display', () => {
    const state = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(fitToDisplays(state, [laptop], minimumSize)).toEqual({
      width: 1440,
      height: 875,
      maximized: true,
    });
  });

  test('pulls a window hanging off the edge back inside the work area', () => {
    const state = { x: 1000, y: 600, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [laptop], minimumSize)).toEqual({
      x: 440,
      y: 175,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  test('grows a window below the minimum size, but never beyond the display', () => {
    const small: Display = { workArea: { x: 0, y: 0, width: 800, height: 600 } };
    expect(
      fitToDisplays(
        { x: 0, y: 0, width: 300, height: 200, maximized: false },
        [laptop],
        minimumSize,
      ),
    ).toMatchObject({ width: 900, height: 560 });
    expect(
      fitToDisplays(
        { x: 0, y: 0, width: 300, height: 200, maximized: false },
        [small],
        minimumSize,
      ),
    ).toMatchObject({ x: 0, y: 0, width: 800, height: 560 });
  });

  test('without displays (none reported yet) leaves the state alone', () => {
    const state = { width: 1280, height: 820, maximized: false };
    expect(fitToDisplays(state, [], minimumSize)).toBe(state);
  });
});

describe('the window-state store', () => {
  test('opens at the default size, centred, on first launch without reporting an error', () => {
    const { files } = fakeFiles();
    const onError = vi.fn();
    expect(store(files, undefined, onError).load([laptop])).toEqual({
      width: 1280,
      height: 820,
      maximized: false,
    });
    expect(onError).not.toHaveBeenCalled();
  });

  test('restores what it saved, fitted to the displays', () => {
    const { files } = fakeFiles({
      [FILE]: '{"x":40,"y":30,"width":1100,"height":700,"maximized":true}',
    });
    expect(store(files).load([laptop])).toEqual({
      x: 40,
      y: 30,
      width: 1100,
      height: 700,
      maximized: true,
    });
  });

  test('falls back to defaults, and says so, when the file is corrupt', () => {
    const { files } = fakeFiles({ [FILE]: '{"x": oops' });
    const onError = vi.fn();
    expect(store(files, undefined, onError).load([laptop])).toMatchObject({
      width: 1280,
      height: 820,
    });
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringMatching(/not a window state/) }),
    );
  });

  test('reports an unreadable file other than a missing one', () => {
    const files: WindowStateFiles = {
      readFile: () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
      writeFile: vi.fn(),
      rename: vi.fn(),
    };
    const onError = vi.fn();
    store(files, undefined, onError).load([laptop]);
    expect(onError).toHaveBeenCalledOnce();
  });

  test('debounces saves: a burst of moves writes once, with the last state', () => {
    const { files, contents } = fakeFiles();
    const clock = fakeTimers();
    const windowState = store(files, clock.timers);
    for (let x = 0; x < 20; x += 1) {
      windowState.update({ x, y: 0, width: 1000, height: 700, maximized: false });
    }
    expect(files.writeFile).not.toHaveBeenCalled();
    expect(clock.pending()).toBe(1);
    clock.fire();
    expect(files.writeFile).toHaveBeenCalledOnce();
    expect(JSON.parse(contents.get(FILE)!)).toEqual({
      x: 19,
      y: 0,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  test('writes beside the file and renames over it, so a crash never leaves half a file', () => {
    const { files, contents } = fakeFiles();
    const clock = fakeTimers();
    store(files, clock.timers).update({ width: 1000, height: 700, maximized: false });
    clock.fire();
    expect(files.writeFile).toHaveBeenCalledWith(`${FILE}.tmp`, expect.any(String));
    expect(files.rename).toHaveBeenCalledWith(`${FILE}.tmp`, FILE);
    expect([...contents.keys()]).toEqual([FILE]);
  });

  test('flush writes a pending state at once and cancels the timer', () => {
    const { files } = fakeFiles();
    const clock = fakeTimers();
    const windowState = store(files, clock.timers);
    windowState.update({ width: 1000, height: 700, maximized: true });
    windowState.flush();
    expect(files.writeFile).toHaveBeenCalledOnce();
    expect(clock.pending()).toBe(0);
    windowState.flush();
    expect(files.writeFile).toHaveBeenCalledOnce();
  });

  test('a failed write is reported, never thrown (closing the window must not fail)', () => {
    const onError = vi.fn();
    const files: WindowStateFiles = {
      readFile: () => {
        throw enoent();
      },
      writeFile: () => {
        throw new Error('ENOSPC');
      },
      rename: vi.fn(),
    };
    const windowState = store(files, fakeTimers().timers, onError);
    windowState.update({ width: 1000, height: 700, maximized: false });
    expect(() => windowState.flush()).not.toThrow();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'ENOSPC' }));
  });

  test('what it saves it loads back', () => {
    const { files } = fakeFiles();
    const first = store(files, fakeTimers().timers);
    first.update({ x: 200, y: 100, width: 1024, height: 700, maximized: false });
    first.flush();
    expect(store(files).load([laptop])).toEqual({
      x: 200,
      y: 100,
      width: 1024,
      height: 700,
      maximized: false,
    });
  });
});
