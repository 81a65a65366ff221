import { isSerializedError, type SerializedError } from '../../../shared/api/errors';
import { FileRef } from '../../../shared/api/methods/import';
import type { Transport } from '../../../shared/api/transport';
import { createSseParser } from './sse-parser';

const RECONNECT_MS = 1000;
const UNREACHABLE: SerializedError = { code: 'INTERNAL', message: 'The Assay host is not reachable. Is `assay serve` still running?' };

export interface HttpTransport extends Transport {
  /** Streams a File to the host (POST /api/upload) and returns its reference for import.run. */
  upload(file: File): Promise<FileRef>;
}

/** The loopback host's API: every request carries the page's token in a header (cookies alone are refused). */
export function httpTransport(token: string): HttpTransport {
  const headers = { 'x-assay-token': token };
  const listeners = new Set<(name: string, payload: unknown) => void>();
  let stream: AbortController | null = null;

  const post = async (url: string, body: BodyInit, contentType: string): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': contentType }, body });
    } catch {
      throw UNREACHABLE;
    }
    const reply: unknown = await response.json().catch(() => null);
    if (reply && typeof reply === 'object' && 'ok' in reply) {
      const outcome = reply as { ok: boolean; result?: unknown; error?: unknown };
      if (outcome.ok) return outcome.result;
      throw isSerializedError(outcome.error) ? outcome.error : UNREACHABLE;
    }
    throw { code: response.status === 403 ? 'FORBIDDEN' : 'INTERNAL', message: `The host refused the request (HTTP ${response.status}).` };
  };

  async function runEvents(controller: AbortController): Promise<void> {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch('/api/events', { headers, signal: controller.signal });
        if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
        const parser = createSseParser((data) => {
          const { name, payload } = JSON.parse(data) as { name: string; payload: unknown };
          for (const listener of listeners) listener(name, payload);
        });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.push(value);
        }
      } catch {
        // Fall through to a delayed reconnect; an abort ends the loop.
      }
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  }

  return {
    call: (method, params) => post('/api/call', JSON.stringify({ method, params }), 'application/json'),
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
    async upload(file) {
      const result = await post(`/api/upload?name=${encodeURIComponent(file.name)}`, file, 'application/octet-stream');
      return FileRef.parse(result);
    },
  };
}
