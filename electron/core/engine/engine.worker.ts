import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { AppError} from '../../../shared/api/errors';
import { toAppError } from '../../../shared/api/errors';
import type { PlatformServices } from '../api/backend';
import { createBackend } from '../api/create-backend';
import { dispatch, serializeError, type DispatchOutcome } from '../api/dispatcher';
import { grantedPathsPolicy, workspacePolicy, type LocationPolicy } from '../case/locations';
import { FileRegistry } from '../import/file-registry';
import type { ClientMessage, EngineSetup, PlatformOp, WorkerMessage } from './engine-protocol';

/**
 * The engine thread: one backend, driven by messages from its EngineClient (engine-client.ts). Long or runaway work
 * here never blocks the Electron main process or the browser host; the client's watchdog restarts this thread instead.
 */
function serve(port: MessagePort, setup: EngineSetup): void {
  const post = (message: WorkerMessage): void => port.postMessage(message);
  const started = new Int32Array(setup.started);
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
    if (name === 'case.changed') post({ kind: 'session', open: backend.session.reopenAs });
  });

  const answer = (id: number, outcome: DispatchOutcome): void => {
    try {
      post({ kind: 'result', id, outcome });
    } catch (error) {
      // A result the structured clone cannot carry is a bug here, not the caller's: answer it as one.
      post({ kind: 'result', id, outcome: { ok: false, error: serializeError(error) } });
    }
  };

  port.on('message', (message: ClientMessage) => {
    switch (message.kind) {
      case 'call':
        Atomics.store(started, 0, message.id);
        void dispatch(backend, message.method, message.params).then((outcome) => answer(message.id, outcome));
        return;
      case 'register':
        Atomics.store(started, 0, message.id);
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
        backend.session.close();
        backend.files.disposeTemporary();
        post({ kind: 'closed' });
        return;
    }
  });
  post({ kind: 'ready' });
}

/** The location policy, telling the client of every grant so a restarted worker starts with them. */
function reportingGrants(setup: EngineSetup, post: (message: WorkerMessage) => void): LocationPolicy {
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

/** Platform services (native dialogs) that live on the client's thread, reached by message. */
function proxyPlatform(ops: PlatformOp[], ask: (op: PlatformOp, args: unknown[]) => Promise<unknown>): PlatformServices {
  return Object.fromEntries(ops.map((op) => [op, (...args: unknown[]) => ask(op, args)])) as PlatformServices;
}

if (!parentPort) throw new Error('engine.worker runs as a worker thread only');
serve(parentPort, workerData as EngineSetup);
