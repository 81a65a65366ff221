import type { CheapLayoutsResult, CoseResult, ExpandResult, OpenPhases, OpenResult, StockFloorResult, WorkerLayoutResult } from './bench-api';

export interface Measurements {
  /** Opening the overview-sized view that precedes the timed open (milliseconds). */
  warmUpMs: number;
  stock: StockFloorResult;
  open: OpenResult;
  worker: WorkerLayoutResult;
  expand: ExpandResult;
  cheap: CheapLayoutsResult;
  cose: CoseResult;
  /** 1-minute load average around the run: the machine is shared, and every time here is wall-clock. */
  load: { before: number; after: number; cores: number };
}

export interface Row {
  metric: string;
  value: string;
  target: string;
  pass?: boolean;
}

export const LIMITS = { openMs: 2000, speedup: 50, longTaskMs: 200, cheapMs: 50 } as const;

/** The issue #5 targets as table rows (pass set) plus context rows (pass undefined). */
export function rows(m: Measurements): Row[] {
  const speedup = m.cose.ms / m.worker.ms;
  const perIteration = m.cose.ms / Math.max(1, m.cose.iterationsDone);
  const projected = perIteration * m.cose.iterationsToFinish;
  return [
    { metric: 'graph', value: `${m.open.nodes} nodes / ${m.open.edges} edges`, target: '' },
    { metric: 'machine load (1-min average, before / after)', value: `${m.load.before.toFixed(1)} / ${m.load.after.toFixed(1)} on ${m.load.cores} cores`, target: '' },
    { metric: 'open of an overview-sized view first (300 nodes, as the workspace does; context)', value: `${m.warmUpMs} ms`, target: '' },
    { metric: 'open saved view (preset): create + captions drawn', value: `${m.open.totalMs} ms`, target: `< ${LIMITS.openMs} ms`, pass: m.open.totalMs < LIMITS.openMs },
    { metric: 'stock cytoscape, same view, default style: open / redraw', value: `${m.stock.openMs} ms / ${m.stock.redrawMs} ms`, target: '' },
    { metric: 'open saved view over the stock floor (same run; context)', value: `${(m.open.totalMs / m.stock.openMs).toFixed(2)}x`, target: '' },
    { metric: 'captions drawn after open / after expansion (context)', value: `${m.open.captions} / ${m.expand.captions}`, target: '' },
    { metric: 'open phases (context)', value: openPhases(m.open.phases), target: '' },
    { metric: 'longest main-thread task while opening (context)', value: longTasks(m.open.longTasks), target: '' },
    { metric: 'one full canvas redraw (1-pixel pan, context)', value: `${m.open.redrawMs} ms`, target: '' },
    { metric: 'worker force layout (ForceAtlas2, to convergence)', value: `${m.worker.ms} ms, ${m.worker.iterations} iterations, ${m.worker.converged ? 'converged' : 'budget reached'}, ${m.worker.progressUpdates} progress redraws`, target: '' },
    { metric: 'stock cytoscape cose, same graph, same run', value: `${m.cose.ms} ms${m.cose.capped ? ` (stopped at the ${m.cose.capMs / 1000} s cap)` : ' (finished)'}`, target: '' },
    {
      metric: `speedup worker vs cose${m.cose.capped ? ' (lower bound)' : ''}`,
      value: `${m.cose.capped ? '>= ' : ''}${speedup.toFixed(1)}x`,
      target: `>= ${LIMITS.speedup}x`,
      pass: speedup >= LIMITS.speedup,
    },
    { metric: 'cose projection (not a target)', value: `${m.cose.iterationsDone} of ${m.cose.iterationsToFinish} iterations done, ${Math.round(perIteration)} ms each: full run ~ ${(projected / 1000).toFixed(0)} s ~ ${(projected / m.worker.ms).toFixed(0)}x`, target: '' },
    { metric: 'longest main-thread task during worker layout', value: longTasks(m.worker.longTasks), target: `<= ${LIMITS.longTaskMs} ms`, pass: m.worker.longTasks.maxMs <= LIMITS.longTaskMs },
    // cytoscape draws a frame in one task: no task can be shorter than the floor's own redraw.
    { metric: 'longest task during layout / expansion, in stock redraws (context)', value: `${(m.worker.longTasks.maxMs / m.stock.redrawMs).toFixed(1)} / ${(m.expand.longTasks.maxMs / m.stock.redrawMs).toFixed(1)}`, target: '' },
    { metric: `expand ${m.expand.addedNodes} nodes / ${m.expand.addedEdges} edges + incremental layout`, value: `${m.expand.ms} ms, ${m.expand.forceIterations} iterations`, target: '' },
    { metric: 'longest main-thread task during expansion', value: longTasks(m.expand.longTasks), target: `<= ${LIMITS.longTaskMs} ms`, pass: m.expand.longTasks.maxMs <= LIMITS.longTaskMs },
    { metric: 'nodes already on the canvas moved by the expansion', value: `${m.expand.oldNodeMaxDrift} units`, target: '0', pass: m.expand.oldNodeMaxDrift === 0 },
    { metric: 'flow layout on the UI thread', value: `${m.cheap.flowMs} ms`, target: `< ${LIMITS.cheapMs} ms`, pass: m.cheap.flowMs < LIMITS.cheapMs },
    { metric: 'timeline layout on the UI thread', value: `${m.cheap.timelineMs} ms`, target: `< ${LIMITS.cheapMs} ms`, pass: m.cheap.timelineMs < LIMITS.cheapMs },
    { metric: 'preset + placement of 500 new nodes', value: `${m.cheap.presetMs} ms`, target: `< ${LIMITS.cheapMs} ms`, pass: m.cheap.presetMs < LIMITS.cheapMs },
    { metric: 'longest main-thread task during cose (context)', value: longTasks(m.cose.longTasks), target: '' },
  ];
}

function openPhases(p: OpenPhases): string {
  return `elements ${p.elementsMs}, canvas ${p.initMs}, cy.add ${p.addMs}, batch end ${p.styleMs}, fit ${p.fitMs}, style + calculations ${p.calculateMs}, first frame ${p.firstRenderMs} ms`;
}

function longTasks(summary: { count: number; maxMs: number; totalMs: number }): string {
  return summary.count === 0 ? 'none over 50 ms' : `${summary.maxMs} ms (${summary.count} tasks over 50 ms, ${summary.totalMs} ms in all)`;
}

export function formatTable(table: Row[]): string {
  const cells = table.map((r) => [r.metric, r.value, r.target, r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL']);
  const header = ['metric', 'value', 'target', 'result'];
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}
