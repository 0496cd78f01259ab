// The local web host: serves the built renderer and POST /api/<method> on 127.0.0.1 only, so
// the notebook runs in a plain browser. Every API call must carry this run's random token,
// and every request must name this host in its Host header (a guard against DNS rebinding).
import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../ipc/dispatch';
import { CONTENT_SECURITY_POLICY_HEADER } from './security';

export const DEFAULT_PORT = 7419;
export const TOKEN_HEADER = 'x-dossier-token';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

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
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      await handleApi(request, response, decodeURIComponent(url.pathname.slice('/api/'.length)));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, failure('forbidden', `${request.method} is not allowed here.`));
      return;
    }
    await serveStatic(url.pathname, response, request.method === 'HEAD');
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
    if (!contentType.startsWith('application/json')) {
      sendJson(response, 415, failure('invalid-arguments', 'API calls must send JSON.'));
      return;
    }
    let args: unknown;
    try {
      const body = await readBody(request, MAX_BODY_BYTES);
      args = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch (error) {
      const tooLarge = error instanceof BodyTooLargeError;
      sendJson(
        response,
        tooLarge ? 413 : 400,
        failure(
          'invalid-arguments',
          tooLarge ? 'The request is larger than 64 MiB.' : 'The request body is not valid JSON.',
        ),
      );
      return;
    }
    sendJson(response, 200, await options.dispatch(method, args));
  }

  async function serveStatic(pathname: string, response: http.ServerResponse, headOnly: boolean) {
    const relative =
      pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = path.resolve(rendererDir, relative);
    if (file !== rendererDir && !file.startsWith(rendererDir + path.sep)) {
      sendJson(response, 404, failure('not-found', 'Not found.'));
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info || !info.isFile()) {
      sendJson(response, 404, failure('not-found', `Not found: ${pathname}`));
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    response.end(headOnly ? undefined : body);
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

export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function tokenMatches(presented: Buffer, expected: Buffer): boolean {
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

class BodyTooLargeError extends Error {}

function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLargeError());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
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
