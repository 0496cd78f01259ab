import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  ImportError,
  cleanText,
  importFile,
  importPaste,
} from '../../../../main/importers/index';
import { fixtureBytes, outcome } from './fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (fileName: string, content: string | Uint8Array) => ({
  bytes: typeof content === 'string' ? utf8(content) : content,
  fileName,
});

describe('importFile', () => {
  it('has a default size limit of 25 MiB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(25 * 1024 * 1024);
  });

  it('refuses a file over the size limit, naming the file and both sizes', async () => {
    const promise = importFile(file('big.txt', 'x'.repeat(2048)), { maxBytes: 1024 });
    await expect(promise).rejects.toBeInstanceOf(ImportError);
    await expect(promise).rejects.toMatchObject({ code: 'too-large', fileName: 'big.txt' });
    await expect(promise).rejects.toThrow(/"big\.txt".*2\.0 KB.*1\.0 KB/);
  });

  it('refuses an empty file', async () => {
    expect(await outcome(importFile(file('empty.md', '')))).toBe('empty');
  });

  it('falls back to a readable file name for the title when the text has none', async () => {
    const article = await importFile(
      file('harbour-notes.txt', 'The council met on Monday. It voted to build the barrier.'),
    );
    expect(article.title).toBe('harbour notes');
  });

  it('uses the opening sentence as the title when the file name is a machine name', async () => {
    const article = await importFile(
      file('007_9f3c2ab41d.txt', 'The council met on Monday. It voted to build the barrier.'),
    );
    expect(article.title).toBe('The council met on Monday.');
  });

  it('takes the first line of a text file as the title and does not repeat it', async () => {
    const article = await importFile(
      file('a.txt', 'Pier reopens\n\nThe pier reopened on Saturday.'),
    );
    expect(article).toMatchObject({
      format: 'text',
      title: 'Pier reopens',
      text: 'The pier reopened on Saturday.',
    });
  });

  it('reads a PDF saved with a .txt extension as a PDF', async () => {
    const article = await importFile({
      bytes: fixtureBytes('hostile/minimal.pdf'),
      fileName: 'tram.txt',
    });
    expect(article.format).toBe('pdf');
  });

  it('sniffs HTML and Markdown in files without a known extension', async () => {
    expect(
      (
        await importFile(
          file('page', '<!DOCTYPE html><html><body><p>Hello there.</p></body></html>'),
        )
      ).format,
    ).toBe('html');
    expect(
      (await importFile(file('notes.note', '# Title\n\n- one\n- [two](https://x.example)\n')))
        .format,
    ).toBe('markdown');
  });

  it('refuses a known but unsupported document type with advice', async () => {
    const promise = importFile(file('old.rtf', '{\\rtf1 hello}'));
    await expect(promise).rejects.toMatchObject({ code: 'unsupported' });
    await expect(promise).rejects.toThrow(/\.docx or \.txt/);
  });

  it('refuses a JSON or CSV data file that happens to read as text, saying what it is', async () => {
    const json = importFile(file('labels.json', '[{"file": "a.txt", "start": 3}]'));
    await expect(json).rejects.toMatchObject({ code: 'unsupported' });
    await expect(json).rejects.toThrow(/labels\.json.*JSON data file/);
    await expect(importFile(file('counts.csv', 'port,ships\nLowmere,4\n'))).rejects.toThrow(/CSV/);
  });

  it('reports a file that is only boilerplate as having no text', async () => {
    expect(await outcome(importFile(file('a.txt', 'Share on Facebook\n\nRead more »')))).toBe(
      'no-text',
    );
  });

  it('never returns an empty title', async () => {
    const article = await importFile(file('.txt', 'Body text only here. And a second sentence.'));
    expect(article.title).not.toBe('');
  });
});

describe('importPaste', () => {
  it('prefers pasted HTML over pasted text', async () => {
    const article = await importPaste({
      text: 'plain',
      html: '<h1>Pier reopens</h1><p>The pier <b>reopened</b>.</p>',
    });
    expect(article).toMatchObject({
      format: 'html',
      title: 'Pier reopens',
      text: 'The pier reopened.',
    });
  });

  it('imports pasted plain text', async () => {
    const article = await importPaste({
      text: 'Pier reopens\n\nBy Ana Diaz\n\nThe pier reopened.',
    });
    expect(article).toMatchObject({
      format: 'text',
      title: 'Pier reopens',
      author: 'Ana Diaz',
      text: 'The pier reopened.',
    });
  });

  it('titles untitled pasted text with its opening words', async () => {
    const article = await importPaste({
      text: 'The pier reopened on Saturday after two years of repairs. More follows.',
    });
    expect(article.title).toBe('The pier reopened on Saturday after two years of repairs.');
  });

  it('refuses an empty paste', async () => {
    expect(await outcome(importPaste({ text: '  ', html: '<p> </p>' }))).toBe('empty');
  });

  it('cleans pasted HTML of scripts and handlers', async () => {
    const article = await importPaste({
      html: '<p onclick="x()">Safe text.</p><script>alert(1)</script>',
    });
    expect(article.text).toBe('Safe text.');
  });
});

describe('cleanText', () => {
  it('re-runs paragraphing and boilerplate removal on raw text', () => {
    expect(cleanText('By Ana Diaz\r\n\r\nThe pier  reopened.\r\n\r\nShare this article')).toEqual({
      text: 'The pier reopened.',
      removed: ['By Ana Diaz', 'Share this article'],
    });
  });
});
