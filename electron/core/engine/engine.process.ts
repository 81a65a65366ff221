import type { AppError } from '../../../shared/api/errors';
import { toAppError } from '../../../shared/api/errors';
import type { PlatformServices } from '../api/backend';
import { createBackend } from '../api/create-backend';
import { dispatch, serializeError, type DispatchOutcome } from '../api/dispatcher';
import { grantedPathsPolicy, workspacePolicy, type LocationPolicy } from '../case/locations';
import { FileRegistry } from '../import/file-registry';
import type { ClientMessage, EngineMessage, EngineSetup, PlatformOp } from './engine-protocol';

type Post = (message: EngineMessage) => void;

/** A running backend: takes the client's messages; stop() closes the case and removes temporary files. */
interface Engine {
  receive(message: ClientMessage): void;
  stop(): void;
}

/**
 * The engine process: one backend, driven by messages from its EngineClient (engine-client.ts). Long or runaway work
 * here never blocks the Electron main process or the browser host; the client's watchdog kills this process instead,
 * which ends it even inside a native SQLite statement.
 */
function serve(post: Post, setup: EngineSetup): Engine {
  const platformReplies = new Map<number, { resolve(value: unknown): void; reject(error: AppError): void }>();
  let nextPlatformId = 1;

  const backend = createBackend({
    runtime: setup.runtime,
    userDataDir: setup.userDataDir,
    locations: reportingGrants(setup, post),
    platform: proxyPlatform(setup.platform, (op, args) => {
      const id = nextPlatformId++;
      return new Promise((resolve, reject) => {
        platformReplies.set(id, { resolve, reject });
        post({ kind: 'platform', id, op, args });
      });
    }),
    files: new FileRegistry((id, file) => post({ kind: 'file', id, file })),
    ...(setup.workspaceDir ? { workspaceDir: setup.workspaceDir } : {}),
  });
  for (const [id, file] of setup.files) backend.files.restore(id, file);
  backend.subscribe((name, payload) => {
    post({ kind: 'event', name, payload });
    if (name !== 'case.changed') return;
    const { session } = backend;
    const lockPath = session.isOpen ? session.caseFile.lockPath : null;
    post({ kind: 'session', open: session.reopenAs, lock: lockPath ? { path: lockPath, pid: process.pid } : null });
  });

  const answer = (id: number, outcome: DispatchOutcome): void => {
    try {
      post({ kind: 'result', id, outcome });
    } catch (error) {
      // A result the structured clone cannot carry is a bug here, not the caller's: answer it as one.
      post({ kind: 'result', id, outcome: { ok: false, error: serializeError(error) } });
    }
  };

  const stop = (): void => {
    backend.session.close();
    backend.files.disposeTemporary();
  };

  const receive = (message: ClientMessage): void => {
    switch (message.kind) {
      case 'call':
        // Before the work: a watchdog that kills this process tells the calls that began from those it may resend.
        post({ kind: 'begun', id: message.id });
        void dispatch(backend, message.method, message.params).then((outcome) => answer(message.id, outcome));
        return;
      case 'register':
        post({ kind: 'begun', id: message.id });
        try {
          answer(message.id, { ok: true, result: backend.files.register(message.path, message.name, message.temporary) });
        } catch (error) {
          answer(message.id, { ok: false, error: serializeError(error) });
        }
        return;
      case 'grant':
        backend.locations.grant(message.path);
        return;
      case 'platform-reply': {
        const waiting = platformReplies.get(message.id);
        platformReplies.delete(message.id);
        if (message.ok) waiting?.resolve(message.result);
        else waiting?.reject(toAppError(message.error));
        return;
      }
      case 'close':
        stop();
        post({ kind: 'closed' });
        return;
      case 'setup':
        return;
    }
  };
  post({ kind: 'ready' });
  return { receive, stop };
}

/** The location policy, telling the client of every grant so a restarted engine starts with them. */
function reportingGrants(setup: EngineSetup, post: Post): LocationPolicy {
  if (setup.locations.kind === 'workspace') return workspacePolicy(setup.locations.dir);
  const policy = grantedPathsPolicy(setup.locations.paths);
  return {
    ...policy,
    grant(filePath) {
      policy.grant(filePath);
      post({ kind: 'granted', path: filePath });
    },
  };
}

/** Platform services (native dialogs) that live in the client's process, reached by message. */
function proxyPlatform(ops: PlatformOp[], ask: (op: PlatformOp, args: unknown[]) => Promise<unknown>): PlatformServices {
  return Object.fromEntries(ops.map((op) => [op, (...args: unknown[]) => ask(op, args)])) as PlatformServices;
}

/** What Electron gives a utility process: messages arrive as events carrying `data`. */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

/** The channel to the client: Electron's parentPort in a utility process, else Node's IPC channel (fork). */
function connect(): { post: Post; onMessage(listener: (message: ClientMessage) => void): void } {
  const port = Reflect.get(process, 'parentPort') as ParentPort | undefined;
  if (port) return { post: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', (event) => listener(event.data as ClientMessage)) };
  const send = process.send?.bind(process);
  if (!send) throw new Error('engine.process runs as a child process with a message channel only');
  return { post: (message) => void send(message), onMessage: (listener) => process.on('message', (message) => listener(message as ClientMessage)) };
}

const parent = connect();
let engine: Engine | null = null;
parent.onMessage((message) => {
  if (engine) engine.receive(message);
  else if (message.kind === 'setup') engine = serve(parent.post, message.setup);
});
// A client that went away without closing (its process ended): close the case properly rather than linger.
process.on('disconnect', () => {
  engine?.stop();
  process.exit(0);
});
