import type { SerializedError } from './errors';

/** What the preload script exposes on `window.assay` (contextBridge). The renderer's IPC transport is built on it. */
export type CallOutcome = { ok: true; result: unknown } | { ok: false; error: SerializedError };

export interface AssayBridge {
  call(method: string, params: unknown): Promise<CallOutcome>;
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
  /**
   * Registers dropped or picked File objects for import. Their paths are read in the preload's isolated world
   * (Electron's webUtils), so the page never names a path: a File it made itself has none and is refused.
   */
  dropFiles(files: File[]): Promise<CallOutcome>;
}

export const BRIDGE_KEY = 'assay';
/** IPC channel names shared by main and preload. */
export const IPC_CALL = 'assay:call';
export const IPC_EVENT = 'assay:event';
/** Paths of dropped files, sent only by the preload's dropFiles; `files.fromPaths` is refused on IPC_CALL. */
export const IPC_DROP = 'assay:drop';
