import { describe, expect, it } from 'vitest';
import { computeLayout } from './compute-layout';
import { LayoutCancelled, runLayout, type LayoutWorker } from './run-layout';
import { ethereumTransferGraph } from './test-graphs';
import type { LayoutProgress } from './types';
import { handleForceRequest } from './worker-protocol';

const graph = ethereumTransferGraph();

/** The worker's job run in-process on a later tick, replies cloned as postMessage would; terminate drops the rest. */
function inProcessWorker() {
  const state = { terminated: false, posted: 0 };
  let deliver: Parameters<LayoutWorker['listen']>[0] = () => {};
  const worker: LayoutWorker = {
    post: (request) => {
      state.posted++;
      setTimeout(() => handleForceRequest(structuredClone(request), (reply) => !state.terminated && deliver(structuredClone(reply))));
    },
    listen: (onReply) => {
      deliver = onReply;
    },
    terminate: () => {
      state.terminated = true;
    },
  };
  return { worker, state };
}

describe('runLayout', () => {
  it('runs force in the worker, reports progress, resolves with the same positions as in-process, and ends the worker', async () => {
    const { worker, state } = inProcessWorker();
    const progress: LayoutProgress[] = [];
    const run = runLayout('force', graph, { createWorker: () => worker, progressEveryMs: 0, maxIterations: 60, batch: 20, tolerance: 0 });
    run.onProgress((p) => progress.push(p));
    const result = await run.promise;
    expect(progress.map((p) => p.iteration)).toEqual([20, 40, 60]);
    expect(result.positions).toEqual(computeLayout('force', graph, { maxIterations: 60, batch: 20, tolerance: 0 }).positions);
    expect(state).toEqual({ terminated: true, posted: 1 });
  });

  it('cancels a running force layout: the promise rejects and the worker is terminated', async () => {
    const { worker, state } = inProcessWorker();
    const run = runLayout('force', graph, { createWorker: () => worker });
    run.cancel();
    await expect(run.promise).rejects.toBeInstanceOf(LayoutCancelled);
    expect(state.terminated).toBe(true);
  });

  it('rejects with the worker’s located reason on a malformed graph', async () => {
    const { worker } = inProcessWorker();
    const run = runLayout('force', { ids: ['a'], edges: Uint32Array.from([0, 3]) }, { createWorker: () => worker });
    await expect(run.promise).rejects.toThrow('force layout failed: layout graph: edge 0 (0 -> 3) names a node outside 0..0');
  });

  it('computes the cheap kinds synchronously without a worker and keeps pinned nodes where they are', async () => {
    const n = graph.ids.length;
    const pinned = new Uint8Array(n);
    pinned[4] = 1;
    const positions = new Float32Array(2 * n).fill(Number.NaN);
    positions.set([-777, 333], 8);
    const noWorker = () => {
      throw new Error('no worker for cheap layouts');
    };
    for (const kind of ['flow', 'timeline', 'preset'] as const) {
      const result = await runLayout(kind, { ...graph, pinned, positions }, { createWorker: noWorker }).promise;
      expect([result.positions[8], result.positions[9]]).toEqual([-777, 333]);
      expect(result.positions.every(Number.isFinite)).toBe(true);
    }
  });
});
