import type { EventName } from '../../../shared/api/events';
import type { FileRef } from '../../../shared/api/methods/import';
import type { SerializedError } from '../../../shared/api/errors';
import type { PlatformServices } from '../api/backend';
import type { DispatchOutcome } from '../api/dispatcher';
import type { RegisteredFile } from '../import/file-registry';

/** Where cases may live: the browser host's workspace folder, or (Electron) the paths the user granted. */
export type LocationSpec = { kind: 'workspace'; dir: string } | { kind: 'granted'; paths: string[] };

export type PlatformOp = keyof PlatformServices;

/** The worker's workerData: everything it needs to build the backend, including what survives a restart. */
export interface EngineSetup {
  runtime: 'electron' | 'browser-host';
  userDataDir: string;
  workspaceDir?: string;
  locations: LocationSpec;
  /** Native services the client offers; the worker asks for them by message. */
  platform: PlatformOp[];
  /** Files registered before a restart, under the ids the UI holds. */
  files: [string, RegisteredFile][];
  /** One Int32: the id of the last request the worker began, read by the watchdog without a message round trip. */
  started: SharedArrayBuffer;
}

/** How the open case was opened, so a restarted worker can open it again. */
export interface OpenCase {
  location: string;
  readOnly: boolean;
}

/** Client -> worker. Requests carry increasing ids; the worker takes them in order. */
export type ClientMessage =
  | { kind: 'call'; id: number; method: unknown; params: unknown }
  | { kind: 'register'; id: number; path: string; name: string; temporary: boolean }
  | { kind: 'grant'; path: string }
  | { kind: 'platform-reply'; id: number; ok: true; result: unknown }
  | { kind: 'platform-reply'; id: number; ok: false; error: SerializedError }
  | { kind: 'close' };

/** Worker -> client. */
export type WorkerMessage =
  | { kind: 'result'; id: number; outcome: DispatchOutcome }
  | { kind: 'event'; name: EventName; payload: unknown }
  | { kind: 'platform'; id: number; op: PlatformOp; args: unknown[] }
  | { kind: 'granted'; path: string }
  | { kind: 'file'; id: string; file: RegisteredFile }
  | { kind: 'session'; open: OpenCase | null }
  | { kind: 'ready' }
  | { kind: 'closed' };

export type { FileRef };
