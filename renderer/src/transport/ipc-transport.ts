import type { AssayBridge } from '../../../shared/api/bridge';
import type { Transport } from '../../../shared/api/transport';

/** Electron: the preload bridge already speaks {ok, result | error}; errors are rethrown as data for createClient. */
export function ipcTransport(bridge: AssayBridge): Transport {
  return {
    async call(method, params) {
      const outcome = await bridge.call(method, params);
      if (!outcome.ok) throw outcome.error;
      return outcome.result;
    },
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
