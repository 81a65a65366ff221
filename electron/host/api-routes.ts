import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../shared/api/errors';
import { serializeError } from '../core/api/dispatcher';
import type { EngineClient } from '../core/engine/engine-client';
import { BodyTooLarge, readSmallBody, sendError, sendJson } from './http-util';
import { receiveUpload, uploadDisplayName } from './uploads';

export interface ApiLimits {
  /** Largest JSON body of an API call. */
  callBytes: number;
  /** Largest upload. */
  uploadBytes: number;
}

const HEARTBEAT_MS = 15_000;

/** POST /api/call {method, params} -> the engine's dispatcher; the reply is {ok, result} or {ok: false, error}. */
export async function handleCall(req: IncomingMessage, res: ServerResponse, engine: EngineClient, limits: ApiLimits): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse(await readSmallBody(req, limits.callBytes));
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return sendError(res, 413, { code: 'VALIDATION', message: `Request body over ${limits.callBytes} bytes.`, details: { field: 'body' } });
    }
    return sendError(res, 400, { code: 'VALIDATION', message: 'Malformed JSON request body.', details: { field: 'body' } });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return sendError(res, 400, { code: 'VALIDATION', message: 'The request body must be {method, params}.', details: { field: 'body' } });
  }
  const { method, params } = body as { method?: unknown; params?: unknown };
  const outcome = await engine.call(method, params);
  return sendJson(res, outcome.ok ? 200 : 422, outcome);
}

/** GET /api/events: Server-Sent Events, one `data:` line of {name, payload} per backend event. */
export function handleEvents(req: IncomingMessage, res: ServerResponse, engine: EngineClient): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  const unsubscribe = engine.subscribe((name, payload) => {
    res.write(`data: ${JSON.stringify({ name, payload })}\n\n`);
  });
  // A comment line now and then keeps proxies and idle timers from closing a quiet stream.
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}

/** POST /api/upload?name=...: the body is the file; it is streamed to the host's temp folder and registered. */
export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  engine: EngineClient,
  uploadDir: string,
  limits: ApiLimits,
): Promise<void> {
  try {
    const name = uploadDisplayName(url.searchParams.get('name'));
    const file = await receiveUpload(req, uploadDir, limits.uploadBytes);
    return sendJson(res, 200, { ok: true, result: await engine.registerFile(file, name, true) });
  } catch (error) {
    const status = error instanceof AppError && error.code === 'VALIDATION' ? 400 : 500;
    // The client may still be sending; answer, then drop the connection rather than drain gigabytes.
    res.setHeader('Connection', 'close');
    return sendError(res, status, serializeError(error));
  }
}
