import { BRIDGE_KEY, type AssayBridge } from '../../../shared/api/bridge';
import { createClient, type ApiClient } from '../../../shared/api/client';
import type { FileRef } from '../../../shared/api/methods/import';
import type { ConnectionMonitor } from './connection';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';

/** How files the user hands over become FileRefs the backend can import. */
export interface FileIntake {
  /** Files dropped on the window or picked with a file input; uploads report their bytes as they go. */
  fromFiles(files: File[], onProgress?: (fileIndex: number, sentBytes: number, totalBytes: number) => void): Promise<FileRef[]>;
  /** A native picker (Electron); absent where the page picks files itself. */
  choose?: () => Promise<FileRef[]>;
}

export interface Runtime {
  kind: 'electron' | 'browser';
  client: ApiClient;
  intake: FileIntake;
  /** Set by the host for e2e runs only: lets the graph expose itself as window.__assayCy. */
  testHooks: boolean;
  /** The loopback host can stop under the page; Electron's backend lives and dies with the window. */
  connection?: ConnectionMonitor;
}

const meta = (doc: Document, name: string): string | null =>
  doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? null;

/** Electron when the preload bridge exists, else the loopback host whose token is in the page; null if neither. */
export function detectRuntime(win: Window): Runtime | null {
  const bridge = (win as unknown as Record<string, AssayBridge | undefined>)[BRIDGE_KEY];
  if (bridge) {
    const client = createClient(ipcTransport(bridge));
    return {
      kind: 'electron',
      client,
      testHooks: false,
      intake: {
        fromFiles: async (files) => {
          const outcome = await bridge.dropFiles(files);
          if (!outcome.ok) throw outcome.error;
          return outcome.result as FileRef[];
        },
        choose: () => client.call('files.choose', {}),
      },
    };
  }
  const token = meta(win.document, 'assay-token');
  if (!token) return null;
  const transport = httpTransport(token);
  return {
    kind: 'browser',
    client: createClient(transport),
    connection: transport.connection,
    testHooks: meta(win.document, 'assay-test-hooks') === '1',
    intake: {
      async fromFiles(files, onProgress) {
        const refs: FileRef[] = [];
        for (const [index, file] of files.entries()) refs.push(await transport.upload(file, (sent, total) => onProgress?.(index, sent, total)));
        return refs;
      },
    },
  };
}
