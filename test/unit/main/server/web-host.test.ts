import { afterEach, describe, expect, test } from 'vitest';
import http from 'node:http';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startWebHost, hostAllowed, type WebHost } from '../../../../main/server';
import { createNotebook } from '../../../../main/composition';
import { tempDbFile, tempDir } from '../../../helpers/temp';

let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

function makeRendererDir(): string {
  const rendererDir = tempDir();
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  mkdirSync(path.join(rendererDir, 'assets'));
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  return rendererDir;
}

async function start(options: { rendererDir?: string; maxBodyBytes?: number } = {}) {
  const rendererDir = options.rendererDir ?? makeRendererDir();
  const notebook = createNotebook({ dbFile: tempDbFile() });
  host = await startWebHost({
    dispatch: notebook.dispatch,
    rendererDir,
    port: 0,
    maxBodyBytes: options.maxBodyBytes,
  });
  return host;
}

/** A raw request, so the Host header can be forged the way a rebinding page would. */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function apiCall(
  web: WebHost,
  method: string,
  args: unknown,
  headers: Record<string, string> = {},
) {
  return request(web.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', 'x-dossier-token': web.token, ...headers },
    body: JSON.stringify(args),
  });
}

describe('web host', () => {
  test('lets the browser keep the hashed build assets but never the page', async () => {
    const web = await start();
    const page = await request(web.port, { path: '/', headers: { host: `127.0.0.1:${web.port}` } });
    const script = await request(web.port, {
      path: '/assets/app.js',
      headers: { host: `127.0.0.1:${web.port}` },
    });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(script.status).toBe(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('listens on 127.0.0.1 and prints a URL carrying the token', async () => {
    const web = await start();
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/?token=${web.token}`);
    expect(web.token.length).toBeGreaterThanOrEqual(32);
  });

  test('answers an API call that carries the token', async () => {
    const web = await start();
    const response = await apiCall(web, 'getNotebookInfo', null);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { articleCount: 0 } });
  });

  test('refuses an API call without the token', async () => {
    const web = await start();
    const response = await apiCall(web, 'getNotebookInfo', null, { 'x-dossier-token': '' });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('refuses an API call with a wrong token of the right length', async () => {
    const web = await start();
    const wrong = web.token.replace(/./g, 'a');
    const response = await apiCall(web, 'getNotebookInfo', null, { 'x-dossier-token': wrong });
    expect(response.status).toBe(401);
  });

  test('refuses any request with a foreign Host header, token or not', async () => {
    const web = await start();
    const api = await apiCall(web, 'getNotebookInfo', null, {
      host: `attacker.example:${web.port}`,
    });
    expect(api.status).toBe(403);
    const page = await request(web.port, { path: '/', headers: { host: 'attacker.example' } });
    expect(page.status).toBe(403);
  });

  test('serves the renderer with its Content-Security-Policy', async () => {
    const web = await start();
    const response = await request(web.port, { path: '/' });
    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test('does not serve files outside the renderer folder', async () => {
    const web = await start();
    const response = await request(web.port, { path: '/..%2f..%2fetc%2fpasswd' });
    expect(response.status).toBe(404);
  });

  test('refuses a body that is not JSON', async () => {
    const web = await start();
    const response = await request(web.port, {
      method: 'POST',
      path: '/api/listTags',
      headers: { 'content-type': 'application/json', 'x-dossier-token': web.token },
      body: '{nope',
    });
    expect(response.status).toBe(400);
  });

  test('refuses a form post (no JSON content type)', async () => {
    const web = await start();
    const response = await request(web.port, {
      method: 'POST',
      path: '/api/listTags',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-dossier-token': web.token,
      },
      body: 'a=1',
    });
    expect(response.status).toBe(415);
  });

  test('accepts only loopback host names with the right port', () => {
    expect(hostAllowed('127.0.0.1:7419', 7419)).toBe(true);
    expect(hostAllowed('localhost:7419', 7419)).toBe(true);
    expect(hostAllowed('localhost:7420', 7419)).toBe(false);
    expect(hostAllowed('127.0.0.1.evil.test:7419', 7419)).toBe(false);
    expect(hostAllowed(undefined, 7419)).toBe(false);
  });
});

interface LargeBodyOutcome {
  status: number;
  body: string;
  /** Any error the client saw on its side of the connection (a reset, a broken pipe). */
  clientError: string | null;
}

/**
 * Sends `total` bytes to an API method through Node's own http client, honouring back-pressure
 * the way a real client does, and reports what it received once the connection is closed.
 */
function sendLargeBody(
  web: WebHost,
  total: number,
  options: { declareLength: boolean },
): Promise<LargeBodyOutcome> {
  return new Promise((resolve) => {
    const outcome: LargeBodyOutcome = { status: 0, body: '', clientError: null };
    const req = http.request(
      {
        host: '127.0.0.1',
        port: web.port,
        method: 'POST',
        path: '/api/listTags',
        headers: {
          'content-type': 'application/json',
          'x-dossier-token': web.token,
          ...(options.declareLength ? { 'content-length': String(total) } : {}),
        },
      },
      (res) => {
        outcome.status = res.statusCode ?? 0;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (outcome.body += chunk));
      },
    );
    req.on('error', (error) => (outcome.clientError = error.message));
    req.on('close', () => resolve(outcome));
    const chunk = Buffer.alloc(64 * 1024, ' ');
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        if (!req.write(piece)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

describe('web host: request bodies over the limit', () => {
  test('answers 413 with a JSON error to a body over the limit, and the client receives it without a reset', async () => {
    const web = await start({ maxBodyBytes: 64 * 1024 });
    const outcome = await sendLargeBody(web, 8 * 1024 * 1024, { declareLength: true });
    expect(outcome.clientError).toBeNull();
    expect(outcome.status).toBe(413);
    expect(JSON.parse(outcome.body)).toEqual({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining('64 KiB') },
    });
  });

  test('answers 413 to a chunked body (no Content-Length) once it passes the limit', async () => {
    const web = await start({ maxBodyBytes: 64 * 1024 });
    const outcome = await sendLargeBody(web, 4 * 1024 * 1024, { declareLength: false });
    expect(outcome.clientError).toBeNull();
    expect(outcome.status).toBe(413);
    expect(JSON.parse(outcome.body)).toMatchObject({ ok: false });
  });

  test('answers 413 to a Content-Length over the default 64 MiB before the body is sent', async () => {
    const web = await start();
    const received = await new Promise<{ status: number; body: string; connection?: string }>(
      (resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: web.port,
            method: 'POST',
            path: '/api/listTags',
            headers: {
              'content-type': 'application/json',
              'x-dossier-token': web.token,
              'content-length': String(64 * 1024 * 1024 + 1),
            },
          },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (body += chunk));
            res.on('end', () => {
              resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection });
              req.destroy();
            });
          },
        );
        req.on('error', (error) => {
          if (!req.destroyed) reject(error);
        });
        req.flushHeaders();
      },
    );
    expect(received.status).toBe(413);
    expect(received.connection).toBe('close');
    expect(JSON.parse(received.body).error.message).toContain('64 MiB');
  });

  test('accepts a body exactly at the limit', async () => {
    const web = await start({ maxBodyBytes: 64 * 1024 });
    const body = JSON.stringify({ padding: 'x'.repeat(64 * 1024 - 20) });
    const padded = body + ' '.repeat(64 * 1024 - Buffer.byteLength(body));
    expect(Buffer.byteLength(padded)).toBe(64 * 1024);
    const response = await request(web.port, {
      method: 'POST',
      path: '/api/listTags',
      headers: { 'content-type': 'application/json', 'x-dossier-token': web.token },
      body: padded,
    });
    expect(response.status).not.toBe(413);
    expect(response.status).not.toBe(400);
  });

  test('keeps answering other calls after refusing a large body', async () => {
    const web = await start({ maxBodyBytes: 1024 });
    await sendLargeBody(web, 1024 * 1024, { declareLength: true });
    const response = await apiCall(web, 'getNotebookInfo', null);
    expect(response.status).toBe(200);
  });
});

describe('web host: malformed paths', () => {
  test('answers 400, not 500, to a cut UTF-8 percent-escape in a page path', async () => {
    const web = await start();
    const response = await request(web.port, { path: '/%E0%A4%A' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
  });

  test('answers 400 to a percent sign not followed by two hex digits', async () => {
    const web = await start();
    expect((await request(web.port, { path: '/assets/%zz.js' })).status).toBe(400);
    expect((await request(web.port, { path: '/100%' })).status).toBe(400);
  });

  test('answers 400 to a malformed percent-escape in an API method name', async () => {
    const web = await start();
    const response = await request(web.port, {
      method: 'POST',
      path: '/api/%zz',
      headers: { 'content-type': 'application/json', 'x-dossier-token': web.token },
      body: 'null',
    });
    expect(response.status).toBe(400);
  });

  test('answers 400 to an escaped NUL byte', async () => {
    const web = await start();
    expect((await request(web.port, { path: '/index.html%00.js' })).status).toBe(400);
  });
});

describe('web host: only the built renderer is served', () => {
  /** A renderer folder beside a folder holding a secret, with links from one to the other. */
  function rendererBesideSecret() {
    const rendererDir = makeRendererDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'secret.txt'), 'the notebook of Ostrava Pike');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(rendererDir, 'leak.txt'));
    symlinkSync(outside, path.join(rendererDir, 'linked'));
    return { rendererDir, outside };
  }

  test('does not serve a symlink inside the renderer folder that points to a file outside it', async () => {
    const { rendererDir } = rendererBesideSecret();
    const web = await start({ rendererDir });
    const response = await request(web.port, { path: '/leak.txt' });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('Ostrava Pike');
  });

  test('does not serve files through a symlinked folder that points outside', async () => {
    const { rendererDir } = rendererBesideSecret();
    const web = await start({ rendererDir });
    const response = await request(web.port, { path: '/linked/secret.txt' });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('Ostrava Pike');
  });

  test('does not serve files reached by raw or encoded .. segments', async () => {
    const { rendererDir, outside } = rendererBesideSecret();
    const web = await start({ rendererDir });
    const climb = path.relative(rendererDir, path.join(outside, 'secret.txt'));
    const encoded = climb.split(path.sep).map((part) => (part === '..' ? '%2e%2e' : part));
    for (const attempt of [
      `/${climb.split(path.sep).join('/')}`,
      `/${encoded.join('/')}`,
      `/${encoded.join('%2f')}`,
      `/assets/%2E%2E/%2E%2E/${climb.split(path.sep).slice(1).join('/')}`,
      `/${climb.split(path.sep).join('%5c')}`,
    ]) {
      const response = await request(web.port, { path: attempt });
      expect(response.status, attempt).toBe(404);
      expect(response.body, attempt).not.toContain('Ostrava Pike');
    }
  });

  test('serves a symlink that stays inside the renderer folder', async () => {
    const rendererDir = makeRendererDir();
    symlinkSync(path.join(rendererDir, 'assets', 'app.js'), path.join(rendererDir, 'alias.js'));
    const web = await start({ rendererDir });
    const response = await request(web.port, { path: '/alias.js' });
    expect(response.status).toBe(200);
    expect(response.body).toBe('console.log(1)');
  });

  test('serves the renderer when its folder is itself reached through a symlink', async () => {
    const rendererDir = makeRendererDir();
    const link = path.join(tempDir(), 'renderer');
    symlinkSync(rendererDir, link);
    const web = await start({ rendererDir: link });
    expect((await request(web.port, { path: '/' })).status).toBe(200);
    expect((await request(web.port, { path: '/assets/app.js' })).body).toBe('console.log(1)');
  });
});

describe('web host: Origin check', () => {
  test('refuses an API call from another origin even with the token', async () => {
    const web = await start();
    const response = await apiCall(web, 'getNotebookInfo', null, {
      origin: 'http://attacker.example',
    });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('refuses a static file requested from another origin', async () => {
    const web = await start();
    const response = await request(web.port, {
      path: '/assets/app.js',
      headers: { origin: 'http://attacker.example' },
    });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('console.log');
  });

  test('refuses the same host name on another port, and the opaque origin "null"', async () => {
    const web = await start();
    for (const origin of [
      `http://127.0.0.1:${web.port + 1}`,
      'null',
      `https://127.0.0.1:${web.port}`,
    ]) {
      const response = await apiCall(web, 'getNotebookInfo', null, { origin });
      expect(response.status, origin).toBe(403);
    }
  });

  test('answers its own pages, by 127.0.0.1 and by localhost', async () => {
    const web = await start();
    for (const origin of [`http://127.0.0.1:${web.port}`, `http://localhost:${web.port}`]) {
      expect((await apiCall(web, 'getNotebookInfo', null, { origin })).status, origin).toBe(200);
      const page = await request(web.port, { path: '/assets/app.js', headers: { origin } });
      expect(page.status, origin).toBe(200);
    }
  });
});
