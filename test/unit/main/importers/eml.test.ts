import { describe, expect, it } from 'vitest';
import { importEml } from '../../../../main/importers/eml';
import { fixtureBytes } from './fixtures';

const read = (name: string) => importEml(fixtureBytes(`pages/mail/${name}`), name);

describe('e-mail import', () => {
  it('takes the title from an encoded Subject, the author from From and the date from Date', () => {
    const article = read('harbour-briefing.eml');
    expect(article).toMatchObject({
      title: 'Pilot boats to run through the night — Morning Briefing',
      author: 'Harbour Post Briefing',
      publisher: 'Harbour Post',
      publishedAt: '2025-02-11T06:30:00+01:00',
      metadataSources: { title: 'document', author: 'document', publishedAt: 'document' },
    });
  });

  it('reads the base64 HTML part of a newsletter and leaves its unsubscribe footer out', () => {
    const { text } = read('harbour-briefing.eml');
    expect(text).toContain('“Ships do not keep office hours, and neither can we,”');
    expect(text).toContain('The authority will hire four more pilots');
    expect(text).not.toMatch(/Unsubscribe|receiving this/);
  });

  it('reads a quoted-printable Latin-1 wire alert without its "Fwd:" and quoted earlier mail', () => {
    const article = read('wire-alert.eml');
    expect(article.title).toBe('Valdora assembly approves river pact');
    expect(article.author).toBe('Anika Holt');
    expect(article.publishedAt).toBe('2025-03-04T14:05:00Z');
    expect(article.text).toContain(
      '"This is the end of twenty years of quarrelling over one river,"',
    );
    expect(article.text).not.toContain('Earlier alert');
  });

  it('refuses a message with nothing to read, naming the file', () => {
    const bytes = new TextEncoder().encode(
      'Subject: Photo\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment\r\n\r\nxx\r\n--b--\r\n',
    );
    expect(() => importEml(bytes, 'photo.eml')).toThrow(/photo\.eml.*no text or HTML part/);
  });
});
