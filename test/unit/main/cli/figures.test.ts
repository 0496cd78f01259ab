import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main, type CliIo } from '../../../../main/cli';
import { notebookWith } from '../../../helpers/notebook';
import { tempDir } from '../../../helpers/temp';

function io() {
  const captured = { out: '', err: '' };
  const cliIo: CliIo = {
    out: (text) => (captured.out += text),
    err: (text) => (captured.err += text),
    env: {},
    isTerminal: false,
  };
  return { captured, cliIo };
}

const fixture = path.resolve(import.meta.dirname, '../../../fixtures/figures/harbour-trade.txt');

describe('dossier figures', () => {
  test('prints the figures of a file with offsets into the file as written', async () => {
    const { captured, cliIo } = io();
    expect(await main(['figures', fixture, '--json'], cliIo)).toBe(0);
    const rows = JSON.parse(captured.out) as Array<Record<string, unknown>>;
    const text = readFileSync(fixture, 'utf8');
    expect(rows[0]).toEqual({
      file: fixture,
      start: 270,
      end: 283,
      exact: '$12.4 billion',
      value: 12400000000,
      unit: 'USD',
      period: '2030',
      subject: 'Norvania–Kestria trade turnover',
      claimedBy: 'Ilsa Varenko',
      kind: 'actual',
    });
    for (const row of rows)
      expect(text.slice(row['start'] as number, row['end'] as number)).toBe(row['exact']);
  });

  test('counts offsets after a byte-order mark is dropped', async () => {
    const file = path.join(tempDir(), 'bom.txt');
    writeFileSync(file, '\ufeffExports reached $3 billion in 2030.');
    const { captured, cliIo } = io();
    expect(await main(['figures', file, '--json'], cliIo)).toBe(0);
    expect(JSON.parse(captured.out)).toMatchObject([{ start: 16, end: 26, exact: '$3 billion' }]);
  });

  test('names a file that is not UTF-8 text and exits 1', async () => {
    const file = path.join(tempDir(), 'binary.txt');
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    const { captured, cliIo } = io();
    expect(await main(['figures', file], cliIo)).toBe(1);
    expect(captured.err).toContain(`${file}: it is not valid UTF-8 text`);
  });

  test('asks for a file or --conflicts', async () => {
    const { captured, cliIo } = io();
    expect(await main(['figures'], cliIo)).toBe(2);
    expect(captured.err).toContain('--conflicts');
  });

  test('--conflicts prints the notebook’s disagreeing figures', async () => {
    const { book, ids, dbFile } = notebookWith([
      {
        title: 'One',
        publishedAt: '2031-03-01',
        text: 'Velmora–Orlesk trade reached $12.4 billion in 2030, the port said.',
      },
      {
        title: 'Two',
        publishedAt: '2031-04-01',
        text: 'Velmora–Orlesk trade stood at $9.7 billion in 2030, according to the Orlesk customs office.',
      },
    ]);
    book.close();
    const { captured, cliIo } = io();
    expect(await main(['--db', dbFile, 'figures', '--conflicts', '--json'], cliIo)).toBe(0);
    expect(JSON.parse(captured.out)).toEqual([
      {
        measure: 'trade (Orlesk–Velmora)',
        period: '2030',
        figures: [
          {
            value: 12400000000,
            unit: 'USD',
            articleId: ids[0],
            exact: '$12.4 billion',
            claimedBy: 'port',
          },
          {
            value: 9700000000,
            unit: 'USD',
            articleId: ids[1],
            exact: '$9.7 billion',
            claimedBy: 'Orlesk customs office',
          },
        ],
      },
    ]);
  });
});
