import { toAppError } from './errors';
import type { EventName } from './events';
import type { MethodName, ParamsIn, Result } from './methods';
import type { EventListener, Transport } from './transport';

/** The typed face of a transport. Errors arrive as AppError whatever the transport. */
export interface ApiClient {
  call<M extends MethodName>(method: M, params: ParamsIn<M>): Promise<Result<M>>;
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, params) {
      try {
        return (await transport.call(method, params)) as never;
      } catch (error) {
        throw toAppError(error);
      }
    },
    on(event, listener) {
      return transport.subscribe((name, payload) => {
        if (name === event) listener(payload as never);
      });
    },
  };
}
