import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../main/importers/errors';
import {
  decodeText,
  declaredHtmlCharset,
  formatFromExtension,
  looksBinary,
  sniffTextFormat,
} from '../../../../main/importers/sniff';

const bytes = (values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function decodeError(input: Uint8Array, charset?: string): string {
  try {
    decodeText(input, 'sample.txt', charset);
    return 'decoded';
  } catch (error) {
    return error instanceof ImportError ? error.code : 'other';
  }
}

describe('format detection', () => {
  it('maps known extensions to formats, case-insensitively', () => {
    expect(formatFromExtension('Notes.MD')).toBe('markdown');
    expect(formatFromExtension('page.htm')).toBe('html');
    expect(formatFromExtension('a/b/report.PDF')).toBe('pdf');
    expect(formatFromExtension('memo.docx')).toBe('docx');
    expect(formatFromExtension('README')).toBeNull();
  });

  it('sniffs a full HTML document', () => {
    expect(sniffTextFormat('  <!DOCTYPE html><html><body><p>Hi</p></body></html>')).toBe('html');
  });

  it('sniffs Markdown from headings, links and lists', () => {
    expect(sniffTextFormat('# Title\n\nSee [the report](https://x.example).\n\n- one\n- two')).toBe(
      'markdown',
    );
  });

  it('treats ordinary prose as plain text', () => {
    expect(sniffTextFormat('Title\n\nThe council met on Monday - and voted.')).toBe('text');
  });
});

describe('binary detection', () => {
  it('treats NUL bytes as binary', () => {
    expect(looksBinary(bytes([0x41, 0x00, 0x42]))).toBe(true);
  });

  it('treats many control characters as binary', () => {
    expect(looksBinary(bytes([1, 2, 3, 4, 0x41, 0x42, 5, 6]))).toBe(true);
  });

  it('accepts tabs, newlines and form feeds as text', () => {
    expect(looksBinary(utf8('a\tb\r\nc\fd'))).toBe(false);
  });
});

describe('decoding', () => {
  it('decodes UTF-8 and drops its byte-order mark', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf, 0x68, 0x69]), 'a.txt')).toBe('hi');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    expect(decodeText(bytes([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]), 'a.txt')).toBe('hi');
    expect(decodeText(bytes([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69]), 'a.txt')).toBe('hi');
  });

  it('refuses invalid UTF-8 with an encoding error', () => {
    expect(decodeError(bytes([0x63, 0x61, 0x66, 0xe9]))).toBe('encoding');
  });

  it('refuses binary content with a binary error', () => {
    expect(decodeError(bytes([0x41, 0x00, 0x00, 0x42]))).toBe('binary');
  });

  it('decodes a declared windows-1252 charset, curly quotes included', () => {
    expect(
      decodeText(bytes([0x93, 0x68, 0x69, 0x94, 0x20, 0x96, 0x20, 0xe9]), 'a.html', 'windows-1252'),
    ).toBe('“hi” – é');
  });

  it('reads the charset an HTML document declares', () => {
    expect(
      declaredHtmlCharset(
        utf8('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
      ),
    ).toBe('ISO-8859-1');
    expect(declaredHtmlCharset(utf8('<meta charset="utf-8">'))).toBe('utf-8');
  });

  it('names the file in the error message', () => {
    expect(() => decodeText(bytes([0xff, 0x41]), 'field notes.txt')).toThrow(/"field notes\.txt"/);
  });
});
