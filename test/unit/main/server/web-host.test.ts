import { afterEach, describe, expect, test } from 'vitest';
import http from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startWebHost, hostAllowed, type WebHost } from '../../../../main/server';
import { createNotebook } from '../../../../main/composition';
import { tempDbFile, tempDir } from '../../../helpers/temp';

let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start() {
  const rendererDir = tempDir();
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  mkdirSync(path.join(rendererDir, 'assets'));
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const notebook = createNotebook({ dbFile: tempDbFile() });
  host = await startWebHost({ dispatch: notebook.dispatch, rendererDir, port: 0 });
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
