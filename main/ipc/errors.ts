// The errors services raise on purpose. dispatch turns them into { ok: false, error } so no
// thrown object ever crosses a process boundary.
import type { ErrorCode } from './contract';

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
