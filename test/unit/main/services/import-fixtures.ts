// Pathological inputs for the import limits, generated (fictional text), never stored as files
// in the repository: a page of 100,000 nested divs (slow to read: 14 s before the HTML reader
// bounded the nesting depth, still a few seconds after) and a 25 MiB text file.

/** An HTML page whose one paragraph sits inside `depth` nested divs; `variant` makes it distinct. */
export function nestedDivPage(depth = 100_000, variant = 0): string {
  const title =
    variant === 0 ? 'Harbour notes of Velmora' : `Harbour notes of Velmora, part ${variant}`;
  return (
    `<!doctype html><html><head><title>${title}</title></head><body>` +
    '<div>'.repeat(depth) +
    `<p>The ferry from Velmora to Orsk Island runs ${variant + 2} times a day through the summer months.</p>` +
    '</div>'.repeat(depth) +
    '</body></html>'
  );
}

const WORDS = [
  'harbour',
  'ferry',
  'council',
  'Velmora',
  'timetable',
  'winter',
  'island',
  'pier',
  'lantern',
  'tide',
  'quay',
  'Orsk',
];

/** Plain text of exactly `bytes` bytes (ASCII): a ledger of short fictional paragraphs. */
export function largeText(bytes = 25 * 1024 * 1024): Buffer {
  const paragraph: string[] = [];
  for (let index = 0; index < 80; index += 1) {
    paragraph.push(WORDS[(index * 7) % WORDS.length]! + (index % 12 === 11 ? '.' : ''));
  }
  const unit = Buffer.from(paragraph.join(' ') + '\n\n');
  const heading = Buffer.from('Annual ledger of the Velmora harbour board\n\n');
  const out = Buffer.alloc(bytes, 0x20);
  heading.copy(out, 0);
  for (let offset = heading.length; offset < bytes; offset += unit.length) {
    unit.copy(out, offset, 0, Math.min(unit.length, bytes - offset));
  }
  return out;
}
