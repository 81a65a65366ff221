import type { Transport } from '../../../shared/api/transport';
import { dispatch } from './dispatcher';
import type { createBackend } from './create-backend';

/** A transport with no wire, for unit tests: the same dispatcher, validation and error shape as IPC and HTTP. */
export function inMemoryTransport(backend: ReturnType<typeof createBackend>): Transport {
  return {
    async call(method, params) {
      // Round-trip through JSON like every real transport, so tests catch values that would not survive the wire.
      const outcome = await dispatch(backend, method, JSON.parse(JSON.stringify(params ?? {})));
      if (!outcome.ok) throw outcome.error;
      return JSON.parse(JSON.stringify(outcome.result ?? null));
    },
    subscribe(listener) {
      return backend.subscribe(listener);
    },
  };
}
