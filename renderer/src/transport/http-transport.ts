import { isSerializedError, type SerializedError } from '../../../shared/api/errors';
import { FileRef } from '../../../shared/api/methods/import';
import type { Transport } from '../../../shared/api/transport';
import { connectionTracker, type ConnectionMonitor } from './connection';
import { createSseParser } from './sse-parser';

const UNREACHABLE: SerializedError = { code: 'INTERNAL', message: 'The Assay host is not reachable. Is `assay serve` still running?' };

export type UploadProgress = (sentBytes: number, totalBytes: number) => void;

export interface HttpTransport extends Transport {
  /** Streams a File to the host (POST /api/upload) and returns its reference for import.run. */
  upload(file: File, onProgress?: UploadProgress): Promise<FileRef>;
  /** The event stream's health: lost when the host stops, with backed-off retries. */
  connection: ConnectionMonitor;
}

/** The host answers {ok, result} or {ok: false, error}; anything else (a 403 page, a proxy) becomes an AppError shape. */
function interpretReply(status: number, reply: unknown): unknown {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    const outcome = reply as { ok: boolean; result?: unknown; error?: unknown };
    if (outcome.ok) return outcome.result;
    throw isSerializedError(outcome.error) ? outcome.error : UNREACHABLE;
  }
  throw { code: status === 403 ? 'FORBIDDEN' : 'INTERNAL', message: `The host refused the request (HTTP ${status}).` };
}

/** XMLHttpRequest, not fetch, for uploads: only it reports upload progress, which a multi-gigabyte file needs. */
function sendWithProgress(url: string, headers: Record<string, string>, file: File, onProgress?: UploadProgress): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.responseType = 'json';
    if (onProgress) xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      try {
        resolve(interpretReply(xhr.status, xhr.response));
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(UNREACHABLE);
    xhr.send(file);
  });
}

/** The loopback host's API: every request carries the page's token in a header (cookies alone are refused). */
export function httpTransport(token: string): HttpTransport {
  const headers = { 'x-assay-token': token };
  const listeners = new Set<(name: string, payload: unknown) => void>();
  let stream: AbortController | null = null;
  const connection = connectionTracker();

  const postJson = async (url: string, payload: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    } catch {
      throw UNREACHABLE;
    }
    return interpretReply(response.status, await response.json().catch(() => null));
  };

  async function runEvents(controller: AbortController): Promise<void> {
    while (!controller.signal.aborted) {
      let refused = false;
      try {
        const response = await fetch('/api/events', { headers, signal: controller.signal });
        refused = response.status === 403;
        if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
        connection.opened();
        const parser = createSseParser((data) => {
          const { name, payload } = JSON.parse(data) as { name: string; payload: unknown };
          for (const listener of listeners) listener(name, payload);
        });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          connection.touch();
          parser.push(value);
        }
      } catch {
        // Fall through to a backed-off reconnect; an abort ends the loop.
      }
      // A stream that ends is a host that stopped as much as one that never answered.
      if (!controller.signal.aborted) await connection.failed(refused, controller.signal);
    }
  }

  return {
    connection,
    call: (method, params) => postJson('/api/call', { method, params }),
    subscribe(listener) {
      listeners.add(listener);
      if (!stream) {
        stream = new AbortController();
        void runEvents(stream);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stream?.abort();
          stream = null;
        }
      };
    },
    async upload(file, onProgress) {
      const url = `/api/upload?name=${encodeURIComponent(file.name)}`;
      return FileRef.parse(await sendWithProgress(url, { ...headers, 'content-type': 'application/octet-stream' }, file, onProgress));
    },
  };
}
