import { describe, expect, test } from 'vitest';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  createAppProtocolHandler,
  resolveAppFile,
  resolveAppRequest,
} from '../../../../main/electron/protocol';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../../main/domain/content-security';
import { tempDir } from '../../../helpers/temp';

/** A built renderer folder beside a folder holding a secret, with links from one to the other. */
function rendererBesideSecret() {
  const rendererDir = tempDir();
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  mkdirSync(path.join(rendererDir, 'assets'));
  writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
  const outside = tempDir();
  writeFileSync(path.join(outside, 'secret.txt'), 'the diary of Marrow Quill');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(rendererDir, 'leak.txt'));
  symlinkSync(outside, path.join(rendererDir, 'linked'));
  symlinkSync(path.join(rendererDir, 'assets', 'index.js'), path.join(rendererDir, 'alias.js'));
  return { rendererDir: realpathSync(rendererDir), outside: realpathSync(outside) };
}

const get = (url: string) => ({ url, method: 'GET' });

/** A handler whose file reads are recorded, so a test can see that a refusal read nothing. */
function recordingHandler(rendererDir: string) {
  const read: string[] = [];
  const handler = createAppProtocolHandler({
    rendererDir,
    fetchFile: async (file) => {
      read.push(file);
      return new Response(`bytes of ${path.basename(file)}`, {
        status: 200,
        headers: { 'Content-Type': 'text/javascript' },
      });
    },
  });
  return { handler, read };
}

describe('app:// protocol: which file a request names', () => {
  test('maps the root to index.html', () => {
    const { rendererDir } = rendererBesideSecret();
    expect(resolveAppRequest(rendererDir, get('app://dossier/'))).toEqual({
      file: path.join(rendererDir, 'index.html'),
    });
  });

  test('maps asset paths inside the renderer folder', () => {
    const { rendererDir } = rendererBesideSecret();
    expect(resolveAppFile(rendererDir, 'app://dossier/assets/index.js')).toBe(
      path.join(rendererDir, 'assets', 'index.js'),
    );
  });

  test('answers 400 to a malformed percent-escape', () => {
    const { rendererDir } = rendererBesideSecret();
    for (const url of ['app://dossier/%E0%A4%A', 'app://dossier/assets/%zz.js']) {
      expect(resolveAppRequest(rendererDir, get(url)), url).toMatchObject({ status: 400 });
    }
  });

  test('answers 400 to an escaped NUL byte', () => {
    const { rendererDir } = rendererBesideSecret();
    expect(resolveAppRequest(rendererDir, get('app://dossier/index.html%00.js'))).toMatchObject({
      status: 400,
    });
  });

  test('answers 404 to another host, even for a file that exists', () => {
    const { rendererDir } = rendererBesideSecret();
    for (const url of ['app://elsewhere/index.html', 'app://dossier.evil/index.html']) {
      expect(resolveAppRequest(rendererDir, get(url)), url).toMatchObject({ status: 404 });
    }
    expect(resolveAppRequest(rendererDir, get('file:///index.html'))).toMatchObject({
      status: 404,
    });
  });

  test('answers 405 to anything but GET and HEAD', () => {
    const { rendererDir } = rendererBesideSecret();
    expect(
      resolveAppRequest(rendererDir, { url: 'app://dossier/index.html', method: 'POST' }),
    ).toMatchObject({ status: 405 });
    expect(
      resolveAppRequest(rendererDir, { url: 'app://dossier/index.html', method: 'HEAD' }),
    ).toEqual({ file: path.join(rendererDir, 'index.html') });
  });

  test('refuses paths that climb out of the renderer folder, raw or encoded', () => {
    const { rendererDir, outside } = rendererBesideSecret();
    const climb = path.relative(rendererDir, path.join(outside, 'secret.txt')).split(path.sep);
    for (const url of [
      `app://dossier/${climb.join('/')}`,
      `app://dossier/${climb.map((part) => (part === '..' ? '%2e%2e' : part)).join('/')}`,
      `app://dossier/${climb.join('%2F')}`,
      `app://dossier/${climb.join('%5C')}`,
    ]) {
      expect(resolveAppRequest(rendererDir, get(url)), url).toMatchObject({ status: 404 });
    }
  });

  test('refuses a symlink inside the renderer folder that points to a file outside it', () => {
    const { rendererDir } = rendererBesideSecret();
    expect(resolveAppRequest(rendererDir, get('app://dossier/leak.txt'))).toMatchObject({
      status: 404,
    });
  });

  test('refuses files through a symlinked folder that points outside', () => {
    const { rendererDir } = rendererBesideSecret();
    expect(resolveAppRequest(rendererDir, get('app://dossier/linked/secret.txt'))).toMatchObject({
      status: 404,
    });
  });

  test('follows a symlink that stays inside the renderer folder', () => {
    const { rendererDir } = rendererBesideSecret();
    expect(resolveAppFile(rendererDir, 'app://dossier/alias.js')).toBe(
      path.join(rendererDir, 'assets', 'index.js'),
    );
  });

  test('works when the renderer folder itself is reached through a symlink', () => {
    const { rendererDir } = rendererBesideSecret();
    const link = path.join(tempDir(), 'renderer');
    symlinkSync(rendererDir, link);
    expect(resolveAppFile(link, 'app://dossier/assets/index.js')).toBe(
      path.join(rendererDir, 'assets', 'index.js'),
    );
  });

  test('answers 404 to a file that does not exist', () => {
    const { rendererDir } = rendererBesideSecret();
    expect(resolveAppRequest(rendererDir, get('app://dossier/missing.js'))).toMatchObject({
      status: 404,
    });
  });

  test('refuses a malformed URL', () => {
    const { rendererDir } = rendererBesideSecret();
    expect(resolveAppRequest(rendererDir, get('::::'))).toMatchObject({ status: 400 });
    expect(resolveAppFile(rendererDir, '::::')).toBeNull();
  });
});

describe('app:// protocol: the response', () => {
  test('serves a renderer file with the Content-Security-Policy and nosniff', async () => {
    const { rendererDir } = rendererBesideSecret();
    const { handler, read } = recordingHandler(rendererDir);
    const response = await handler(get('app://dossier/assets/index.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('bytes of index.js');
    expect(response.headers.get('content-type')).toBe('text/javascript');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(read).toEqual([path.join(rendererDir, 'assets', 'index.js')]);
  });

  test('answers HEAD with the headers and no body', async () => {
    const { rendererDir } = rendererBesideSecret();
    const { handler } = recordingHandler(rendererDir);
    const response = await handler({ url: 'app://dossier/index.html', method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
  });

  test('answers 400 to a bad escape without reading any file', async () => {
    const { rendererDir } = rendererBesideSecret();
    const { handler, read } = recordingHandler(rendererDir);
    const response = await handler(get('app://dossier/%E0%A4%A'));
    expect(response.status).toBe(400);
    expect(read).toEqual([]);
  });

  test('answers 404 to another host and to a link out of the folder without reading any file', async () => {
    const { rendererDir } = rendererBesideSecret();
    const { handler, read } = recordingHandler(rendererDir);
    expect((await handler(get('app://elsewhere/index.html'))).status).toBe(404);
    const leaked = await handler(get('app://dossier/leak.txt'));
    expect(leaked.status).toBe(404);
    expect(await leaked.text()).not.toContain('Marrow Quill');
    expect(read).toEqual([]);
  });
});
