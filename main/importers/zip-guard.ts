// Reads a ZIP archive's central directory and refuses archives that are malformed,
// encrypted or built to explode (zip bombs) before any unzip library sees them. Entries are
// inflated here with a hard output cap equal to their declared size, so a directory that
// lies about sizes is caught too. Knows ZIP structure, nothing of Word documents.

import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  maxEntries: number;
  /** Total declared uncompressed size of all entries. */
  maxTotalBytes: number;
  /** Largest allowed uncompressed/compressed ratio for an entry above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  dataOffset: number;
}

export type ZipProblem =
  | { kind: 'corrupt'; detail: string }
  | { kind: 'encrypted'; detail: string }
  | { kind: 'too-large'; detail: string };

export class ZipGuardError extends Error {
  readonly problem: ZipProblem;
  constructor(problem: ZipProblem) {
    super(problem.detail);
    this.name = 'ZipGuardError';
    this.problem = problem;
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function fail(kind: ZipProblem['kind'], detail: string): never {
  throw new ZipGuardError({ kind, detail });
}

export interface CheckedZip {
  entries: ZipEntry[];
  /** Inflates one entry, never producing more than its declared size. */
  read(name: string): Uint8Array | null;
}

export function checkZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): CheckedZip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const declaredEntries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (
    declaredEntries === 0xffff ||
    directoryOffset === 0xffffffff ||
    directorySize === 0xffffffff
  ) {
    fail('too-large', 'it uses ZIP64 extensions, which only very large archives need');
  }
  if (declaredEntries > limits.maxEntries) {
    fail('too-large', `it holds ${declaredEntries} files; a document needs far fewer`);
  }
  if (directoryOffset + directorySize > eocd) fail('corrupt', 'its file directory is damaged');

  const entries: ZipEntry[] = [];
  let total = 0;
  let position = directoryOffset;
  for (let index = 0; index < declaredEntries; index += 1) {
    if (position + 46 > eocd || view.getUint32(position, true) !== CENTRAL_SIGNATURE) {
      fail('corrupt', 'its file directory is damaged');
    }
    const flags = view.getUint16(position + 8, true);
    const method = view.getUint16(position + 10, true);
    const compressedSize = view.getUint32(position + 20, true);
    const uncompressedSize = view.getUint32(position + 24, true);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const localOffset = view.getUint32(position + 42, true);
    const name = new TextDecoder().decode(
      bytes.subarray(position + 46, position + 46 + nameLength),
    );
    position += 46 + nameLength + extraLength + commentLength;

    if (flags & 0x1) fail('encrypted', 'it is password-protected');
    if (method !== 0 && method !== 8)
      fail('corrupt', `it uses an unknown compression method (${method})`);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
      fail('too-large', 'it uses ZIP64 extensions, which only very large archives need');
    }
    total += uncompressedSize;
    if (total > limits.maxTotalBytes) {
      fail('too-large', `it would unpack to more than ${megabytes(limits.maxTotalBytes)}`);
    }
    const ratio = uncompressedSize / Math.max(1, compressedSize);
    if (uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      fail(
        'too-large',
        `it looks like a zip bomb ("${name}" would expand ${Math.round(ratio)}-fold)`,
      );
    }
    const dataOffset = localDataOffset(view, localOffset);
    if (dataOffset + compressedSize > bytes.length) fail('corrupt', 'it is truncated');
    if (method === 0 && compressedSize !== uncompressedSize)
      fail('corrupt', 'its file directory is damaged');
    entries.push({ name, method, compressedSize, uncompressedSize, dataOffset });
  }

  const read = (name: string): Uint8Array | null => {
    const entry = entries.find((candidate) => candidate.name === name);
    return entry ? inflateEntry(bytes, entry) : null;
  };
  for (const entry of entries) inflateEntry(bytes, entry);
  return { entries, read };
}

function findEndOfCentralDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let position = view.byteLength - 22; position >= earliest; position -= 1) {
    if (view.getUint32(position, true) === EOCD_SIGNATURE) return position;
  }
  fail('corrupt', 'it is not a complete ZIP archive');
}

function localDataOffset(view: DataView, offset: number): number {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_SIGNATURE) {
    fail('corrupt', 'its file directory is damaged');
  }
  return offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return data;
  let output: Uint8Array;
  try {
    // One byte over the declared size is enough to prove the declaration false.
    output = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
  } catch (error) {
    if (
      error instanceof RangeError ||
      (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
    ) {
      fail('too-large', `"${entry.name}" unpacks to more than its declared size (a zip bomb)`);
    }
    fail('corrupt', `"${entry.name}" is damaged`);
  }
  if (output.length !== entry.uncompressedSize) {
    if (output.length > entry.uncompressedSize) {
      fail('too-large', `"${entry.name}" unpacks to more than its declared size (a zip bomb)`);
    }
    fail('corrupt', `"${entry.name}" is damaged`);
  }
  return output;
}

function megabytes(value: number): string {
  return `${Math.round(value / (1024 * 1024))} MB`;
}
