// `tsx test/helpers/generate-speakers-run.ts FILE COUNT`: a notebook of one fictional article
// and COUNT fictional speakers ("Kalo Mirven 00042"), a tenth as many tags, and a few
// quotations attributed to the first speakers; prints one JSON line with the file and the
// first speaker's name in name order. For the speakers-scale spec, whose loader cannot load better-sqlite3.
import { openDatabase } from '../../db/open';
import { insertArticle } from '../../db/queries/articles';
import { insertHighlight } from '../../db/queries/highlights';
import { insertSpeaker } from '../../db/queries/speakers';
import { insertTag, setHighlightTags } from '../../db/queries/tags';

const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'tu', 'sar', 'do', 'quel', 'bri', 'nes'];
const word = (value: number) => SYLLABLES[value % 10]! + SYLLABLES[Math.floor(value / 10) % 10]!;
const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
export const fictionalSpeaker = (index: number) =>
  `${capital(word(index))} ${capital(word(Math.floor(index / 100)))} ${String(index).padStart(5, '0')}`;

const [file, count] = process.argv.slice(2);
if (!file || !count) {
  process.stderr.write('usage: generate-speakers-run.ts FILE COUNT\n');
  process.exit(2);
}
const db = openDatabase(file);
const text = 'The harbour master said the dues would rise. The ferry pilots said they would not.';
db.transaction(() => {
  const speakerIds: number[] = [];
  for (let index = 0; index < Number(count); index += 1)
    speakerIds.push(
      insertSpeaker(db, {
        name: fictionalSpeaker(index),
        role: index % 2 ? 'harbour official' : null,
        country: 'Veltmark',
        aliases: [],
      }),
    );
  const tagIds: number[] = [];
  for (let index = 0; index < Math.ceil(Number(count) / 10); index += 1)
    tagIds.push(insertTag(db, `topic ${word(index)} ${String(index).padStart(4, '0')}`, null));
  const articleId = insertArticle(db, {
    title: 'Harbour dues in Veltmark',
    author: null,
    publisher: 'Marisk Ledger',
    dateline: null,
    publishedAt: '2031-05-02',
    language: 'en',
    sourceUrl: null,
    format: 'text',
    sourcePath: null,
    originalName: null,
    original: new TextEncoder().encode(text),
    text,
    contentHash: 'speakers-scale-1',
    wordCount: 16,
  });
  for (let index = 0; index < 5; index += 1) {
    const highlight = insertHighlight(db, {
      articleId,
      kind: 'direct',
      exact: 'the dues would rise',
      prefix: 'The harbour master said ',
      suffix: '. The ferry',
      start: 24,
      end: 43,
      speakerId: speakerIds[index % 2]!,
      note: '',
      orphaned: false,
    });
    setHighlightTags(db, highlight, [tagIds[0]!]);
  }
})();
db.close();
// The first in the sidebar's order: by name, case aside.
const first = Array.from({ length: Number(count) }, (_, index) => fictionalSpeaker(index)).sort(
  (a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1),
)[0];
process.stdout.write(`${JSON.stringify({ dbFile: file, first })}\n`);
