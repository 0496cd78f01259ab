// Decides whether an IPC message comes from our own renderer. Pure (no electron import) so
// every branch is unit-tested; main/electron/index.ts feeds it the sender frame's URL.
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export interface SenderInfo {
  /** URL of the frame that sent the message; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** Whether that frame is the top-level frame of its window. */
  isMainFrame: boolean;
  /** The id of the webContents that sent it. */
  webContentsId: number;
}

export type SenderVerdict = { trusted: true } | { trusted: false; reason: string };

/** Whether a URL is a page of Dossier's own renderer (app://dossier/…). */
export function isAppUrl(candidate: string | undefined): boolean {
  if (!candidate) return false;
  try {
    const url = new URL(candidate);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

export function checkSender(
  sender: SenderInfo,
  trustedWebContentsIds: ReadonlySet<number>,
): SenderVerdict {
  if (!trustedWebContentsIds.has(sender.webContentsId)) {
    return { trusted: false, reason: 'the message came from a window Dossier did not open' };
  }
  if (!sender.isMainFrame) {
    return { trusted: false, reason: 'the message came from a sub-frame' };
  }
  if (!sender.frameUrl) {
    return {
      trusted: false,
      reason: 'the sending frame has no URL (it was destroyed or navigated)',
    };
  }
  let url: URL;
  try {
    url = new URL(sender.frameUrl);
  } catch {
    return { trusted: false, reason: `the sending frame's URL is malformed: ${sender.frameUrl}` };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return {
      trusted: false,
      reason: `the sending frame is not Dossier's renderer (${url.origin})`,
    };
  }
  return { trusted: true };
}
