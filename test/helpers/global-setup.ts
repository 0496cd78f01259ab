// Says once, up front, why the electron project's tests are skipped on this machine.
import { createRequire } from 'node:module';

export default function globalSetup(): void {
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
