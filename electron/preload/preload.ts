import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, IPC_CALL, IPC_DROP, IPC_EVENT, type AssayBridge, type CallOutcome } from '../../shared/api/bridge';

// The only thing the page can reach: three functions. ipcRenderer itself never crosses the bridge.
const bridge: AssayBridge = {
  call: (method, params) => ipcRenderer.invoke(IPC_CALL, method, params) as Promise<CallOutcome>,
  onEvent(listener) {
    const relay = (_event: IpcRendererEvent, name: string, payload: unknown): void => listener(name, payload);
    ipcRenderer.on(IPC_EVENT, relay);
    return () => void ipcRenderer.removeListener(IPC_EVENT, relay);
  },
  dropFiles: (files) => ipcRenderer.invoke(IPC_DROP, files.map((file) => webUtils.getPathForFile(file))) as Promise<CallOutcome>,
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
