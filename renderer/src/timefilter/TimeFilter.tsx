import { useEffect, useState } from 'react';
import { useApp } from '../app/runtime-context';
import type { Workbench } from '../graph/interactions/workbench';
import { formatUnix } from '../ui/format';
import { useTimeWindow } from './time-window-context';

/**
 * The case's time span as two sliders: nodes outside the window are hidden from the graph (a filter, not an edit)
 * and the tables show only rows that overlap it.
 */
export function TimeFilter({ workbench }: { workbench: Workbench }) {
  const { client } = useApp();
  const [range, setRange] = useState<{ min: number; max: number } | null>(null);
  const { window, setWindow } = useTimeWindow();
  useEffect(() => {
    client.call('graph.timeRange', {}).then((r) => r.min !== null && r.max !== null && setRange({ min: r.min, max: r.max }), () => setRange(null));
  }, [client]);
  // A reopened view brings its own window.
  useEffect(() => workbench.subscribe(() => setWindow(workbench.timeWindow)), [workbench, setWindow]);
  // The window drives the graph whoever sets it (these sliders, the tables' chip).
  useEffect(() => {
    if (workbench.timeWindow !== window) workbench.setTimeWindow(window);
  }, [workbench, window]);
  if (!range || range.max <= range.min) return null;
  const [from, to] = window ?? [range.min, range.max];
  const set = (next: [number, number]) => {
    const full = next[0] <= range.min && next[1] >= range.max;
    setWindow(full ? null : next);
  };
  return (
    <div className="time-filter" data-testid="time-filter" aria-label="Time filter">
      <span className="muted">Time</span>
      <input type="range" min={range.min} max={range.max} value={from} aria-label="From" data-testid="time-from"
        onChange={(e) => set([Math.min(Number(e.target.value), to), to])} />
      <input type="range" min={range.min} max={range.max} value={to} aria-label="To" data-testid="time-to"
        onChange={(e) => set([from, Math.max(Number(e.target.value), from)])} />
      <span className="time-label" data-testid="time-window">{formatUnix(from)} – {formatUnix(to)}</span>
      {window && <button type="button" className="link-button" onClick={() => set([range.min, range.max])}>Reset</button>}
    </div>
  );
}
