import { describe, expect, it } from 'vitest';
import { matchSpeaker, nameKey, type KnownSpeaker } from '../../../../main/quotes/index';

const speakers: KnownSpeaker[] = [
  { name: 'Daurenbek Orazbayev', aliases: ['Orazbayev'] },
  { name: 'Nurkhon Dilshodova', aliases: [] },
  { name: 'Nodjimon Rakhmatov', aliases: [] },
  { name: 'Zhanar Sultanbekova', aliases: [] },
  { name: 'Ilse Marwick', aliases: ['Marwick'] },
];

describe('nameKey', () => {
  it('folds case, diacritics and hyphens', () => {
    expect(nameKey('Ana-María  Beltrán')).toBe(nameKey('ana maria beltran'));
  });

  it('drops a leading "the" and honorifics', () => {
    expect(nameKey('the Harbour Board')).toBe(nameKey('Harbour Board'));
    expect(nameKey('Ms O’Hara')).toBe(nameKey('OHara'));
  });
});

describe('matchSpeaker', () => {
  it('matches a name spelled with or without a y glide', () => {
    expect(matchSpeaker('Daurenbek Orazbaev', speakers)?.name).toBe('Daurenbek Orazbayev');
  });

  it('matches kh and h spellings', () => {
    expect(matchSpeaker('Nurhon Dilshodova', speakers)?.name).toBe('Nurkhon Dilshodova');
  });

  it('matches dj and j spellings', () => {
    expect(matchSpeaker('Nojimon Rakhmatov', speakers)?.name).toBe('Nodjimon Rakhmatov');
  });

  it('matches zh and j spellings', () => {
    expect(matchSpeaker('Janar Sultanbekova', speakers)?.name).toBe('Zhanar Sultanbekova');
  });

  it('matches doubled and single letters', () => {
    expect(matchSpeaker('Ilse Marwik', [{ name: 'Ilse Marwick', aliases: [] }])?.name).toBe(
      'Ilse Marwick',
    );
    expect(matchSpeaker('Saatbek Oraz', [{ name: 'Satbek Oraz', aliases: [] }])?.name).toBe(
      'Satbek Oraz',
    );
  });

  it('matches through an alias', () => {
    expect(matchSpeaker('Marwick', speakers)?.name).toBe('Ilse Marwick');
  });

  it('matches a surname that only one speaker has', () => {
    expect(matchSpeaker('Rakhmatov', speakers)?.name).toBe('Nodjimon Rakhmatov');
  });

  it('returns null for an alias two speakers share', () => {
    const shared: KnownSpeaker[] = [
      { name: 'Nordic ministers', aliases: ['ministers'] },
      { name: 'Baltic ministers', aliases: ['ministers'] },
    ];
    expect(matchSpeaker('ministers', shared)).toBeNull();
  });

  it('returns null for an unknown name', () => {
    expect(matchSpeaker('Piet Lammers', speakers)).toBeNull();
  });
});

// Spelling patterns of real romanisation systems, shown on invented names. Each row is one
// pattern: the two spellings must reach one known speaker.
const transliterationVariants: ReadonlyArray<readonly [string, string, string]> = [
  ['Russian -ayev / -aev (the y glide of е)', 'Tolen Kulubayev', 'Tolen Kulubaev'],
  ['Russian -iy / -y ending', 'Dmitriy Osokin', 'Dmitry Osokin'],
  ['Russian initial Ye / E', 'Yevgeny Korin', 'Evgeny Korin'],
  ['Russian ya / ia inside a word', 'Natalya Serova', 'Natalia Serova'],
  ['Russian kh / h', 'Mukhriddin Aslov', 'Muhriddin Aslov'],
  ['Russian dzh / Kazakh j', 'Almaz Dzhaparov', 'Almaz Japarov'],
  ['Kazakh zh / j', 'Nurzhan Belov', 'Nurjan Belov'],
  ['Kazakh q / k', 'Qairat Seitov', 'Kairat Seitov'],
  ['Kazakh initial Ye / E', 'Yerlan Tasov', 'Erlan Tasov'],
  ['doubled letters', 'Saatbek Omarov', 'Satbek Omarov'],
  ['pinyin given name hyphenated or joined', 'Zhou Jianming', 'Zhou Jian-ming'],
  ['pinyin given name spaced or joined', 'Liang Wenbo', 'Liang Wen Bo'],
  ['Wade-Giles apostrophe of aspiration', "Ch'en Lufang", 'Chen Lufang'],
  ['Wade-Giles hs / pinyin x', 'Hsu Tianle', 'Xu Tianle'],
];

// Different people whose names differ in one letter or sound. Folding any of these would give
// the analyst a wrong speaker, which is worse than none.
const distinctNames: ReadonlyArray<readonly [string, string]> = [
  ['Jan Smith', 'Ian Smith'],
  ['Juan Li', 'Yuan Li'],
  ['Mia Chen', 'Ma Chen'],
  ['Yan Petrov', 'Ian Petrov'],
  ['Maria Osei', 'Mara Osei'],
  ['Lian Wu', 'Lan Wu'],
  ['Jana Novak', 'Iana Novak'],
  ['Li Wei', 'Li Wen'],
];

describe('matchSpeaker across romanisations', () => {
  it.each(transliterationVariants)('matches %s: %s and %s', (_pattern, known, written) => {
    expect(matchSpeaker(written, [{ name: known, aliases: [] }])?.name).toBe(known);
    expect(matchSpeaker(known, [{ name: written, aliases: [] }])?.name).toBe(written);
  });

  it.each(distinctNames)('keeps %s and %s apart', (first, second) => {
    expect(nameKey(first)).not.toBe(nameKey(second));
    expect(matchSpeaker(first, [{ name: second, aliases: [] }])).toBeNull();
    expect(matchSpeaker(second, [{ name: first, aliases: [] }])).toBeNull();
  });

  it('picks the right one of two speakers whose given names differ in one letter', () => {
    const pair: KnownSpeaker[] = [
      { name: 'Mia Chen', aliases: [] },
      { name: 'Ma Chen', aliases: [] },
    ];
    expect(matchSpeaker('Ms Mia Chen', pair)?.name).toBe('Mia Chen');
    expect(matchSpeaker('Ma Chen', pair)?.name).toBe('Ma Chen');
    expect(matchSpeaker('Chen', pair)).toBeNull();
  });
});
