import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLOCK_50001, tempDir } from '../core/test-support/fixtures';
import { startHost, type RunningHost } from './start-host';
import { signIn, type HostSession } from './test-support/sign-in';

const TX_50001 = '7940cdde4d713e171849efc6bd89939185be270266c94e92369e3877ad89455a';

describe('loopback browser host', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let session: HostSession;

  const call = (method: string, params: unknown, headers: Record<string, string> = {}) =>
    fetch(`${host.origin}/api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-assay-token': session.apiToken, ...headers },
      body: JSON.stringify({ method, params }),
    });
  const cookie = () => session.cookie;

  /** Raw request: fetch cannot send a forged Host header. */
  const rawGet = (pathname: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: host.port, path: pathname, headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject);
    });

  beforeEach(async () => {
    tmp = tempDir();
    const staticDir = path.join(tmp.dir, 'static');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    fs.writeFileSync(path.join(staticDir, 'styles.css'), 'body{}');
    fs.writeFileSync(path.join(tmp.dir, 'secret.txt'), 'outside the static folder');
    host = await startHost({
      workspaceDir: path.join(tmp.dir, 'workspace'),
      userDataDir: path.join(tmp.dir, 'user'),
      staticDir,
      limits: { uploadBytes: 64 * 1024 },
    });
    session = await signIn(host.url);
  });
  afterEach(async () => {
    await host.close();
    tmp.cleanup();
  });

  it('prints a loopback URL with a 64-hex-digit token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
  });

  it('requires the session on every route', async () => {
    expect((await fetch(`${host.origin}/`)).status).toBe(403);
    expect((await fetch(`${host.origin}/styles.css`)).status).toBe(403);
    expect((await fetch(`${host.origin}/?token=${'0'.repeat(64)}`, { redirect: 'manual' })).status).toBe(403);
    expect((await call('app.info', {}, { 'x-assay-token': 'wrong' })).status).toBe(403);
    // The cookie alone does not open the API: a cross-site form could carry a cookie, never a custom header.
    const noHeader = await fetch(`${host.origin}/api/call`, {
      method: 'POST',
      headers: { cookie: cookie() },
      body: JSON.stringify({ method: 'app.info', params: {} }),
    });
    expect(noHeader.status).toBe(403);
    expect((await fetch(`${host.origin}/api/events`)).status).toBe(403);
    expect((await fetch(`${host.origin}/api/upload?name=a.json`, { method: 'POST', body: 'x' })).status).toBe(403);
  });

  it('trades the URL token for an HttpOnly SameSite=Strict session cookie and serves the page with an API token of its own', async () => {
    expect(session.cookie).toMatch(/^assay_token=[0-9a-f]{64}$/);
    expect(session.cookie).not.toContain(host.token);
    expect(session.apiToken).not.toBe(host.token);
    // The same browser reloading the printed URL is sent on; nobody else gets in with it.
    const again = await fetch(host.url, { redirect: 'manual', headers: { cookie: cookie() } });
    expect(again.status).toBe(303);
    expect(again.headers.get('set-cookie')).toBeNull();
    const page = await fetch(`${host.origin}/`, { headers: { cookie: cookie() } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await page.text()).toContain(`<meta name="assay-token" content="${session.apiToken}"></head>`);
    const css = await fetch(`${host.origin}/styles.css`, { headers: { cookie: cookie() } });
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('refuses a foreign Origin and a Host other than its own (DNS rebinding)', async () => {
    expect((await call('app.info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('app.info', {}, { origin: host.origin })).status).toBe(200);
    expect(await rawGet('/', { host: `evil.example:${host.port}`, cookie: cookie() })).toBe(403);
    expect(await rawGet('/', { host: `localhost:${host.port}`, cookie: cookie() })).toBe(200);
  });

  it('refuses path traversal out of the static folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/%00index.html', '/%E0%A4%A']) {
      expect(await rawGet(p, { host: `127.0.0.1:${host.port}`, cookie: cookie() }), p).toBe(404);
    }
  });

  it('answers wrong arguments and malformed JSON with a VALIDATION error naming the field', async () => {
    const wrong = await call('case.open', { location: 42 });
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'location' } } });
    const malformed = await fetch(`${host.origin}/api/call`, {
      method: 'POST',
      headers: { 'x-assay-token': session.apiToken },
      body: '{"method": ',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'body' } } });
    expect(await (await call('app.info', {})).json()).toMatchObject({ ok: true, result: { runtime: 'browser-host', nativeDialogs: false } });
  });

  it('streams an upload to a temporary file that import.run reads, and removes it on close', async () => {
    await call('case.create', { location: 'upload-test', header: { title: 'Upload' } });
    const uploaded = await fetch(`${host.origin}/api/upload?name=${encodeURIComponent('../../block 50001.json')}`, {
      method: 'POST',
      headers: { 'x-assay-token': session.apiToken },
      body: fs.readFileSync(BLOCK_50001),
    });
    const { result: ref } = (await uploaded.json()) as { result: { id: string; name: string; size: number } };
    expect(ref).toMatchObject({ name: 'block 50001.json', size: fs.statSync(BLOCK_50001).size });
    const imported = (await (await call('import.run', { jobId: 'j', files: [ref.id] })).json()) as {
      result: { counts: { transactions: number }; file: string }[];
    };
    expect(imported.result[0]).toMatchObject({ file: 'block 50001.json', counts: { transactions: 3 } });
    const tx = (await (await call('tx.get', { txid: TX_50001 })).json()) as { result: { blockHeight: number } };
    expect(tx.result.blockHeight).toBe(50001);
    const [upload] = fs.readdirSync(host.uploadDir);
    const tempPath = path.join(host.uploadDir, upload ?? '');
    expect(fs.statSync(tempPath).size).toBe(ref.size);
    await host.close();
    expect(fs.existsSync(tempPath)).toBe(false);
    expect(fs.existsSync(path.join(tmp.dir, 'workspace', 'upload-test.assay'))).toBe(true);
  });

  it('refuses an upload over the limit without keeping a partial file', async () => {
    const response = await fetch(`${host.origin}/api/upload?name=big.json`, {
      method: 'POST',
      headers: { 'x-assay-token': session.apiToken },
      body: Buffer.alloc(65 * 1024, 1),
    }).catch(() => null);
    // Either a clean 400 or a dropped connection, depending on how far the body got; never a registered file.
    if (response) expect(response.status).toBe(400);
    await vi.waitFor(() => expect(fs.readdirSync(host.uploadDir)).toEqual([]));
  });

  it('refuses an API body over the limit with 413', async () => {
    const response = await call('case.open', { location: 'x'.repeat(5 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'body' } } });
  });

  it('opens the case it is started with, and refuses one outside the workspace', async () => {
    const workspaceDir = path.join(tmp.dir, 'workspace');
    await call('case.create', { location: 'initial', header: { title: 'Initial' } });
    // Each host's engine is its own process, holding the lock of the case it has open.
    await call('case.close', {});
    const second = await startHost({ workspaceDir, userDataDir: path.join(tmp.dir, 'user2'), openCase: path.join(workspaceDir, 'initial.assay') });
    try {
      expect(await second.engine.call('case.current', {})).toMatchObject({ ok: true, result: { title: 'Initial', fileName: 'initial.assay' } });
    } finally {
      await second.close();
    }
    await expect(startHost({ workspaceDir, userDataDir: path.join(tmp.dir, 'user3'), openCase: path.join(tmp.dir, 'elsewhere.assay') })).rejects.toThrow(
      /not in the workspace folder/,
    );
  });

  it('delivers backend events over Server-Sent Events', async () => {
    const stream = await fetch(`${host.origin}/api/events`, { headers: { 'x-assay-token': session.apiToken } });
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = stream.body!.getReader();
    await call('case.create', { location: 'events', header: { title: 'Events' } });
    let text = '';
    while (!text.includes('case.changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('data: {"name":"case.changed","payload":{"reason":"opened"}}\n\n');
    await reader.cancel();
  });
});
