import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { GraphFocusProvider } from '../findings/graph-focus';
import { TimeWindowProvider } from '../timefilter/time-window-context';
import { strictContext } from '../ui/strict-context';

const [MemoryProvider, useMemoryStore] = strictContext<Map<string, unknown>>('usePanelMemory');

type SetValue<T> = (value: T | ((previous: T) => T)) => void;

/**
 * State that outlives its panel: the workspace shows one side panel at a time, so a trace result or the last analysis
 * summary would vanish on every tab switch. Kept per case, in memory only.
 */
export function usePanelMemory<T>(key: string, initial: () => T): [T, SetValue<T>] {
  const store = useMemoryStore();
  if (!store.has(key)) store.set(key, initial());
  const [value, setValue] = useState<T>(() => store.get(key) as T);
  // The store is the source of truth, so an answer that arrives after the panel closed is still kept.
  const set = useCallback<SetValue<T>>(
    (next) => {
      const resolved = typeof next === 'function' ? (next as (p: T) => T)(store.get(key) as T) : next;
      store.set(key, resolved);
      setValue(resolved);
    },
    [store, key],
  );
  return [value, set];
}

/** The contexts the panels share: graph focus (highlight), time window and panel memory, reset when another case opens. */
export function PanelsProvider({ caseId, children }: { caseId: string; children: ReactNode }) {
  // A fresh store per case: one case's trace must never show in another.
  const store = useMemo(() => new Map<string, unknown>(), [caseId]);
  return (
    <MemoryProvider value={store}>
      <GraphFocusProvider key={caseId}>
        <TimeWindowProvider key={caseId}>{children}</TimeWindowProvider>
      </GraphFocusProvider>
    </MemoryProvider>
  );
}
