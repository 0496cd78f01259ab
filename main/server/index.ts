// The local web host: serves the built renderer and POST /api/<method> on 127.0.0.1 only, so
// the notebook runs in a plain browser. Every API call must carry this run's random token;
// every request must name this host in its Host header (a guard against DNS rebinding) and,
// when it has an Origin, come from this host's own pages (a guard against other sites open in
// the same browser). It answers every refusal with a status and a JSON error the client can
// read: 400 for a malformed path, 403, 404 for anything not inside the built renderer, 413
// for a body over the limit. It knows nothing of the notebook beyond the dispatcher.
import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { open } from 'node:fs/promises';
import { finished } from 'node:stream';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../ipc/dispatch';
import {
  CONTENT_SECURITY_POLICY_HEADER,
  decodeRequestPath,
  hostAllowed,
  originAllowed,
  resolveInsideRoot,
} from './security';
import { DEFAULT_PORT } from './port';

export { hostAllowed, originAllowed } from './security';
export { DEFAULT_PORT } from './port';

export const TOKEN_HEADER = 'x-dossier-token';
/** The name of a file sent raw to POST /api/importFiles (percent-encoded). */
export const FILE_NAME_HEADER = 'x-dossier-file-name';
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface WebHostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
  /** The largest API request body accepted; MAX_BODY_BYTES unless a test needs less. */
  maxBodyBytes?: number;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const rendererDir = path.resolve(options.rendererDir);
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = 0;

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      sendJson(
        response,
        500,
        failure('internal', error instanceof Error ? error.message : String(error)),
      );
    });
  });

  async function handle(
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<void> {
    if (!hostAllowed(request.headers.host, port)) {
      sendJson(
        response,
        403,
        failure(
          'forbidden',
          'This Dossier host only answers requests addressed to 127.0.0.1 or localhost.',
        ),
      );
      return;
    }
    if (!originAllowed(request.headers.origin, port)) {
      sendJson(
        response,
        403,
        failure('forbidden', 'This Dossier host only answers its own pages, not other sites.'),
      );
      return;
    }
    // The path is cut from the raw target rather than parsed as a URL, so `//other/x` stays a
    // path and every escape is decoded exactly once, here.
    const target = request.url ?? '/';
    const pathname = decodeRequestPath(target.split(/[?#]/, 1)[0] ?? '');
    if (!target.startsWith('/') || pathname === null) {
      sendJson(
        response,
        400,
        failure('invalid-arguments', 'The request path is not a valid percent-encoded path.'),
      );
      return;
    }
    if (pathname.startsWith('/api/')) {
      await handleApi(request, response, pathname.slice('/api/'.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, failure('forbidden', `${request.method} is not allowed here.`));
      return;
    }
    await serveStatic(pathname, response, request.method === 'HEAD');
  }

  async function handleApi(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    method: string,
  ) {
    if (request.method !== 'POST') {
      sendJson(response, 405, failure('forbidden', 'API calls must use POST.'));
      return;
    }
    const presented = request.headers[TOKEN_HEADER];
    if (typeof presented !== 'string' || !tokenMatches(Buffer.from(presented), tokenBytes)) {
      sendJson(
        response,
        401,
        failure('forbidden', 'Missing or wrong access token. Open the address the server printed.'),
      );
      return;
    }
    const contentType = request.headers['content-type'] ?? '';
    if (method === 'importFiles' && contentType.startsWith('application/octet-stream')) {
      await importRawFile(request, response);
      return;
    }
    if (!contentType.startsWith('application/json')) {
      sendJson(response, 415, failure('invalid-arguments', 'API calls must send JSON.'));
      return;
    }
    const body = await readBody(request, maxBodyBytes);
    if (body === TOO_LARGE) {
      refuseTooLarge(request, response, maxBodyBytes);
      return;
    }
    let args: unknown;
    try {
      args = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(response, 400, failure('invalid-arguments', 'The request body is not valid JSON.'));
      return;
    }
    sendJson(response, 200, await options.dispatch(method, args));
  }

  /**
   * One file to import, its bytes as the request body and its name in a header: a 25 MiB file
   * sent as base64 in JSON costs this thread ~170 ms to decode and parse; this, one copy.
   */
  async function importRawFile(request: http.IncomingMessage, response: http.ServerResponse) {
    let name: string;
    try {
      name = decodeURIComponent(String(request.headers[FILE_NAME_HEADER] ?? ''));
    } catch {
      sendJson(response, 400, failure('invalid-arguments', 'The file name is not well formed.'));
      return;
    }
    const body = await readBody(request, maxBodyBytes);
    if (body === TOO_LARGE) {
      refuseTooLarge(request, response, maxBodyBytes);
      return;
    }
    const data = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    sendJson(response, 200, await options.dispatch('importFiles', { files: [{ name, data }] }));
  }

  async function serveStatic(pathname: string, response: http.ServerResponse, headOnly: boolean) {
    const file = await resolveInsideRoot(rendererDir, pathname);
    // Read through one handle, so the file checked is the file sent.
    const handle = file === null ? null : await open(file, 'r').catch(() => null);
    try {
      const info = handle ? await handle.stat() : null;
      if (!handle || !info?.isFile()) {
        sendJson(response, 404, failure('not-found', `Not found: ${pathname}`));
        return;
      }
      const body = await handle.readFile();
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(file!)] ?? 'application/octet-stream',
        'content-length': body.length,
        'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': cachePolicy(pathname),
      });
      response.end(headOnly ? undefined : body);
    } finally {
      await handle?.close();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function tokenMatches(presented: Buffer, expected: Buffer): boolean {
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

const TOO_LARGE = Symbol('too large');

/**
 * The whole body, or TOO_LARGE as soon as it is known to pass the limit (from Content-Length,
 * or once that many bytes came). From then on the rest is still read, and dropped.
 */
function readBody(
  request: http.IncomingMessage,
  limit: number,
): Promise<Buffer | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      resolve(TOO_LARGE);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (over) return;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(over ? TOO_LARGE : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * Answers 413 at once, so the client need not send the rest, but ends the response only once
 * the rest has been read: closing a socket that still has unread bytes makes the kernel send a
 * reset, and the client would see a broken connection instead of this answer. Node's own
 * request timeout bounds how long a client may keep sending.
 */
function refuseTooLarge(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  limit: number,
): void {
  const body = JSON.stringify(
    failure(
      'invalid-arguments',
      `The request is larger than ${formatBytes(limit)}, the most this host accepts.`,
    ),
  );
  response.writeHead(413, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    connection: 'close',
  });
  response.write(body);
  finished(request, (error) => (error ? response.destroy() : response.end()));
  request.resume();
}

/**
 * The build names everything under assets/ by a hash of its content, so a name never changes
 * meaning and the browser may keep it: a reload then runs the app's script from its cache
 * (compiled code included) instead of fetching and compiling it again. The page itself, and
 * every answer of the API, is never kept.
 */
function cachePolicy(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store';
}

function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

function failure(code: string, message: string) {
  return { ok: false, error: { code, message } };
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(body);
}
