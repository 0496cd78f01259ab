import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
} from '../../../../main/server/security';

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
