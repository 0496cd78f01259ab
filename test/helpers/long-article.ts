// A fictional article of at least `words` words, for timing the quote finder: the texts of one
// of its fixture sets, repeated. The finder's timing test and the command-line benchmark both
// use it, so their figures compare.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function longFictionalArticle(words: number): string {
  const directory = path.resolve(import.meta.dirname, '../fixtures/quotes/blind-7');
  const texts = readdirSync(directory)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(path.join(directory, file), 'utf8'));
  const parts: string[] = [];
  for (let count = 0, index = 0; count < words; index++) {
    const text = texts[index % texts.length] ?? '';
    parts.push(text);
    count += text.split(/\s+/u).filter((word) => word !== '').length;
  }
  return parts.join('\n\n');
}
