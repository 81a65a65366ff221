import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_CALL, IPC_EVENT } from '../../shared/api/bridge';
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

/** The IPC_CALL handler: sender check, then the shared dispatcher (validation, error serialization). */
export function createCallHandler(
  backends: ReadonlyMap<number, Backend>,
): (event: SenderInfo, method: unknown, params: unknown) => Promise<DispatchOutcome> {
  return async (event, method, params) => {
    const backend = trustedBackend(event, backends);
    return backend ? dispatch(backend, method, params) : FORBIDDEN;
  };
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, backends: ReadonlyMap<number, Backend>): void {
  ipcMain.handle(IPC_CALL, createCallHandler(backends));
}

/** Forwards a backend's events to its window; returns the unsubscribe function. */
export function forwardEvents(backend: ReturnType<typeof createBackend>, contents: WebContents): () => void {
  return backend.subscribe((name, payload) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT, name, payload);
  });
}
