import { describe, expect, it } from 'vitest';
import { importMhtml } from '../../../../main/importers/mhtml';
import { fixtureBytes } from './fixtures';

describe('single-file page archive import', () => {
  it('reads the quoted-printable page of an archive as a saved web page', () => {
    const article = importMhtml(
      fixtureBytes('pages/mail/school-berth.mhtml'),
      'school-berth.mhtml',
    );
    expect(article).toMatchObject({
      title: 'Island school gets its own ferry berth',
      author: 'Wren Adair',
      publisher: 'Skerra Islander',
      publishedAt: '2025-01-20T07:30:00+01:00',
    });
    expect(article.text).toContain(
      '“On dark mornings in December, that walk along the harbour road',
    );
    expect(article.text).not.toContain('GIF89a');
  });

  it('takes the source address from where the page was saved when the page states none', () => {
    const article = importMhtml(
      fixtureBytes('pages/mail/school-berth.mhtml'),
      'school-berth.mhtml',
    );
    expect(article.sourceUrl).toBe('https://islander.skerra.example/2025/01/school-berth');
    expect(article.metadataSources.sourceUrl).toBe('document');
  });

  it('refuses an archive without a web page, naming the file', () => {
    const bytes = new TextEncoder().encode(
      'Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: image/gif\r\n\r\nGIF\r\n--b--\r\n',
    );
    expect(() => importMhtml(bytes, 'empty.mht')).toThrow(/empty\.mht.*no web page/);
  });
});
