import { describe, expect, test } from 'vitest';
import { checkSender, isAppUrl } from '../../../../main/electron/sender';

const trusted = new Set([7]);
const good = { frameUrl: 'app://dossier/index.html', isMainFrame: true, webContentsId: 7 };

describe('IPC sender check', () => {
  test('trusts the main frame of our window showing our renderer', () => {
    expect(checkSender(good, trusted)).toEqual({ trusted: true });
  });

  test('refuses a window Dossier did not open', () => {
    expect(checkSender({ ...good, webContentsId: 8 }, trusted)).toMatchObject({
      trusted: false,
      reason: /did not open/,
    });
  });

  test('refuses a sub-frame', () => {
    expect(checkSender({ ...good, isMainFrame: false }, trusted)).toMatchObject({
      trusted: false,
      reason: /sub-frame/,
    });
  });

  test('refuses a destroyed frame with no URL', () => {
    expect(checkSender({ ...good, frameUrl: undefined }, trusted)).toMatchObject({
      trusted: false,
      reason: /no URL/,
    });
  });

  test('refuses a malformed URL', () => {
    expect(checkSender({ ...good, frameUrl: 'not a url' }, trusted)).toMatchObject({
      trusted: false,
      reason: /malformed/,
    });
  });

  test('refuses a remote page', () => {
    expect(checkSender({ ...good, frameUrl: 'https://example.com/' }, trusted)).toMatchObject({
      trusted: false,
      reason: /not Dossier's renderer/,
    });
  });

  test('refuses our scheme with another host', () => {
    expect(checkSender({ ...good, frameUrl: 'app://other/index.html' }, trusted)).toMatchObject({
      trusted: false,
    });
  });

  test('refuses a file:// page', () => {
    expect(checkSender({ ...good, frameUrl: 'file:///tmp/evil.html' }, trusted)).toMatchObject({
      trusted: false,
    });
  });
});

describe('isAppUrl', () => {
  test("accepts pages of Dossier's renderer", () => {
    expect(isAppUrl('app://dossier/index.html')).toBe(true);
    expect(isAppUrl('app://dossier/')).toBe(true);
  });

  test('refuses other hosts, schemes, malformed and missing URLs', () => {
    expect(isAppUrl('app://dossier.evil/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://dossier/index.html')).toBe(false);
    expect(isAppUrl('file:///app/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});
