import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/**
 * Runs an async load when `key` changes and keeps the latest answer; answers to superseded keys are dropped so a
 * slow reply never overwrites a newer selection.
 */
export function useLoad<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({ data: null, error: null, loading: false });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (key === null) return setState({ data: null, error: null, loading: false });
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => current && setState({ data: null, error, loading: false }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render on purpose: `key` and `generation` alone decide a reload.
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
