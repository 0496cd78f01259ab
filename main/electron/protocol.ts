// Answers app://dossier/<path> requests with files of the built renderer, for Electron's
// protocol.handle. The request-to-response logic lives here with no electron import (the file
// is read through an injected fetchFile, net.fetch in the app), so it is tested with fakes:
// 400 for a malformed escape, 404 for another host or anything not really inside the renderer
// folder once symlinks are resolved, 405 for anything but GET and HEAD. It must not know the
// web host: the two hosts share only the policy in main/domain, so the path rules are here too.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../domain/content-security';
import { APP_HOST, APP_SCHEME } from './sender';

/** What protocol.handle hands over; a fetch Request satisfies it. */
export interface AppRequest {
  url: string;
  method: string;
}

export type AppRequestOutcome = { file: string } | { status: 400 | 404 | 405; message: string };

export interface AppProtocolOptions {
  rendererDir: string;
  /** Reads a file already known to be inside rendererDir; the app passes net.fetch of its file: URL. */
  fetchFile: (file: string) => Promise<Response>;
}

export function resolveAppRequest(rendererDir: string, request: AppRequest): AppRequestOutcome {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { status: 400, message: 'Not a URL.' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { status: 404, message: 'Not found.' };
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { status: 405, message: `${request.method} is not allowed here.` };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400, message: 'The path is not a valid percent-encoded path.' };
  }
  if (decoded.includes('\0')) return { status: 400, message: 'The path holds a NUL byte.' };
  const file = realFileInside(rendererDir, decoded.replace(/^[/\\]+/, '') || 'index.html');
  return file === null ? { status: 404, message: 'Not found.' } : { file };
}

/**
 * The real path of relative under root, or null when it does not exist or leaves root once
 * `..` and every symlink (root's own included) are resolved. Synchronous on purpose:
 * Electron's fs patch lets realpathSync see into app.asar, where the renderer is packed.
 */
function realFileInside(root: string, relative: string): string | null {
  const base = path.resolve(root);
  const target = path.resolve(base, relative);
  if (!isWithin(base, target)) return null;
  try {
    const realTarget = realpathSync(target);
    return isWithin(realpathSync(base), realTarget) ? realTarget : null;
  } catch {
    return null;
  }
}

function isWithin(root: string, file: string): boolean {
  return file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** The file an app:// URL names, or null when the request would be refused. */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | null {
  const outcome = resolveAppRequest(rendererDir, { url: requestUrl, method: 'GET' });
  return 'file' in outcome ? outcome.file : null;
}

export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    const outcome = resolveAppRequest(options.rendererDir, request);
    if (!('file' in outcome)) {
      return new Response(outcome.message, {
        status: outcome.status,
        headers: {
          'Content-Type': 'text/plain; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
        },
      });
    }
    const fetched = await options.fetchFile(outcome.file);
    const headers = new Headers(fetched.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY_HEADER);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(request.method === 'HEAD' ? null : fetched.body, {
      status: fetched.status,
      headers,
    });
  };
}
