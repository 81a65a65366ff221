/** The event stream's health, for the banner that says the host is gone. */
export interface ConnectionState {
  /** connecting: the first attempt; retrying: an attempt after the stream was lost. */
  status: 'connecting' | 'open' | 'lost' | 'retrying';
  /** When the stream last answered (ms since the epoch); null before the first answer. */
  lastContact: number | null;
  /** When the next attempt starts (ms since the epoch), while lost. */
  nextRetryAt: number | null;
  /** The host answered but refused the page's token: a restarted host, which wants its new URL. */
  refused: boolean;
}

export interface ConnectionMonitor {
  get(): ConnectionState;
  subscribe(listener: (state: ConnectionState) => void): () => void;
  /** Ends the current wait and tries again at once. */
  retryNow(): void;
}

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

/** Doubling waits after each failed attempt in a row (1 s, 2 s, 4 s ... 30 s): a stopped host is not asked every second. */
export const retryDelayMs = (failures: number): number => Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));

/** The stream loop's side of the monitor: it reports contact and failures, and waits out the back-off here. */
export interface ConnectionTracker extends ConnectionMonitor {
  opened(): void;
  /** Records a failed or ended stream and waits before the next attempt (cut short by retryNow or the signal). */
  failed(refused: boolean, signal: AbortSignal): Promise<void>;
  touch(): void;
}

export function connectionTracker(now: () => number = Date.now): ConnectionTracker {
  let state: ConnectionState = { status: 'connecting', lastContact: null, nextRetryAt: null, refused: false };
  let failures = 0;
  let wake: (() => void) | null = null;
  const listeners = new Set<(state: ConnectionState) => void>();
  const set = (next: ConnectionState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    retryNow() {
      if (state.status === 'lost') set({ ...state, status: 'retrying', nextRetryAt: null });
      wake?.();
    },
    opened() {
      failures = 0;
      set({ status: 'open', lastContact: now(), nextRetryAt: null, refused: false });
    },
    touch() {
      state = { ...state, lastContact: now() };
    },
    failed(refused, signal) {
      failures += 1;
      const delay = retryDelayMs(failures);
      set({ ...state, status: 'lost', nextRetryAt: now() + delay, refused });
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          wake = null;
          resolve();
        };
        const timer = setTimeout(done, delay);
        signal.addEventListener('abort', done);
        wake = done;
      });
    },
  };
}
