import { useCallback, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { GraphFocusProvider } from '../findings/graph-focus';
import { TimeWindowProvider } from '../timefilter/time-window-context';
import { strictContext } from '../ui/strict-context';

/** Values by key, and who shows each: a value set in one panel (the inspector's Run analysis) redraws every other. */
class MemoryStore {
  private readonly values = new Map<string, unknown>();
  private readonly listeners = new Map<string, Set<() => void>>();
  has = (key: string) => this.values.has(key);
  get = (key: string) => this.values.get(key);
  set(key: string, value: unknown): void {
    this.values.set(key, value);
    this.listeners.get(key)?.forEach((l) => l());
  }
  subscribe(key: string, listener: () => void): () => void {
    const set = this.listeners.get(key) ?? new Set();
    this.listeners.set(key, set.add(listener));
    return () => void set.delete(listener);
  }
}

const [MemoryProvider, useMemoryStore] = strictContext<MemoryStore>('usePanelMemory');

type SetValue<T> = (value: T | ((previous: T) => T)) => void;

/**
 * State that outlives its panel: the workspace shows one side panel at a time, so a trace result or the last analysis
 * summary would vanish on every tab switch. Kept per case, in memory only.
 */
export function usePanelMemory<T>(key: string, initial: () => T): [T, SetValue<T>] {
  const store = useMemoryStore();
  if (!store.has(key)) store.set(key, initial());
  const subscribe = useCallback((listener: () => void) => store.subscribe(key, listener), [store, key]);
  const value = useSyncExternalStore(subscribe, () => store.get(key) as T);
  // The store is the source of truth, so an answer that arrives after the panel closed is still kept.
  const set = useCallback<SetValue<T>>(
    (next) => store.set(key, typeof next === 'function' ? (next as (p: T) => T)(store.get(key) as T) : next),
    [store, key],
  );
  return [value, set];
}

/** The contexts the panels share: graph focus (highlight), time window and panel memory, reset when another case opens. */
export function PanelsProvider({ caseId, children }: { caseId: string; children: ReactNode }) {
  // A fresh store per case: one case's trace must never show in another.
  const store = useMemo(() => new MemoryStore(), [caseId]);
  return (
    <MemoryProvider value={store}>
      <GraphFocusProvider key={caseId}>
        <TimeWindowProvider key={caseId}>{children}</TimeWindowProvider>
      </GraphFocusProvider>
    </MemoryProvider>
  );
}
