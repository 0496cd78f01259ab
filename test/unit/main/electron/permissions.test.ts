import { expect, test } from 'vitest';
import { allowsPermission } from '../../../../main/electron/permissions';

test("Dossier's pages may write to the clipboard", () => {
  expect(allowsPermission('clipboard-sanitized-write', 'app://dossier/index.html')).toBe(true);
  expect(allowsPermission('clipboard-sanitized-write', 'app://dossier')).toBe(true);
});

test('no other page may, even for the clipboard', () => {
  expect(allowsPermission('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
  expect(allowsPermission('clipboard-sanitized-write', undefined)).toBe(false);
});

test('every other permission is refused, even to our own pages', () => {
  for (const permission of [
    'media',
    'notifications',
    'geolocation',
    'clipboard-read',
    'openExternal',
    'unknown',
  ]) {
    expect(allowsPermission(permission, 'app://dossier/index.html'), permission).toBe(false);
  }
});
