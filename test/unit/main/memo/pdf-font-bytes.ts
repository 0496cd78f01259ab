// Minimal font files for tests of the character-map reader: a table directory holding only
// a 'cmap' table, with format 4 (segments) and format 12 (groups) maps built from ranges.

export interface Segment {
  start: number;
  end: number;
  /** Glyph ids in the segment, one per character; missing means glyph = code + 1. */
  glyphs?: number[];
}

function format4(segments: readonly Segment[]): number[] {
  // A format 4 map is searched by end code, so its segments are in that order.
  const sorted = [...segments].sort((a, b) => a.end - b.end);
  const all = [...sorted, { start: 0xffff, end: 0xffff, glyphs: [0] }];
  const count = all.length;
  const glyphArray: number[] = [];
  const rangeOffsets: number[] = [];
  const deltas: number[] = [];
  all.forEach((segment, index) => {
    if (segment.glyphs) {
      // Offset from this idRangeOffset entry to the segment's first glyph id in glyphArray.
      rangeOffsets.push((count - index) * 2 + glyphArray.length * 2);
      deltas.push(0);
      glyphArray.push(...segment.glyphs);
    } else {
      rangeOffsets.push(0);
      deltas.push(1);
    }
  });
  const words = [
    4,
    0, // length, filled in below
    0,
    count * 2,
    0,
    0,
    0,
    ...all.map((segment) => segment.end),
    0,
    ...all.map((segment) => segment.start),
    ...deltas.map((delta) => delta & 0xffff),
    ...rangeOffsets,
    ...glyphArray,
  ];
  words[1] = words.length * 2;
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}

function format12(groups: readonly Segment[]): number[] {
  const long = (value: number) => [
    value >>> 24,
    (value >>> 16) & 0xff,
    (value >>> 8) & 0xff,
    value & 0xff,
  ];
  return [
    0,
    12,
    0,
    0,
    ...long(16 + groups.length * 12),
    ...long(0),
    ...long(groups.length),
    ...groups.flatMap((group) => [
      ...long(group.start),
      ...long(group.end),
      ...long(group.start + 1),
    ]),
  ];
}

/** A font whose character maps are the given subtables, by (platform, encoding). */
export function fontWithMaps(
  maps: readonly { platform: number; encoding: number; format: 4 | 12; ranges: Segment[] }[],
): Uint8Array {
  const subtables = maps.map((map) =>
    map.format === 4 ? format4(map.ranges) : format12(map.ranges),
  );
  const header = 4 + maps.length * 8;
  const cmap: number[] = [0, 0, 0, maps.length];
  let offset = header;
  maps.forEach((map, index) => {
    cmap.push(
      0,
      map.platform,
      0,
      map.encoding,
      offset >>> 24,
      (offset >>> 16) & 0xff,
      (offset >>> 8) & 0xff,
      offset & 0xff,
    );
    offset += subtables[index]!.length;
  });
  cmap.push(...subtables.flat());
  const directory = [0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0];
  const tableOffset = directory.length + 16;
  const long = (value: number) => [
    value >>> 24,
    (value >>> 16) & 0xff,
    (value >>> 8) & 0xff,
    value & 0xff,
  ];
  directory.push(
    ...[...'cmap'].map((c) => c.charCodeAt(0)),
    0,
    0,
    0,
    0,
    ...long(tableOffset),
    ...long(cmap.length),
  );
  return new Uint8Array([...directory, ...cmap]);
}

/** A font covering the given ranges with a Windows Unicode (3, 1) format 4 map. */
export function fontCovering(...ranges: Segment[]): Uint8Array {
  return fontWithMaps([{ platform: 3, encoding: 1, format: 4, ranges }]);
}
