import { AppError, toAppError, type SerializedError } from '../../../shared/api/errors';
import type { EventName, EventPayload } from '../../../shared/api/events';
import type { PlatformServices } from '../api/backend';
import type { DispatchOutcome } from '../api/dispatcher';
import { releaseLockOf } from '../case/case-lock';
import type { RegisteredFile } from '../import/file-registry';
import { DEFAULT_CALL_LIMITS, limitFor, type CallLimits } from './call-limits';
import { engineEntry, forkEngine, type EngineProcess, type LaunchEngine } from './engine-launch';
import type { ClientMessage, EngineMessage, EngineSetup, FileRef, HeldLock, LocationSpec, OpenCase, PlatformOp } from './engine-protocol';

export interface EngineOptions {
  runtime: EngineSetup['runtime'];
  userDataDir: string;
  workspaceDir?: string;
  locations: LocationSpec;
  platform?: PlatformServices;
  limits?: Partial<CallLimits>;
  /** The engine process's entry file (tests hand in one with extra hooks); defaults to the bundled or source engine.process. */
  entry?: string;
  /**
   * How the engine process starts: Node's fork by default. The Electron shell hands in utilityProcess, since the
   * packaged app's fuses disable ELECTRON_RUN_AS_NODE (without which process.execPath would start another app).
   */
  launch?: LaunchEngine;
}

/** One engine process, with what the client must know to clean up after it. */
interface Running {
  process: EngineProcess;
  /** Settles once the process has ended: its successor may then take the case lock. */
  exited: Promise<void>;
  /** The case lock it reported holding, cleared by the client if the process dies with it. */
  lock: HeldLock | null;
}

type Listener = (name: EventName, payload: unknown) => void;

interface Request {
  id: number;
  message: Extract<ClientMessage, { id: number }>;
  /** What the caller asked for, as error messages name it. */
  label: string;
  limitMs: number;
  timer: NodeJS.Timeout | null;
  settle(outcome: DispatchOutcome): void;
}

/** Crashes in a row (no answer in between) after which the engine stays down rather than restart forever. */
const MAX_CRASHES = 3;
const CLOSE_WAIT_MS = 3_000;
/** A killed process ends at once; this only bounds the wait should the OS not report it. */
const KILL_WAIT_MS = 5_000;

/**
 * The backend in a child process, behind the one interface the Electron main process and the browser host use.
 * Every call has a time limit (call-limits.ts); a call that runs past it has the process killed (SIGKILL, which ends
 * it even inside a native SQLite statement, where a thread cannot be stopped) and a new one started with the same
 * case, grants and registered files, so a hostile or huge case cannot freeze the app. SQLite rolls back the dead
 * connection's open transaction from its journal on the next open, so an import cut short leaves the case as it was.
 */
export class EngineClient {
  /** Started by the first request, so a window or host that is never asked anything costs no process. */
  private child: Running | null = null;
  /** While a stopped process is ending: requests wait in `requests` and go to its successor, in order. */
  private stopping: Promise<void> | null = null;
  /** The id of the last request the current process reported beginning. */
  private begun = 0;
  private readonly limits: CallLimits;
  private readonly requests = new Map<number, Request>();
  private readonly listeners = new Set<Listener>();
  private readonly grants: Set<string>;
  private readonly files = new Map<string, RegisteredFile>();
  private openCase: OpenCase | null = null;
  private nextId = 1;
  /** Limits run only once the process has started (loading the engine is not the call's time)... */
  private ready = false;
  /** ...and not while a native dialog is open in the client's process: the engine then waits for the user. */
  private dialogsOpen = 0;
  private crashes = 0;
  private closed = false;
  /** What calls are answered once the engine is closed, or given up after crashing again and again. */
  private closedWith: SerializedError = { code: 'CANCELLED', message: 'The engine is closed.' };

  constructor(private readonly options: EngineOptions) {
    this.limits = { ...DEFAULT_CALL_LIMITS, ...options.limits };
    this.grants = new Set(options.locations.kind === 'granted' ? options.locations.paths : []);
  }

  /** One API call: the dispatcher in the engine validates it; the answer is {ok, result} or {ok: false, error}. */
  call(method: unknown, params: unknown): Promise<DispatchOutcome> {
    const id = this.nextId++;
    return this.request({ kind: 'call', id, method, params }, typeof method === 'string' ? method.slice(0, 80) : 'call', limitFor(method, this.limits));
  }

