import { describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, rmSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  decodeRequestPath,
  originAllowed,
  resolveInsideRoot,
} from '../../../../main/server/security';
import { tempDir } from '../../../helpers/temp';

describe('Content-Security-Policy', () => {
  test("the renderer's meta tag carries the same policy the hosts send", () => {
    const html = readFileSync(
      path.resolve(import.meta.dirname, '../../../../renderer/index.html'),
      'utf8',
    );
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  test('allows no inline script and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY_HEADER).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('Origin check', () => {
  test('lets through a request with no Origin header (address bar, same-origin load)', () => {
    expect(originAllowed(undefined, 7419)).toBe(true);
  });

  test("accepts only the host's own two origins, on its own port, over http", () => {
    expect(originAllowed('http://127.0.0.1:7419', 7419)).toBe(true);
    expect(originAllowed('http://localhost:7419', 7419)).toBe(true);
    for (const origin of [
      'http://localhost:7420',
      'https://127.0.0.1:7419',
      'http://127.0.0.1:7419.evil.test',
      'http://attacker.example',
      'null',
      '',
    ]) {
      expect(originAllowed(origin, 7419), origin).toBe(false);
    }
  });
});

describe('request path decoding', () => {
  test('decodes escapes, UTF-8 included', () => {
    expect(decodeRequestPath('/assets/caf%C3%A9.js')).toBe('/assets/café.js');
  });

  test('gives null for a malformed escape or a NUL', () => {
    for (const pathname of ['/%E0%A4%A', '/%zz', '/100%', '/a%00b']) {
      expect(decodeRequestPath(pathname), pathname).toBeNull();
    }
  });
});

describe('files inside the renderer folder', () => {
  function folders() {
    const root = tempDir();
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'assets', 'app.js'), '1');
    const outside = tempDir();
    writeFileSync(path.join(outside, 'secret.txt'), 'kept by Tamsin Vell');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'leak.txt'));
    return { root: realpathSync(root), outside: realpathSync(outside) };
  }

  test('resolves a path inside the folder to its real file', async () => {
    const { root } = folders();
    expect(await resolveInsideRoot(root, '/assets/app.js')).toBe(
      path.join(root, 'assets', 'app.js'),
    );
  });

  test('gives null for a symlink out of the folder, a climb out of it and a missing file', async () => {
    const { root, outside } = folders();
    const climb = path.relative(root, path.join(outside, 'secret.txt'));
    for (const decoded of ['/leak.txt', `/${climb}`, '/assets/missing.js']) {
      expect(await resolveInsideRoot(root, decoded), decoded).toBeNull();
    }
  });

  test("gives null for a sibling folder whose name starts with the root's", async () => {
    const { root } = folders();
    const sibling = `${root}-other`;
    mkdirSync(sibling);
    writeFileSync(path.join(sibling, 'x.js'), '1');
    try {
      expect(await resolveInsideRoot(root, `/../${path.basename(sibling)}/x.js`)).toBeNull();
    } finally {
      rmSync(sibling, { recursive: true, force: true });
    }
  });
});
