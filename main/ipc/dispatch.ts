// Validates a call against the contract, runs its handler and wraps the outcome in a result
// envelope. The same dispatcher serves Electron IPC, the web host and tests.
import type { z } from 'zod';
import {
  METHODS,
  schemas,
  type ApiResult,
  type Method,
  type ParsedArgsOf,
  type ResultOf,
} from './contract';
import { AppError } from '../domain/errors';
import { storageFailure } from '../../db/errors';

export type Handlers = {
  [M in Method]: (args: ParsedArgsOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
};

export type Dispatch = (method: string, args: unknown) => Promise<ApiResult<unknown>>;

const known = new Set<string>(METHODS);

export function isMethod(method: string): method is Method {
  return known.has(method);
}

export function createDispatcher(
  handlers: Handlers,
  options: { onInternalError?: (method: string, error: unknown) => void } = {},
): Dispatch {
  return async (method, args) => {
    if (!isMethod(method)) {
      return failure('unknown-method', `There is no operation called "${method}".`);
    }
    const schema = schemas[method] as z.ZodType;
    const parsed = schema.safeParse(args ?? undefined);
    if (!parsed.success) {
      return failure(
        'invalid-arguments',
        `Invalid arguments for ${method}: ${describeIssues(parsed.error)}`,
      );
    }
    try {
      const handler = handlers[method] as (args: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return failure(error.code, error.message);
      const storage = storageFailure(error);
      if (storage) return failure(storage.code, `${method} failed: ${storage.message}`);
      options.onInternalError?.(method, error);
      const detail = error instanceof Error ? error.message : String(error);
      return failure('internal', `${method} failed unexpectedly: ${detail}`);
    }
  };
}

function failure(code: AppError['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}
