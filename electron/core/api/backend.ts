import type { EventName, EventPayload } from '../../../shared/api/events';
import type { FileRef } from '../../../shared/api/methods/import';
import type { LocationPolicy } from '../case/locations';
import type { RecentCases } from '../case/recent-cases';
import type { CaseSession } from '../case/case-session';
import type { FileRegistry } from '../import/file-registry';

/** Native capabilities a runtime may offer (Electron dialogs); the browser host and tests offer none. */
export interface PlatformServices {
  chooseNewCasePath?(suggestedName: string): Promise<string | null>;
  chooseExistingCasePath?(): Promise<string | null>;
  chooseImportFiles?(): Promise<string[]>;
  /** A folder for an evidence package (Electron: showOpenDialog with openDirectory, createDirectory). */
  chooseExportFolder?(): Promise<string | null>;
}

export type EmitEvent = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** Everything a handler may touch. One per window (Electron), per host, or per test. */
export interface Backend {
  readonly runtime: 'electron' | 'browser-host' | 'memory';
  readonly session: CaseSession;
  readonly locations: LocationPolicy;
  readonly recent: RecentCases;
  readonly files: FileRegistry;
  readonly platform: PlatformServices;
  /** Folder the browser host keeps cases in; undefined elsewhere. */
  readonly workspaceDir?: string;
  /** Folder of the examiner's signing key (keys/key-store.ts). */
  readonly keysDir: string;
  emit: EmitEvent;
}

export type { FileRef };
