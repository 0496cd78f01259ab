// Which web permissions the renderer gets: writing to the clipboard (copying a quotation or a
// citation), and only for Dossier's own pages. Everything else a page can ask for (camera,
// microphone, notifications, location, reading the clipboard, USB…) is refused. Pure;
// index.ts installs it as the session's permission request and check handlers.
import { isAppUrl } from './sender';

const GRANTED = new Set(['clipboard-sanitized-write']);

export function allowsPermission(permission: string, requestingUrl: string | undefined): boolean {
  return GRANTED.has(permission) && isAppUrl(requestingUrl);
}
