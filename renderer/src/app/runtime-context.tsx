import { createContext, useContext } from 'react';
import type { Result } from '../../../shared/api/methods';
import type { Runtime } from '../transport/runtime';

export interface AppContextValue extends Runtime {
  info: Result<'app.info'>;
}

const AppContext = createContext<AppContextValue | null>(null);
export const AppContextProvider = AppContext.Provider;

/** The runtime (client, file intake) and backend info every screen needs. */
export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContextProvider');
  return value;
}
