import type { EventName, EventPayload } from './events';

/** What a renderer or test needs from a backend connection. Implementations: Electron IPC, loopback HTTP, in-memory. */
export interface Transport {
  call(method: string, params: unknown): Promise<unknown>;
  /** Subscribes to every event; returns an unsubscribe function. */
  subscribe(listener: (name: string, payload: unknown) => void): () => void;
}

export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;
