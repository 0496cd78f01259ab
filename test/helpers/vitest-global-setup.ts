// Says once per unit-test run what this machine lacks and which tests were skipped for it, so a
// clone without ../shared or poppler passes and still tells the reader what it did not check.
import { hasShared, SHARED_SKIPPED } from './shared';
import { hasPdftotext } from './tools';

export default function globalSetup(): void {
  if (!hasShared) console.log(SHARED_SKIPPED);
  if (!hasPdftotext)
    console.log(
      'Skipped: the memo PDF checks that read text back with pdftotext, because it is not installed (Debian: apt-get install poppler-utils).',
    );
}
