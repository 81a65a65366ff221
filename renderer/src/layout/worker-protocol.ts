import { forceLayout, type ForceInput } from './force';
import type { ForceOptions, LayoutResult } from './types';

/** UI thread -> worker: one force run per worker (cancel = terminate the worker). */
export interface ForceRequest {
  type: 'force';
  input: ForceInput;
  options: ForceOptions;
  /** Minimum time between two progress posts, so the UI thread is not flooded with position copies. */
  progressEveryMs: number;
}

export type WorkerReply =
  | { type: 'progress'; iteration: number; maxIterations: number; positions: Float32Array }
  | { type: 'done'; result: LayoutResult }
  | { type: 'error'; message: string };

export type Post = (reply: WorkerReply, transfer: Transferable[]) => void;

/** The worker's whole job, free of worker globals so it runs (and is tested) in Node. */
export function handleForceRequest(request: ForceRequest, post: Post, now: () => number = () => performance.now()): void {
  try {
    let lastPost = now();
    const result = forceLayout(request.input, request.options, (positions, iteration, maxIterations) => {
      if (now() - lastPost < request.progressEveryMs) return;
      lastPost = now();
      const copy = Float32Array.from(positions);
      post({ type: 'progress', iteration, maxIterations, positions: copy }, [copy.buffer]);
    });
    post({ type: 'done', result }, [result.positions.buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
  }
}
