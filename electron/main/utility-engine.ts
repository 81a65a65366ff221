import type * as ElectronModule from 'electron';
import type { EngineMessage } from '../core/engine/engine-protocol';
import type { LaunchEngine } from '../core/engine/engine-launch';

/**
 * The engine as an Electron utility process: a Node process of the app's own binary that needs no
 * ELECTRON_RUN_AS_NODE (the packaged app's fuses turn that off: it would let anyone run the binary as plain Node).
 * Its messages are the same structured clones as Node's advanced IPC serialization.
 */
export function utilityEngine(utilityProcess: typeof ElectronModule.utilityProcess): LaunchEngine {
  return (entry) => {
    // stderr through this process's console, so the engine's internal errors reach the application log (app-log.ts).
    const child = utilityProcess.fork(entry, [], { serviceName: 'Assay engine', stdio: ['ignore', 'inherit', 'pipe'] });
    child.stderr?.on('data', (chunk: Buffer) => console.error(`[assay engine] ${String(chunk).trimEnd()}`));
    return {
      get pid() {
        return child.pid;
      },
      send: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message: EngineMessage) => listener(message)),
      onExit: (listener) => child.once('exit', (code) => listener(`exit code ${code}`)),
      kill: () => {
        // child.kill() asks with SIGTERM, which a process inside a native statement may never act on.
        if (child.pid === undefined) child.kill();
        else killHard(child.pid);
      },
    };
  };
}

function killHard(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone: its exit event is on its way.
  }
}
