import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, IPC_CALL, IPC_DROP, IPC_EVENT, type AssayBridge } from '../../shared/api/bridge';

type Relay = (event: unknown, ...args: unknown[]) => void;

// The preload layer may not import Node built-ins, so the fake ipcRenderer keeps its own listener list.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Relay[]>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    ipcRenderer: {
      invoke: vi.fn(async () => ({ ok: true, result: 'pong' })),
      on: (channel: string, fn: Relay) => void listeners.set(channel, [...(listeners.get(channel) ?? []), fn]),
      removeListener: (channel: string, fn: Relay) =>
        void listeners.set(channel, (listeners.get(channel) ?? []).filter((f) => f !== fn)),
    },
    emit: (channel: string, ...args: unknown[]) => {
      for (const fn of listeners.get(channel) ?? []) fn({ sender: 'ipc internals' }, ...args);
    },
    getPathForFile: vi.fn(() => '/home/analyst/block.json'),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => void electron.exposed.set(key, api)) },
  ipcRenderer: electron.ipcRenderer,
  webUtils: { getPathForFile: electron.getPathForFile },
}));

const load = async (): Promise<AssayBridge> => {
  await import('./preload');
  return electron.exposed.get(BRIDGE_KEY) as AssayBridge;
};

describe('preload bridge', () => {
  it('exposes exactly one object, the three bridge functions, and nothing else', async () => {
    await load();
    expect([...electron.exposed.keys()]).toEqual([BRIDGE_KEY]);
    const bridge = electron.exposed.get(BRIDGE_KEY) as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['call', 'dropFiles', 'onEvent']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('call() invokes the IPC_CALL channel and returns the outcome', async () => {
    const bridge = await load();
    await expect(bridge.call('app.info', {})).resolves.toEqual({ ok: true, result: 'pong' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CALL, 'app.info', {});
  });

  it('onEvent() relays name and payload without the IPC event object, and unsubscribes', async () => {
    const bridge = await load();
    const listener = vi.fn();
    const off = bridge.onEvent(listener);
    electron.emit(IPC_EVENT, 'case.changed', { reason: 'opened' });
    expect(listener).toHaveBeenCalledWith('case.changed', { reason: 'opened' });
    off();
    electron.emit(IPC_EVENT, 'case.changed', { reason: 'closed' });
    expect(listener).toHaveBeenCalledOnce();
    expect(electron.listeners.get(IPC_EVENT)).toEqual([]);
  });

  it('dropFiles() reads each path with webUtils in the preload and sends only those on the IPC_DROP channel', async () => {
    const bridge = await load();
    const file = { name: 'block.json' } as File;
    await bridge.dropFiles([file]);
    expect(electron.getPathForFile).toHaveBeenCalledWith(file);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_DROP, ['/home/analyst/block.json']);
  });
});
