import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { createClient } from '../../../shared/api/client';
import { retryDelayMs } from './connection';
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

  it('uploads a File under its encoded name with progress, and checks the FileRef it gets back', async () => {
    const sent: { url: string; headers: Record<string, string>; body: unknown }[] = [];
    let reply: unknown = { ok: true, result: { id: 'f1', name: 'a b.json', size: 3 } };
    // Node has no XMLHttpRequest: a fake with the parts the transport uses.
    class FakeXhr {
      status = 200;
      response: unknown = null;
      responseType = '';
      upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      private url = '';
      private readonly headers: Record<string, string> = {};
      open(_method: string, url: string) {
        this.url = url;
      }
      setRequestHeader(name: string, value: string) {
        this.headers[name] = value;
      }
      send(body: unknown) {
        sent.push({ url: this.url, headers: this.headers, body });
        this.upload.onprogress?.({ loaded: 2, total: 3, lengthComputable: true });
        this.response = reply;
        this.onload?.();
      }
    }
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const progress: [number, number][] = [];
    const file = new File(['abc'], 'a b.json');
    const ref = await httpTransport(TOKEN).upload(file, (s, t) => progress.push([s, t]));
    expect(ref).toEqual({ id: 'f1', name: 'a b.json', size: 3 });
    expect(sent[0]).toMatchObject({ url: '/api/upload?name=a%20b.json', headers: { 'x-assay-token': TOKEN }, body: file });
    expect(progress).toEqual([[2, 3]]);
    reply = { ok: true, result: { id: 1 } };
    await expect(httpTransport(TOKEN).upload(file)).rejects.toThrow();
    reply = { ok: false, error: { code: 'VALIDATION', message: 'The file is larger than the upload limit' } };
    await expect(httpTransport(TOKEN).upload(file)).rejects.toMatchObject({ code: 'VALIDATION' });
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

  it('backs off while the host is gone (1, 2, 4 s ...), says it is lost, and is open again after Retry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      let hostUp = false;
      const sent = fakeFetch(() => (hostUp ? new Response(new ReadableStream(), { status: 200 }) : Promise.reject(new TypeError('fetch failed'))));
      const transport = httpTransport(TOKEN);
      const unsubscribe = transport.subscribe(() => undefined);
      await vi.advanceTimersByTimeAsync(10_000);
      // Attempts at 0, 1, 3 and 7 s: four in ten seconds, not ten.
      expect(sent.filter((r) => r.url === '/api/events')).toHaveLength(4);
      expect(transport.connection.get()).toMatchObject({ status: 'lost', refused: false, lastContact: null });
      hostUp = true;
      transport.connection.retryNow();
      await vi.advanceTimersByTimeAsync(0);
      expect(transport.connection.get()).toMatchObject({ status: 'open', lastContact: Date.now() });
      unsubscribe();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says so when the host answers but refuses the token (a restarted host)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fakeFetch(() => new Response('Forbidden: missing or wrong token', { status: 403 }));
      const transport = httpTransport(TOKEN);
      const unsubscribe = transport.subscribe(() => undefined);
      await vi.advanceTimersByTimeAsync(0);
      expect(transport.connection.get()).toMatchObject({ status: 'lost', refused: true });
      unsubscribe();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('retry delays', () => {
  it('double from one second and stop at thirty', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
