import { describe, expect, test } from 'vitest';
import { importFile } from '../../../../main/importers';
import { fixtureBytes } from './fixtures';

describe('importFile with e-mail and saved-page archives', () => {
  test('a .eml file is read as an e-mail message, its Subject the title', async () => {
    const article = await importFile({
      bytes: fixtureBytes('pages/mail/harbour-briefing.eml'),
      fileName: 'harbour-briefing.eml',
    });
    expect(article.format).toBe('email');
    expect(article.title).toBe('Pilot boats to run through the night — Morning Briefing');
  });

  test('a .mhtml archive is read as the saved page it holds', async () => {
    const article = await importFile({
      bytes: fixtureBytes('pages/mail/school-berth.mhtml'),
      fileName: 'school-berth.mhtml',
    });
    expect(article.format).toBe('mhtml');
    expect(article.text.length).toBeGreaterThan(200);
  });

  test('a message with nothing to read is refused with its own name, not as a broken file', async () => {
    const bytes = new TextEncoder().encode(
      'Subject: Photo\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment\r\n\r\nxx\r\n--b--\r\n',
    );
    await expect(importFile({ bytes, fileName: 'photo.eml' })).rejects.toThrow(
      /photo\.eml.*no text or HTML part/,
    );
  });
});
