import { AppError, type SerializedError } from '../../../shared/api/errors';
import { isMethodName, methods, type MethodName } from '../../../shared/api/methods';
import type { Backend } from './backend';
import { handlers } from './handlers';

export type DispatchOutcome = { ok: true; result: unknown } | { ok: false; error: SerializedError };

/**
 * The single entry of every transport: checks the method exists, validates arguments against its schema,
 * runs the handler and turns any failure into {code, message, details}. Internal errors lose their stack here.
 */
export async function dispatch(backend: Backend, method: unknown, params: unknown): Promise<DispatchOutcome> {
  try {
    if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 80)}`);
    const parsed = methods[method].params.safeParse(params ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || '(arguments)';
      throw new AppError('VALIDATION', `Invalid argument ${field}: ${issue?.message ?? 'invalid'}`, {
        field,
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    const handler = handlers[method] as (p: unknown, b: Backend) => Promise<unknown>;
    return { ok: true, result: await handler(parsed.data, backend) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof AppError) return error.toJSON();
  // Unknown failures are logged where the backend runs, never sent with their stack or paths.
  console.error('[assay] internal error:', error);
  return { code: 'INTERNAL', message: 'Internal error; see the application log.' };
}

export type { MethodName };
