// What can go wrong, in words every host and the renderer share: the error codes a call can
// answer with, and AppError, which services throw on purpose. dispatch turns an AppError into
// { ok: false, error } so no thrown object ever crosses a process boundary.

export const ERROR_CODES = [
  'unknown-method',
  'invalid-arguments',
  'not-found',
  'conflict',
  'invalid-input',
  'forbidden',
  'disk-full',
  'notebook-damaged',
  'read-only',
  'busy',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string, id: number | string): AppError {
  return new AppError('not-found', `${what} ${id} does not exist (it may have been deleted).`);
}

export function conflict(message: string): AppError {
  return new AppError('conflict', message);
}

export function invalidInput(message: string): AppError {
  return new AppError('invalid-input', message);
}
