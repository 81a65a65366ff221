import type { SerializedError } from './errors';

/** What the preload script exposes on `window.assay` (contextBridge). The renderer's IPC transport is built on it. */
export interface AssayBridge {
  call(method: string, params: unknown): Promise<{ ok: true; result: unknown } | { ok: false; error: SerializedError }>;
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
  /** The path of a dropped File (Electron's webUtils), sent back only through files.fromPaths. */
  pathForFile(file: File): string;
}

export const BRIDGE_KEY = 'assay';
/** IPC channel names shared by main and preload. */
export const IPC_CALL = 'assay:call';
export const IPC_EVENT = 'assay:event';
