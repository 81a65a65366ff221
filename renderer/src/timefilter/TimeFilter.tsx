import { useEffect, useState, type KeyboardEvent } from 'react';
import { useApp } from '../app/runtime-context';
import type { Workbench } from '../graph/interactions/workbench';
import { formatUnix } from '../ui/format';
import { formatBound, formatSpan, sliderScale } from './slider-scale';
import { useTimeWindow } from './time-window-context';

/**
 * The case's time span as two sliders on a grid of named units (hours over days): nodes outside the window are
 * hidden from the graph (a filter, not an edit) and the tables show only rows that overlap it.
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
  const scale = sliderScale(range.min, range.max);
  const [from, to] = window ?? [range.min, range.max];
  const clamp = (t: number) => Math.min(range.max, Math.max(range.min, t));
  const set = (next: [number, number]) => {
    const full = next[0] <= range.min && next[1] >= range.max;
    setWindow(full ? null : next);
  };
  const setFrom = (t: number) => set([Math.min(clamp(t), to), to]);
  const setTo = (t: number) => set([from, Math.max(clamp(t), from)]);
  // PageUp/PageDown move a day (or ten steps) instead of the browser's own fraction of the range.
  const paging = (value: number, apply: (t: number) => void) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    apply(value + (e.key === 'PageUp' ? scale.page : -scale.page));
  };
  const slider = (label: 'From' | 'To', value: number, apply: (t: number) => void) => (
    <input type="range" min={scale.lo} max={scale.hi} step={scale.step} value={value} aria-label={label} data-testid={label === 'From' ? 'time-from' : 'time-to'}
      aria-valuetext={`${formatBound(value, scale.step)} UTC`} onChange={(e) => apply(Number(e.target.value))} onKeyDown={paging(value, apply)} />
  );
  return (
    <div className="time-filter" data-testid="time-filter" aria-label="Time filter">
      <span className="muted">Time</span>
      {slider('From', from, setFrom)}
      {slider('To', to, setTo)}
      <span className="time-label" data-testid="time-window" title={`${formatUnix(from)} – ${formatUnix(to)}`}>
        {formatBound(from, scale.step)} – {formatBound(to, scale.step)} UTC <span className="muted">({formatSpan(to - from)})</span>
      </span>
      {window && <button type="button" className="link-button" onClick={() => set([range.min, range.max])}>Reset</button>}
    </div>
  );
}
