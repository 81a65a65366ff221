import { createContext, useContext, type Provider } from 'react';

/** A context that must be provided: using its hook outside the provider is a programming error, said by name. */
export function strictContext<T>(name: string): [Provider<T | null>, () => T] {
  const context = createContext<T | null>(null);
  const use = (): T => {
    const value = useContext(context);
    if (value === null) throw new Error(`${name} used outside its provider`);
    return value;
  };
  return [context.Provider, use];
}
