import type { EventName } from '../../../shared/api/events';
import type { FileRef } from '../../../shared/api/methods/import';
import type { SerializedError } from '../../../shared/api/errors';
import type { PlatformServices } from '../api/backend';
import type { DispatchOutcome } from '../api/dispatcher';
import type { RegisteredFile } from '../import/file-registry';

/** Where cases may live: the browser host's workspace folder, or (Electron) the paths the user granted. */
export type LocationSpec = { kind: 'workspace'; dir: string } | { kind: 'granted'; paths: string[] };

export type PlatformOp = keyof PlatformServices;

/** The engine process's first message: everything it needs to build the backend, including what survives a restart. */
export interface EngineSetup {
  runtime: 'electron' | 'browser-host';
  userDataDir: string;
  workspaceDir?: string;
  locations: LocationSpec;
  /** Native services the client offers; the engine asks for them by message. */
  platform: PlatformOp[];
  /** Files registered before a restart, under the ids the UI holds. */
  files: [string, RegisteredFile][];
}

/** How the open case was opened, so a restarted engine can open it again. */
export interface OpenCase {
  location: string;
  readOnly: boolean;
}

/** A case lock file and the process it names as its owner. */
export interface HeldLock {
  path: string;
  pid: number;
}

/** Client -> engine. The first is the setup; requests carry increasing ids and the engine begins them in order. */
export type ClientMessage =
  | { kind: 'setup'; setup: EngineSetup }
  | { kind: 'call'; id: number; method: unknown; params: unknown }
  | { kind: 'register'; id: number; path: string; name: string; temporary: boolean }
  | { kind: 'grant'; path: string }
  | { kind: 'platform-reply'; id: number; ok: true; result: unknown }
  | { kind: 'platform-reply'; id: number; ok: false; error: SerializedError }
  | { kind: 'close' };

/** Engine -> client. */
export type EngineMessage =
  | { kind: 'begun'; id: number }
  | { kind: 'result'; id: number; outcome: DispatchOutcome }
  | { kind: 'event'; name: EventName; payload: unknown }
  | { kind: 'platform'; id: number; op: PlatformOp; args: unknown[] }
  | { kind: 'granted'; path: string }
  | { kind: 'file'; id: string; file: RegisteredFile }
  /** The open case, and the lock file it holds (none when read-only) for the client to clear if the engine dies. */
  | { kind: 'session'; open: OpenCase | null; lock: HeldLock | null }
  | { kind: 'ready' }
  | { kind: 'closed' };

export type { FileRef };
