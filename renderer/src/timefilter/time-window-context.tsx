import { useMemo, useState, type ReactNode } from 'react';
import { strictContext } from '../ui/strict-context';

/** The global time window [from, to] in unix seconds, or null for the whole case: the graph and the tables obey it. */
export type TimeWindow = [number, number] | null;

interface TimeWindowApi {
  window: TimeWindow;
  setWindow(window: TimeWindow): void;
}

const [Provider, useTimeWindow] = strictContext<TimeWindowApi>('useTimeWindow');
export { useTimeWindow };

export function TimeWindowProvider({ children }: { children: ReactNode }) {
  const [window, setWindow] = useState<TimeWindow>(null);
  const api = useMemo<TimeWindowApi>(() => ({ window, setWindow }), [window]);
  return <Provider value={api}>{children}</Provider>;
}
