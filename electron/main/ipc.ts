import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_CALL, IPC_DROP, IPC_EVENT } from '../../shared/api/bridge';
import { dispatch, type DispatchOutcome } from '../core/api/dispatcher';
import type { Backend } from '../core/api/backend';
import type { createBackend } from '../core/api/create-backend';
import { isAppUrl } from './origin';

type SenderInfo = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

const FORBIDDEN: DispatchOutcome = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This call did not come from an Assay window.' },
};

/**
 * Finds the backend of the window that sent a call, or null when the sender is not one of our windows or the
 * frame is not our page (a subframe or a page that somehow navigated away), as electron/fiddle checks.
 */
export function trustedBackend(event: SenderInfo, backends: ReadonlyMap<number, Backend>): Backend | null {
  const backend = backends.get(event.sender.id);
  const frame = event.senderFrame;
  if (!backend || !frame || frame.parent !== null || !isAppUrl(frame.url)) return null;
  return backend;
}

const PATHS_FROM_PAGE: DispatchOutcome = {
  ok: false,
  error: { code: 'FORBIDDEN', message: "Files are accepted only from Assay's own file dialogs and drops." },
};

/**
 * The IPC_CALL handler: sender check, then the shared dispatcher (validation, error serialization). A path named by
 * the page itself (files.fromPaths) is refused here: a compromised page could name any file on the computer.
 */
export function createCallHandler(
  backends: ReadonlyMap<number, Backend>,
): (event: SenderInfo, method: unknown, params: unknown) => Promise<DispatchOutcome> {
  return async (event, method, params) => {
    const backend = trustedBackend(event, backends);
    if (!backend) return FORBIDDEN;
    return method === 'files.fromPaths' ? PATHS_FROM_PAGE : dispatch(backend, method, params);
  };
}

/** The IPC_DROP handler: paths the preload read from dropped File objects (webUtils), registered for import. */
export function createDropHandler(backends: ReadonlyMap<number, Backend>): (event: SenderInfo, paths: unknown) => Promise<DispatchOutcome> {
  return async (event, paths) => {
    const backend = trustedBackend(event, backends);
    if (!backend) return FORBIDDEN;
    // A File the page built itself has no path: webUtils answers '' for it.
    if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string' || p === '')) return PATHS_FROM_PAGE;
    return dispatch(backend, 'files.fromPaths', { paths });
  };
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, backends: ReadonlyMap<number, Backend>): void {
  ipcMain.handle(IPC_CALL, createCallHandler(backends));
  ipcMain.handle(IPC_DROP, createDropHandler(backends));
}

/** Forwards a backend's events to its window; returns the unsubscribe function. */
export function forwardEvents(backend: ReturnType<typeof createBackend>, contents: WebContents): () => void {
  return backend.subscribe((name, payload) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT, name, payload);
  });
}
