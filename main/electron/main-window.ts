// The Electron end of the window: creates the one BrowserWindow with locked-down web
// preferences, restores and records its bounds through the window-state store, and hardens
// every web contents (no navigation away from app://dossier, no new windows, no webviews).
// Decisions live in pure modules (sender.ts, window-state.ts); this file only wires them.
import { BrowserWindow, screen, type WebContents } from 'electron';
import { APP_ORIGIN, isAppUrl } from './sender';
import type { Display, Size, WindowStateStore } from './window-state';

export const DEFAULT_SIZE: Size = { width: 1280, height: 820 };
export const MINIMUM_SIZE: Size = { width: 900, height: 560 };

export interface MainWindowOptions {
  preloadFile: string;
  title: string;
  /** Set on macOS as the title bar's document icon. */
  representedFile: string | null;
  stateStore: WindowStateStore;
}

/** Displays with the primary first, as window-state.ts expects. */
function displays(): Display[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)];
}

/** Applied to every web contents the app creates, the main window's included. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Dossier has no second window and no outbound links, so nothing may open one.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = options.stateStore.load(displays());
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    title: options.title,
    show: false,
    webPreferences: {
      preload: options.preloadFile, // eng-disable PRELOAD_JS_CHECK — justified: the sandboxed preload exposes only window.dossier (one invoke per contract method, arguments validated by dispatch in this process) and window.dossierEvents (a fixed list of event names, payload only)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  if (state.maximized) window.maximize();
  if (options.representedFile) window.setRepresentedFilename(options.representedFile);
  // The page's <title> would replace the notebook's name.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());

  const remember = () => {
    // Full-screen and minimised bounds are not where the window should reopen.
    if (window.isDestroyed() || window.isFullScreen() || window.isMinimized()) return;
    options.stateStore.update({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  window.on('resize', remember);
  window.on('move', remember);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', () => {
    remember();
    options.stateStore.flush();
  });

  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/** Shows the notebook's name in the title (and on macOS, its file as the document icon). */
export function showNotebook(window: BrowserWindow, title: string, file: string): void {
  window.setTitle(title);
  if (process.platform === 'darwin') window.setRepresentedFilename(file);
}
