import type { Result } from '../../../shared/api/methods';
import type { Runtime } from '../transport/runtime';
import { strictContext } from '../ui/strict-context';

export interface AppContextValue extends Runtime {
  info: Result<'app.info'>;
}

/** The runtime (client, file intake) and backend info every screen needs. */
export const [AppContextProvider, useApp] = strictContext<AppContextValue>('useApp');
