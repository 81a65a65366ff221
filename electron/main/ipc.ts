import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_CALL, IPC_DROP, IPC_EVENT } from '../../shared/api/bridge';
import type { DispatchOutcome } from '../core/api/dispatcher';
import type { EngineClient } from '../core/engine/engine-client';
import { isAppUrl } from './origin';

/** What IPC needs of a window's engine (engine-client.ts: the backend in its own process). */
export type WindowEngine = Pick<EngineClient, 'call' | 'subscribe'>;

type SenderInfo = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

const FORBIDDEN: DispatchOutcome = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This call did not come from an Assay window.' },
};

/**
 * Finds the engine of the window that sent a call, or null when the sender is not one of our windows or the
 * frame is not our page (a subframe or a page that somehow navigated away), as electron/fiddle checks.
 */
export function trustedEngine(event: SenderInfo, engines: ReadonlyMap<number, WindowEngine>): WindowEngine | null {
  const engine = engines.get(event.sender.id);
  const frame = event.senderFrame;
  if (!engine || !frame || frame.parent !== null || !isAppUrl(frame.url)) return null;
  return engine;
}

const PATHS_FROM_PAGE: DispatchOutcome = {
  ok: false,
  error: { code: 'FORBIDDEN', message: "Files are accepted only from Assay's own file dialogs and drops." },
};

/**
 * The IPC_CALL handler: sender check, then the engine thread's dispatcher (validation, error serialization). A path
 * named by the page itself (files.fromPaths) is refused here: a compromised page could name any file on the computer.
 */
export function createCallHandler(
  engines: ReadonlyMap<number, WindowEngine>,
): (event: SenderInfo, method: unknown, params: unknown) => Promise<DispatchOutcome> {
  return async (event, method, params) => {
    const engine = trustedEngine(event, engines);
    if (!engine) return FORBIDDEN;
    return method === 'files.fromPaths' ? PATHS_FROM_PAGE : engine.call(method, params);
  };
}

/** The IPC_DROP handler: paths the preload read from dropped File objects (webUtils), registered for import. */
export function createDropHandler(engines: ReadonlyMap<number, WindowEngine>): (event: SenderInfo, paths: unknown) => Promise<DispatchOutcome> {
  return async (event, paths) => {
    const engine = trustedEngine(event, engines);
    if (!engine) return FORBIDDEN;
    // A File the page built itself has no path: webUtils answers '' for it.
    if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string' || p === '')) return PATHS_FROM_PAGE;
    return engine.call('files.fromPaths', { paths });
  };
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, engines: ReadonlyMap<number, WindowEngine>): void {
  ipcMain.handle(IPC_CALL, createCallHandler(engines));
  ipcMain.handle(IPC_DROP, createDropHandler(engines));
}

/** Forwards an engine's events to its window; returns the unsubscribe function. */
export function forwardEvents(engine: WindowEngine, contents: WebContents): () => void {
  return engine.subscribe((name, payload) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT, name, payload);
  });
}
