// A seeded generator of news-like articles about fictional places and people, for benchmarks.
// The same seed always yields the same articles, so runs are comparable.
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Veldora',
  'Marisk',
  'Osterhal',
  'Quenby',
  'Tarvos',
  'Lindqvar',
  'Perrin Bay',
  'Eskelund',
];
const PEOPLE = [
  'Ilse Marrow',
  'Tomas Ferrand',
  'Anouk Pelle',
  'Rafe Ostrander',
  'Mira Kessel',
  'Jonah Vale',
  'Sabine Roux',
];
const ROLES = [
  'foreign minister',
  'trade minister',
  'central bank governor',
  'port authority chief',
  'transport minister',
];
const TOPICS = [
  'trade',
  'transport',
  'security',
  'energy',
  'water',
  'customs',
  'railway',
  'investment',
  'tariffs',
  'logistics',
];
const WORDS =
  'the of and to in a is that for on with as by at from this will be an are has have its their which was were said more than new also after about over into two would between during while both under such other these those regional cooperation agreement partners officials ministers meeting summit corridor border freight cargo growth market policy project plans talks delegation capital economy government framework development infrastructure volume billion percent year countries neighbours region support joint initiative route highway pipeline grid supply exports imports'.split(
    ' ',
  );

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function sentence(random: () => number): string {
  const length = 12 + Math.floor(random() * 14);
  const words: string[] = [];
  for (let index = 0; index < length; index += 1) {
    const roll = random();
    if (roll < 0.06) words.push(pick(random, PLACES));
    else if (roll < 0.1) words.push(pick(random, TOPICS));
    else if (roll < 0.12) words.push(String(Math.floor(random() * 900) + 10));
    else words.push(pick(random, WORDS));
  }
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

export interface SyntheticArticle {
  fileName: string;
  title: string;
  text: string;
}

/** About `words` words in paragraphs, with a title line and a quotation, as a .txt file. */
export function syntheticArticle(
  random: () => number,
  index: number,
  words = 600,
): SyntheticArticle {
  const place = pick(random, PLACES);
  const person = pick(random, PEOPLE);
  const title = `${place} ${pick(random, ['weighs', 'backs', 'expands', 'reviews'])} ${pick(random, TOPICS)} plan (${index})`;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random));
    if (paragraphs.length === 2) {
      sentences.push(
        `“We will keep the ${pick(random, TOPICS)} talks open,” said ${person}, the ${pick(random, ROLES)}.`,
      );
    }
    const paragraph = sentences.join(' ');
    count += paragraph.split(' ').length;
    paragraphs.push(paragraph);
  }
  return {
    fileName: `article-${index}.txt`,
    title,
    text: `${title}\n\n${paragraphs.join('\n\n')}\n`,
  };
}
