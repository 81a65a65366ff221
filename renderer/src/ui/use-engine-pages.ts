import { useCallback, useEffect, useMemo, useState } from 'react';
import { PageCache } from './page-cache';

export interface EnginePages<T> {
  total: number;
  /** False until the first page of the current key arrives, so "0 rows" is never shown for "not loaded yet". */
  loaded: boolean;
  error: unknown;
  row(index: number): T | undefined;
  /** Asks for the pages covering rows [from, to]; pages already loaded or in flight are not fetched again. */
  ensure(from: number, to: number): void;
}

/**
 * Rows paged from the engine for a virtualized table, fetched as they scroll into view. `key` names what is listed:
 * a new key is a new cache, and answers for an older one land in a cache nobody reads. `fetchPage` is read through
 * `key` (it must list the same rows while the key stays).
 */
export function useEnginePages<T>(key: string, pageSize: number, fetchPage: (offset: number, limit: number) => Promise<{ rows: T[]; total: number }>): EnginePages<T> {
  const cache = useMemo(() => new PageCache<T>(pageSize), [key, pageSize]);
  const [status, setStatus] = useState<{ cache: PageCache<T>; total: number; error: unknown }>({ cache, total: 0, error: null });

  const ensure = useCallback(
    (from: number, to: number) => {
      for (const page of cache.claim(from, to)) {
        fetchPage(page * pageSize, pageSize).then(
          (result) => {
            cache.store(page, result.rows);
            setStatus((s) => (s.cache === cache ? { cache, total: result.total, error: null } : s));
          },
          (error: unknown) => {
            cache.release(page);
            setStatus((s) => (s.cache === cache ? { ...s, error } : s));
          },
        );
      }
    },
    // `fetchPage` follows `key`, which `cache` follows.
    [cache, pageSize],
  );

  useEffect(() => {
    setStatus({ cache, total: 0, error: null });
    ensure(0, 0);
  }, [cache, ensure]);

  const current = status.cache === cache;
  return {
    total: current ? status.total : 0,
    loaded: current && cache.has(0),
    error: current ? status.error : null,
    row: (index) => cache.row(index),
    ensure,
  };
}
