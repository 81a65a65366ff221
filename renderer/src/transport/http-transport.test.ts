import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { createClient } from '../../../shared/api/client';
import { httpTransport } from './http-transport';

const TOKEN = 'a'.repeat(64);
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Replaces fetch with a scripted one and records what the transport sent. */
function fakeFetch(reply: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const sent: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return reply(url, init);
  });
  return sent;
}

describe('renderer HTTP transport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts {method, params} with the token header and returns the result', async () => {
    const sent = fakeFetch(() => json(200, { ok: true, result: { version: '1', runtime: 'browser-host', nativeDialogs: false } }));
    const api = createClient(httpTransport(TOKEN));
    expect(await api.call('app.info', {})).toMatchObject({ runtime: 'browser-host' });
    expect(sent[0]?.url).toBe('/api/call');
    expect(sent[0]?.init.headers).toMatchObject({ 'x-assay-token': TOKEN, 'content-type': 'application/json' });
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({ method: 'app.info', params: {} });
  });

  it('turns error replies, refusals and a dead host into AppErrors', async () => {
    const api = createClient(httpTransport(TOKEN));
    fakeFetch(() => json(422, { ok: false, error: { code: 'VALIDATION', message: 'Invalid argument location', details: { field: 'location' } } }));
    const error = await api.call('case.open', { location: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION', details: { field: 'location' } });
    fakeFetch(() => new Response('Forbidden: missing or wrong token', { status: 403 }));
    await expect(api.call('app.info', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    fakeFetch(() => Promise.reject(new TypeError('fetch failed')));
    await expect(api.call('app.info', {})).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('not reachable') });
  });

  it('uploads a File under its encoded name and checks the FileRef it gets back', async () => {
    const sent = fakeFetch(() => json(200, { ok: true, result: { id: 'f1', name: 'a b.json', size: 3 } }));
    const ref = await httpTransport(TOKEN).upload(new File(['abc'], 'a b.json'));
    expect(ref).toEqual({ id: 'f1', name: 'a b.json', size: 3 });
    expect(sent[0]?.url).toBe('/api/upload?name=a%20b.json');
    fakeFetch(() => json(200, { ok: true, result: { id: 1 } }));
    await expect(httpTransport(TOKEN).upload(new File(['abc'], 'x'))).rejects.toThrow();
  });

  it('reads events from the SSE stream and stops it when the last listener leaves', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const text = ': connected\n\ndata: {"name":"case.changed","payload":{"reason":"opened"}}\n\n';
        controller.enqueue(new TextEncoder().encode(text));
      },
    });
    let signal: AbortSignal | undefined;
    fakeFetch((_url, init) => {
      signal = init.signal ?? undefined;
      return new Response(stream, { status: 200 });
    });
    const api = createClient(httpTransport(TOKEN));
    const seen: string[] = [];
    const unsubscribe = api.on('case.changed', (p) => seen.push(p.reason));
    await expect.poll(() => seen).toEqual(['opened']);
    unsubscribe();
    expect(signal?.aborted).toBe(true);
  });
});
