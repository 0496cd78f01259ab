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
