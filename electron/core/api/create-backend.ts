import path from 'node:path';
import type { EventName, EventPayload } from '../../../shared/api/events';
import { CaseSession } from '../case/case-session';
import { RecentCases } from '../case/recent-cases';
import type { LocationPolicy } from '../case/locations';
import { FileRegistry } from '../import/file-registry';
import { keysDirFor } from '../keys/key-store';
import type { Backend, PlatformServices } from './backend';

export interface BackendOptions {
  runtime: Backend['runtime'];
  userDataDir: string;
  locations: LocationPolicy;
  platform?: PlatformServices;
  workspaceDir?: string;
  /** A registry of the caller's (the engine process's, which mirrors registrations to its client). */
  files?: FileRegistry;
}

type Listener = (name: EventName, payload: unknown) => void;

/** A backend plus its event fan-out; transports subscribe to forward events to their client. */
export function createBackend(options: BackendOptions): Backend & { subscribe(listener: Listener): () => void } {
  const listeners = new Set<Listener>();
  const recent = new RecentCases(path.join(options.userDataDir, 'recent-cases.json'));
  for (const p of recent.paths()) options.locations.grant(p);
  return {
    runtime: options.runtime,
    session: new CaseSession(),
    locations: options.locations,
    recent,
    files: options.files ?? new FileRegistry(),
    platform: options.platform ?? {},
    keysDir: keysDirFor(options.userDataDir),
    ...(options.workspaceDir ? { workspaceDir: options.workspaceDir } : {}),
    emit<E extends EventName>(name: E, payload: EventPayload<E>) {
      for (const listener of listeners) listener(name, payload);
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
