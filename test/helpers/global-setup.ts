// Says once, up front, which tests this machine skips and why: the electron project's where the
// binary is missing, the shared-corpus spec where ../shared is not beside the clone.
import { createRequire } from 'node:module';
import { hasShared, SHARED_SKIPPED } from './shared';

export default function globalSetup(): void {
  if (!hasShared) console.log(SHARED_SKIPPED);
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    if (typeof binary === 'string') return;
  } catch {
    // fall through to the message
  }
  console.log(
    'electron project: skipped. The Electron binary is not installed (optional dependency whose download is blocked here); the web project runs every spec in Chromium.',
  );
}
