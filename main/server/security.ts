// What the local web host trusts: which Host and Origin headers it answers, how a request path
// is decoded, and how a decoded path becomes a file that is really inside the built renderer;
// with the renderer's Content-Security-Policy it sends. It knows no server object and no
// Electron: strings and paths only, so each rule is unit-tested on its own.
import { realpath } from 'node:fs/promises';
import path from 'node:path';

// The policy itself is the domain's, so the Electron shell can send it without importing this host.
export {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
} from '../domain/content-security';

/** The two names the web host is reached by; anything else may be a DNS-rebinding page. */
function ownAuthorities(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && ownAuthorities(port).includes(host);
}

/**
 * A request without an Origin header comes from the address bar or a same-origin load; one
 * with an Origin (a fetch or form post from some page) must come from the host's own pages,
 * or any site open in the same browser could drive the notebook.
 */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return ownAuthorities(port).some((authority) => origin === `http://${authority}`);
}

/**
 * The percent-decoded form of a URL path, or null when an escape is malformed (`%zz`, a cut
 * UTF-8 sequence) or decodes to NUL, which no file name may hold.
 */
export function decodeRequestPath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

/** The file a decoded URL path names under root, before any symlink is followed. */
function lexicalTarget(root: string, decodedPath: string): string {
  const relative = decodedPath.replace(/^[/\\]+/, '') || 'index.html';
  return path.resolve(root, relative);
}

function isWithin(root: string, file: string): boolean {
  return file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * The real path of the file a decoded URL path names under root, or null when it does not
 * exist or is not inside root once every symlink (root's own included) is resolved: `..`,
 * encoded separators and a link pointing out of the folder all end here.
 */
export async function resolveInsideRoot(root: string, decodedPath: string): Promise<string | null> {
  const target = lexicalTarget(path.resolve(root), decodedPath);
  if (!isWithin(path.resolve(root), target)) return null;
  try {
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    return isWithin(realRoot, realTarget) ? realTarget : null;
  } catch {
    return null;
  }
}
