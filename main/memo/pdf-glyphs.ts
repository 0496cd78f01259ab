// Which characters a TrueType or OpenType font can show, read from its character map (the
// 'cmap' table), so the PDF writer can pick a font family that has every letter of a memo
// instead of letting pdfkit print the missing ones as nothing. Pure: bytes in, a predicate out.

export type Coverage = (codePoint: number) => boolean;

interface Table {
  offset: number;
  length: number;
}

function findTable(view: DataView, tag: string): Table | null {
  const count = view.getUint16(4);
  for (let index = 0; index < count; index += 1) {
    const record = 12 + index * 16;
    const name = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    if (name === tag)
      return { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) };
  }
  return null;
}

/** Format 4: the Basic Multilingual Plane, in segments of consecutive character codes. */
function segmentCoverage(view: DataView, start: number): Coverage {
  const segments = view.getUint16(start + 6) / 2;
  const ends = start + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return false;
    let low = 0;
    let high = segments - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (view.getUint16(ends + middle * 2) < codePoint) low = middle + 1;
      else high = middle;
    }
    const first = view.getUint16(starts + low * 2);
    if (view.getUint16(ends + low * 2) < codePoint || first > codePoint) return false;
    const delta = view.getInt16(deltas + low * 2);
    const rangeOffsetAt = rangeOffsets + low * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    if (rangeOffset === 0) return ((codePoint + delta) & 0xffff) !== 0;
    const glyphAt = rangeOffsetAt + rangeOffset + (codePoint - first) * 2;
    if (glyphAt + 2 > view.byteLength) return false;
    return view.getUint16(glyphAt) !== 0;
  };
}

/** Format 12: all of Unicode, in groups of consecutive character codes. */
function groupCoverage(view: DataView, start: number): Coverage {
  const groups = view.getUint32(start + 12);
  const first = start + 16;
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const group = first + middle * 12;
      if (view.getUint32(group + 4) < codePoint) low = middle + 1;
      else if (view.getUint32(group) > codePoint) high = middle - 1;
      else return view.getUint32(group + 8) + (codePoint - view.getUint32(group)) !== 0;
    }
    return false;
  };
}

/**
 * What the font can show, from the best Unicode character map it has; null when the bytes
 * are not a font this can read (a collection, or a map only in a legacy encoding).
 */
export function fontCoverage(bytes: Uint8Array): Coverage | null {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const cmap = findTable(view, 'cmap');
    if (!cmap) return null;
    const maps: { format: number; offset: number; rank: number }[] = [];
    const count = view.getUint16(cmap.offset + 2);
    for (let index = 0; index < count; index += 1) {
      const record = cmap.offset + 4 + index * 8;
      const platform = view.getUint16(record);
      const encoding = view.getUint16(record + 2);
      const offset = cmap.offset + view.getUint32(record + 4);
      const format = view.getUint16(offset);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (!unicode || (format !== 4 && format !== 12)) continue;
      maps.push({ format, offset, rank: format === 12 ? 0 : 1 });
    }
    maps.sort((a, b) => a.rank - b.rank);
    const best = maps[0];
    if (!best) return null;
    const covers =
      best.format === 12 ? groupCoverage(view, best.offset) : segmentCoverage(view, best.offset);
    return (codePoint) => {
      try {
        return covers(codePoint);
      } catch {
        // A map that points past the end of the font shows nothing there.
        return false;
      }
    };
  } catch {
    // A truncated or malformed font: say nothing rather than guess.
    return null;
  }
}
