// Import errors: one class with a machine code and a plain-words message naming the file.
// Knows nothing about formats; each importer picks the code that describes what went wrong.

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'too-large'
  | 'unsupported'
  | 'corrupt'
  | 'encrypted'
  | 'no-text';

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly fileName: string;

  constructor(
    code: ImportErrorCode,
    fileName: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`Cannot import "${fileName}": ${problem}`, options);
    this.name = 'ImportError';
    this.code = code;
    this.fileName = fileName;
  }
}
