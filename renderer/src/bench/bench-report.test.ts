import { describe, expect, it } from 'vitest';
import { formatTable, rows, type Measurements } from './bench-report';

const none = { count: 0, maxMs: 0, totalMs: 0 };
const good: Measurements = {
  warmUpMs: 300,
  stock: { openMs: 1000, redrawMs: 50 },
  open: {
    nodes: 5000,
    edges: 10000,
    phases: { elementsMs: 10, initMs: 20, addMs: 300, styleMs: 200, fitMs: 5, calculateMs: 300, firstRenderMs: 400 },
    totalMs: 1235,
    captions: 420,
    redrawMs: 60,
    longTasks: { count: 3, maxMs: 400, totalMs: 900 },
  },
  worker: { ms: 2000, iterations: 150, converged: true, progressUpdates: 3, longTasks: { count: 2, maxMs: 150, totalMs: 260 } },
  expand: { addedNodes: 500, addedEdges: 640, ms: 900, forceIterations: 30, oldNodeMaxDrift: 0, captions: 460, longTasks: none },
  cheap: { flowMs: 12, timelineMs: 6, presetMs: 1 },
  cose: { ms: 120_000, capped: true, capMs: 120_000, iterationsDone: 180, iterationsToFinish: 688, longTasks: { count: 190, maxMs: 700, totalMs: 119_000 } },
  load: { before: 1, after: 1.5, cores: 2 },
};

describe('benchmark report', () => {
  it('passes every target on good numbers and calls a capped cose ratio a lower bound', () => {
    const table = rows(good);
    expect(table.filter((r) => r.pass === false)).toEqual([]);
    expect(table.find((r) => r.metric.startsWith('speedup'))).toMatchObject({ metric: 'speedup worker vs cose (lower bound)', value: '>= 60.0x', pass: true });
    expect(formatTable(table)).toContain('| PASS');
    expect(table.find((r) => r.metric.startsWith('captions drawn'))?.value).toBe('420 / 460');
    expect(table.find((r) => r.metric === 'open phases (context)')?.value).toBe('elements 10, canvas 20, cy.add 300, batch end 200, fit 5, style + calculations 300, first frame 400 ms');
  });

  it('fails each target that is missed', () => {
    const bad: Measurements = {
      ...good,
      open: { ...good.open, totalMs: 2500 },
      worker: { ...good.worker, ms: 3000, longTasks: { count: 1, maxMs: 250, totalMs: 250 } },
      expand: { ...good.expand, oldNodeMaxDrift: 3 },
      cheap: { ...good.cheap, flowMs: 60 },
    };
    const failed = rows(bad).filter((r) => r.pass === false).map((r) => r.metric);
    expect(failed).toEqual([
      'open saved view (preset): create + captions drawn',
      'speedup worker vs cose (lower bound)',
      'longest main-thread task during worker layout',
      'nodes already on the canvas moved by the expansion',
      'flow layout on the UI thread',
    ]);
  });
});
