// A quick measure (not a timed test) of the speaker and tag lists at 10,000 speakers: the whole
// list the shell used to fetch after every annotation change against the first page, a
// filtered page, a later page and a refresh of fifty by id, in milliseconds (median of 9) and
// in bytes of the JSON the API sends. Run: npx tsx test/bench/name-pages.ts
import Database from 'better-sqlite3';
import { migrate } from '../../db/migrate';
import { insertArticle } from '../../db/queries/articles';
import { insertHighlight } from '../../db/queries/highlights';
import {
  getSpeakers,
  insertSpeaker,
  listSpeakerPage,
  listSpeakers,
} from '../../db/queries/speakers';
import { insertTag, listTagPage, listTags, setHighlightTags } from '../../db/queries/tags';
import { createSpeakerService, speakerMatchScore } from '../../main/services/speakers';
import type { NotebookDatabase } from '../../db/open';

const SPEAKERS = 10_000;
const TAGS = 2_000;
const QUOTATIONS = 50_000;
const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'tu', 'sar', 'do', 'quel', 'bri', 'nes'];
const word = (value: number) => SYLLABLES[value % 10]! + SYLLABLES[Math.floor(value / 10) % 10]!;
const fictional = (index: number) =>
  `${word(index)} ${word(Math.floor(index / 100))} ${String(index).padStart(5, '0')}`;

const db = new Database(':memory:');
db.pragma('foreign_keys = ON');
migrate(db);
const speakerIds: number[] = [];
const tagIds: number[] = [];
db.transaction(() => {
  for (let index = 0; index < SPEAKERS; index += 1)
    speakerIds.push(
      insertSpeaker(db, {
        name: fictional(index),
        role: 'harbour official',
        country: 'Veltmark',
        aliases: index % 4 === 0 ? [`Warden ${index}`] : [],
      }),
    );
  for (let index = 0; index < TAGS; index += 1)
    tagIds.push(insertTag(db, `topic ${fictional(index)}`, null));
  const articleId = insertArticle(db, {
    title: 'Harbour dues in Veltmark',
    author: null,
    publisher: 'Marisk Ledger',
    dateline: null,
    publishedAt: null,
    language: 'en',
    sourceUrl: null,
    format: 'text',
    sourcePath: null,
    originalName: null,
    original: new Uint8Array([1]),
    text: 'The harbour master said the dues would rise.',
    contentHash: 'bench-1',
    wordCount: 8,
  });
  for (let index = 0; index < QUOTATIONS; index += 1) {
    const highlight = insertHighlight(db, {
      articleId,
      kind: 'direct',
      exact: 'the dues would rise',
      prefix: '',
      suffix: '',
      start: 25,
      end: 44,
      speakerId: speakerIds[(index * 7919) % SPEAKERS]!,
      note: '',
      orphaned: false,
    });
    setHighlightTags(db, highlight, [tagIds[index % TAGS]!]);
  }
})();

function measure(label: string, run: () => unknown): void {
  let bytes = 0;
  const times: number[] = [];
  for (let round = 0; round < 9; round += 1) {
    const started = performance.now();
    const value = run();
    bytes = JSON.stringify(value).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} ${times[4]!.toFixed(2).padStart(8)} ms ${bytes.toLocaleString().padStart(11)} bytes`,
  );
}

console.log(
  `${SPEAKERS.toLocaleString()} speakers, ${TAGS.toLocaleString()} tags, ${QUOTATIONS.toLocaleString()} quotations`,
);
measure('before: listSpeakers (whole list)', () => listSpeakers(db));
measure('after: listSpeakerPage, first 50', () => listSpeakerPage(db, {}));
const middle = listSpeakerPage(db, { limit: 500 * 10 }).next!;
measure('after: listSpeakerPage, 50 after the 5,000th', () =>
  listSpeakerPage(db, { after: middle }),
);
measure('after: listSpeakerPage, filter "venka"', () => listSpeakerPage(db, { filter: 'venka' }));
measure('after: getSpeakers, 50 by id', () => getSpeakers(db, speakerIds.slice(0, 50)));
measure('before: listTags (whole list)', () => listTags(db));
measure('after: listTagPage, first 50', () => listTagPage(db, {}));

// The Speaker box's suggestions: scoring every full row (as before) against names alone.
const speakers = createSpeakerService(db as NotebookDatabase);
measure('before: suggest "venk" over full rows', () =>
  listSpeakers(db)
    .map((speaker) => ({
      speaker,
      score: speakerMatchScore('venk', [speaker.name, ...speaker.aliases]),
    }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || b.speaker.quoteCount - a.speaker.quoteCount)
    .slice(0, 8),
);
measure('after: suggestSpeakers "venk"', () => speakers.suggest('venk', 8));