  /** Registers a file the client received (an upload, a drop) and answers the reference the UI may use. */
  async registerFile(filePath: string, name: string, temporary = false): Promise<FileRef> {
    const id = this.nextId++;
    const outcome = await this.request({ kind: 'register', id, path: filePath, name, temporary }, 'files.register', this.limits.quickMs);
    if (!outcome.ok) throw toAppError(outcome.error);
    return outcome.result as FileRef;
  }

  /** Lets the backend use a path the user chose outside the API (a file handed over by the OS). */
  grant(filePath: string): void {
    this.grants.add(filePath);
    this.post({ kind: 'grant', path: filePath });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** An event from the client's side (a menu command), delivered like the engine's own. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  /** Closes the case (releasing its lock) and removes temporary files, then ends the engine process. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const running = this.child;
    if (running) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, CLOSE_WAIT_MS);
        running.process.onMessage((message) => {
          if (message.kind !== 'closed') return;
          clearTimeout(timer);
          resolve();
        });
        running.process.send({ kind: 'close' });
      });
    }
    this.failAll({ code: 'CANCELLED', message: 'Assay is closing; the call was not finished.' });
    // Closed or stuck in one statement, the process is killed: nothing of the case is lost that was not already.
    this.child = null;
    await (running ? stop(running) : this.stopping);
  }

  private request(message: Request['message'], label: string, limitMs: number): Promise<DispatchOutcome> {
    if (this.closed) return Promise.resolve({ ok: false, error: this.closedWith });
    return new Promise((resolve) => {
      const request: Request = { id: message.id, message, label, limitMs, timer: null, settle: resolve };
      this.requests.set(request.id, request);
      this.send(request);
    });
  }

  private send(request: Request): void {
    if (this.stopping) return;
    try {
      (this.child ?? this.spawn()).process.send(request.message);
    } catch (error) {
      this.finish(request, { ok: false, error: { code: 'VALIDATION', message: `Arguments that cannot be sent: ${(error as Error).message}` } });
      return;
    }
    if (this.ready && this.dialogsOpen === 0) this.arm(request);
  }

  private arm(request: Request): void {
    if (request.timer) clearTimeout(request.timer);
    request.timer = setTimeout(() => this.expire(request), request.limitMs);
  }

  /** Stops every limit, then (when the engine is ready and no dialog is open) gives each call its whole limit again. */
  private rearm(): void {
    for (const request of this.requests.values()) {
      if (request.timer) clearTimeout(request.timer);
      request.timer = null;
      if (this.ready && this.dialogsOpen === 0) this.arm(request);
    }
  }

  private finish(request: Request, outcome: DispatchOutcome): void {
    if (request.timer) clearTimeout(request.timer);
    this.requests.delete(request.id);
    request.settle(outcome);
  }

  /** The watchdog: the late call fails naming its limit; calls the engine had not begun go to the new process. */
  private expire(late: Request): void {
    const seconds = formatLimit(late.limitMs);
    const reopened = this.openCase ? ' and the case reopened' : '';
    this.finish(late, {
      ok: false,
      error: {
        code: 'TIMEOUT',
        message: `${late.label} did not finish within its time limit of ${seconds}; the engine was stopped and restarted${reopened}. Nothing it had not finished was saved.`,
        details: { method: late.label, limitMs: late.limitMs },
      },
    });
    this.restart({
      code: 'TIMEOUT',
      message: `Interrupted: the engine was restarted because ${late.label} ran past its time limit of ${seconds}. Try again.`,
    });
  }

  private restart(interrupted: SerializedError): void {
    if (this.closed) return;
    const old = this.child;
    this.child = null;
    // A request whose 'begun' is still on its way when the limit strikes counts as not begun: it runs again.
    const begun = this.begun;
    const waiting = [...this.requests.values()].sort((a, b) => a.id - b.id);
    this.requests.clear();
    for (const request of waiting) {
      if (request.timer) clearTimeout(request.timer);
      request.timer = null;
      if (request.id <= begun) request.settle({ ok: false, error: interrupted });
    }
    if (this.openCase) void this.reopen(this.openCase);
    // New ids in sending order: the engine begins requests in the order they arrive, which the watchdog relies on.
    for (const request of waiting.filter((r) => r.id > begun)) {
      request.id = this.nextId++;
      request.message = { ...request.message, id: request.id };
      this.requests.set(request.id, request);
    }
    // The successor starts once the old process has ended: until then the OS still counts it as the lock's owner.
    this.stopping = (old ? stop(old) : Promise.resolve()).then(() => {
      this.stopping = null;
      if (this.closed) return;
      for (const request of [...this.requests.values()].sort((a, b) => a.id - b.id)) this.send(request);
    });
  }

  /** Opens the case the dead process had open; if that fails the UI learns the case is closed. */
  private async reopen(open: OpenCase): Promise<void> {
    // Cleared until the new process confirms: a case whose opening hangs is not opened again after the next restart.
    this.openCase = null;
    const outcome = await this.call('case.open', open);
    if (outcome.ok) return;
    console.error(`[assay] could not reopen the case after an engine restart: ${outcome.error.message}`);
    this.emit('case.changed', { reason: 'closed' });
  }

  private spawn(): Running {
    const setup: EngineSetup = {
      runtime: this.options.runtime,
      userDataDir: this.options.userDataDir,
      ...(this.options.workspaceDir ? { workspaceDir: this.options.workspaceDir } : {}),
      locations: this.options.locations.kind === 'granted' ? { kind: 'granted', paths: [...this.grants] } : this.options.locations,
      platform: Object.keys(this.options.platform ?? {}) as PlatformOp[],
      files: [...this.files],
    };
    const launched = (this.options.launch ?? forkEngine)(this.options.entry ?? engineEntry());
    const running: Running = { process: launched, exited: Promise.resolve(), lock: null };
    running.exited = new Promise((resolve) =>
      launched.onExit((how) => {
        if (running.lock) releaseLockOf(running.lock.path, running.lock.pid);
        resolve();
        if (running === this.child) this.crashed(how);
      }),
    );
    // Messages from a process already replaced (killed, still flushing its pipe) are not the current engine's.
    launched.onMessage((message) => running === this.child && this.receive(message, running));
    this.child = running;
    this.ready = false;
    this.dialogsOpen = 0;
    this.begun = 0;
    launched.send({ kind: 'setup', setup });
    return running;
  }

  private crashed(how: string): void {
    if (this.closed) return;
    this.crashes += 1;
    const error: SerializedError = { code: 'INTERNAL', message: `The engine stopped unexpectedly (${how}); see the application log.` };
    if (this.crashes >= MAX_CRASHES) {
      this.closed = true;
      this.closedWith = error;
      this.failAll(error);
      return;
    }
    this.restart(error);
  }

  private receive(message: EngineMessage, running: Running): void {
    switch (message.kind) {
      case 'begun':
        this.begun = message.id;
        return;
      case 'result': {
        this.crashes = 0;
        const request = this.requests.get(message.id);
        if (request) this.finish(request, message.outcome);
        return;
      }
      case 'event':
        for (const listener of this.listeners) listener(message.name, message.payload);
        return;
      case 'platform':
        void this.runPlatform(message.id, message.op, message.args);
        return;
      case 'granted':
        this.grants.add(message.path);
        return;
      case 'file':
        this.files.set(message.id, message.file);
        return;
      case 'session':
        this.openCase = message.open;
        running.lock = message.lock;
        return;
      case 'ready':
        this.ready = true;
        this.rearm();
        return;
      case 'closed':
        return;
    }
  }

  private async runPlatform(id: number, op: PlatformOp, args: unknown[]): Promise<void> {
    const running = this.child;
    this.dialogsOpen += 1;
    this.rearm();
    let reply: ClientMessage;
    try {
      const service = this.options.platform?.[op] as ((...a: unknown[]) => Promise<unknown>) | undefined;
      if (!service) throw new AppError('UNSUPPORTED', `${op} is not available here.`);
      reply = { kind: 'platform-reply', id, ok: true, result: await service(...args) };
    } catch (error) {
      reply = { kind: 'platform-reply', id, ok: false, error: toAppError(error).toJSON() };
    } finally {
      if (running === this.child) {
        this.dialogsOpen -= 1;
        this.rearm();
      }
    }
    // A process restarted meanwhile no longer waits for this answer.
    if (running === this.child) running?.process.send(reply);
  }

  private post(message: ClientMessage): void {
    // Without a process there is nothing to tell: the next one starts from the mirrored state.
    if (!this.closed) this.child?.process.send(message);
  }

  private failAll(error: SerializedError): void {
    for (const request of [...this.requests.values()]) this.finish(request, { ok: false, error });
  }
}

const formatLimit = (ms: number): string => (ms < 1000 ? `${ms} ms` : ms < 120_000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Math.round(ms / 60_000)} min`);

/** Kills the process and waits (bounded) until it has ended. */
function stop(running: Running): Promise<void> {
  running.process.kill();
  return Promise.race([running.exited, new Promise<void>((resolve) => setTimeout(resolve, KILL_WAIT_MS).unref())]);
}
