// Remembers the main window's size, position and maximised state between launches, in a small
// JSON file in userData. What it reads back is validated and fitted onto the displays that
// exist now (a monitor may have been unplugged), and saves are debounced because a drag fires
// dozens of move events. Pure: the file system, the displays and the timers come in as ports.
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent: let the window system centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Display {
  /** The display's area minus taskbars, docks and menu bars. */
  workArea: Rectangle;
}

export interface WindowStateFiles {
  /** Throws (as fs.readFileSync does) when the file is missing or unreadable. */
  readFile(file: string): string;
  writeFile(file: string, data: string): void;
  rename(from: string, to: string): void;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface WindowStateStoreOptions {
  file: string;
  files: WindowStateFiles;
  defaultSize: Size;
  minimumSize: Size;
  debounceMs?: number;
  timers?: Timers;
  /** Told about unreadable or unwritable state; the window opens with defaults regardless. */
  onError?: (error: unknown) => void;
}

export interface WindowStateStore {
  /** The state to open the window with, fitted onto these displays (primary first). */
  load(displays: readonly Display[]): WindowState;
  /** Records the current state; it is written after a quiet spell. */
  update(state: WindowState): void;
  /** Writes any pending state now (on close, before quit). */
  flush(): void;
}

const coordinate = z.number().int().min(-1_000_000).max(1_000_000);
const length = z.number().int().min(1).max(100_000);

const storedState = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: length,
  height: length,
  maximized: z.boolean().optional().default(false),
});

/** The stored state, or null when the file's content is not a window state. */
export function parseWindowState(text: string): WindowState | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = storedState.safeParse(json);
  if (!parsed.success) return null;
  const { x, y, width, height, maximized } = parsed.data;
  // A position needs both coordinates; half of one is no position.
  return x !== undefined && y !== undefined
    ? { x, y, width, height, maximized }
    : { width, height, maximized };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Fits a state onto the displays: the window goes to the display it overlaps most, shrinks to
 * fit that display's work area and moves until it lies wholly inside it. A window on no
 * display at all loses its position, so the window system centres it on the primary one.
 */
export function fitToDisplays(
  state: WindowState,
  displays: readonly Display[],
  minimumSize: Size,
): WindowState {
  const primary = displays[0];
  if (!primary) return state;
  let target: Display | null = null;
  if (state.x !== undefined && state.y !== undefined) {
    const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
    let best = 0;
    for (const display of displays) {
      const area = overlap(bounds, display.workArea);
      if (area > best) {
        best = area;
        target = display;
      }
    }
  }
  const area = (target ?? primary).workArea;
  const width = clamp(state.width, Math.min(minimumSize.width, area.width), area.width);
  const height = clamp(state.height, Math.min(minimumSize.height, area.height), area.height);
  if (!target || state.x === undefined || state.y === undefined) {
    return { width, height, maximized: state.maximized };
  }
  return {
    x: clamp(state.x, area.x, area.x + area.width - width),
    y: clamp(state.y, area.y, area.y + area.height - height),
    width,
    height,
    maximized: state.maximized,
  };
}

const defaultTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createWindowStateStore(options: WindowStateStoreOptions): WindowStateStore {
  const timers = options.timers ?? defaultTimers;
  const debounceMs = options.debounceMs ?? 500;
  let pending: WindowState | null = null;
  let timer: unknown = null;

  function write(): void {
    if (timer !== null) timers.clear(timer);
    timer = null;
    if (!pending) return;
    const state = pending;
    pending = null;
    // Write beside, then rename over: a crash mid-write leaves the old file, not half a one.
    const temporary = `${options.file}.tmp`;
    try {
      options.files.writeFile(temporary, `${JSON.stringify(state)}\n`);
      options.files.rename(temporary, options.file);
    } catch (error) {
      options.onError?.(error);
    }
  }

  return {
    load(displays) {
      const fallback: WindowState = { ...options.defaultSize, maximized: false };
      let text: string;
      try {
        text = options.files.readFile(options.file);
      } catch (error) {
        // No file yet is the first launch, not a problem worth reporting.
        if ((error as { code?: unknown }).code !== 'ENOENT') options.onError?.(error);
        return fitToDisplays(fallback, displays, options.minimumSize);
      }
      const stored = parseWindowState(text);
      if (!stored) options.onError?.(new Error(`${options.file} is not a window state; ignored.`));
      return fitToDisplays(stored ?? fallback, displays, options.minimumSize);
    },
    update(state) {
      pending = { ...state };
      if (timer !== null) timers.clear(timer);
      timer = timers.set(write, debounceMs);
    },
    flush: write,
  };
}
