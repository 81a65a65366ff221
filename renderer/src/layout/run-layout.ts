import { computeLayout, forceInput } from './compute-layout';
import type { LayoutGraph, LayoutKind, LayoutOptionsByKind, LayoutProgress, LayoutResult } from './types';
import type { ForceRequest, WorkerReply } from './worker-protocol';

/** The worker as runLayout uses it; `browserWorker` wraps a real Web Worker, tests pass an in-process fake. */
export interface LayoutWorker {
  post(request: ForceRequest): void;
  listen(onReply: (reply: WorkerReply) => void, onError: (message: string) => void): void;
  terminate(): void;
}

export type RunOptions<K extends LayoutKind> = LayoutOptionsByKind[K] & {
  createWorker?: () => LayoutWorker;
  /** Force only: minimum milliseconds between progress callbacks (default 100). */
  progressEveryMs?: number;
};

export interface LayoutRun {
  promise: Promise<LayoutResult>;
  /** Stops a running force layout (its promise rejects with LayoutCancelled); no-op once settled. */
  cancel(): void;
  /** Intermediate positions of a force layout, to animate the canvas; returns the run for chaining. */
  onProgress(listener: (progress: LayoutProgress) => void): LayoutRun;
}

export class LayoutCancelled extends Error {
  constructor() {
    super('layout cancelled');
    this.name = 'LayoutCancelled';
  }
}

/** A module Web Worker running dist/renderer/layout.worker.js (bundled next to the page's script). */
export function browserWorker(url: URL | string = new URL('./layout.worker.js', import.meta.url)): LayoutWorker {
  const worker = new Worker(url, { type: 'module' });
  return {
    post: (request) => worker.postMessage(request),
    listen: (onReply, onError) => {
      worker.onmessage = (event: MessageEvent<WorkerReply>) => onReply(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onError(event.message || 'the layout worker failed to start');
      };
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * Runs a layout: 'force' in a Web Worker (one per run, terminated when done or cancelled), the others synchronously
 * on the calling thread (each stays well under 50 ms at 5,000 nodes).
 */
export function runLayout<K extends LayoutKind>(kind: K, graph: LayoutGraph, options: RunOptions<K> = {} as RunOptions<K>): LayoutRun {
  const { createWorker = browserWorker, progressEveryMs = 100, ...layoutOptions } = options;
  const listeners: ((progress: LayoutProgress) => void)[] = [];
  const run: LayoutRun = {
    promise: Promise.resolve({ positions: new Float32Array(0) }),
    cancel: () => {},
    onProgress: (listener) => {
      listeners.push(listener);
      return run;
    },
  };
  if (kind !== 'force') {
    try {
      run.promise = Promise.resolve(computeLayout(kind, graph, layoutOptions as LayoutOptionsByKind[K]));
    } catch (error) {
      run.promise = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return run;
  }
  run.promise = new Promise<LayoutResult>((resolve, reject) => {
    const worker = createWorker();
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      finish();
    };
    run.cancel = () => settle(() => reject(new LayoutCancelled()));
    worker.listen(
      (reply) => {
        if (reply.type === 'progress') {
          if (!settled) for (const listener of listeners) listener(reply);
        } else if (reply.type === 'done') settle(() => resolve(reply.result));
        else settle(() => reject(new Error(`force layout failed: ${reply.message}`)));
      },
      (message) => settle(() => reject(new Error(`force layout worker: ${message}`))),
    );
    worker.post({ type: 'force', input: forceInput(graph), options: layoutOptions, progressEveryMs });
  });
  return run;
}
