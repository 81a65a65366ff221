import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseFile } from '../core/case/case-file';
import { STALLING_ENGINE } from '../core/engine/test-support/engine-fixture';
import { tempDir } from '../core/test-support/fixtures';
import { startHost, type RunningHost } from './start-host';
import { signIn, type HostSession } from './test-support/sign-in';

const QUICK_LIMIT_MS = 1_500;

/** Attacks 5 and 9 of issue 12 against the browser host: a hostile case froze it; its URL token worked all session. */
describe('attack: the browser host', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  beforeEach(async () => {
    tmp = tempDir('assay-attack-host-');
    const staticDir = path.join(tmp.dir, 'static');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    fs.writeFileSync(path.join(staticDir, 'styles.css'), 'body{}');
    host = await startHost({
      workspaceDir: path.join(tmp.dir, 'workspace'),
      userDataDir: path.join(tmp.dir, 'user'),
      staticDir,
      // graph.search for "stall" never returns (a runaway query); every other call behaves as usual.
      engine: { entry: STALLING_ENGINE, limits: { quickMs: QUICK_LIMIT_MS } },
    });
  });
  afterEach(async () => {
    await host.close();
    tmp.cleanup();
  });
  const call = (session: HostSession, method: string, params: unknown) =>
    fetch(`${host.origin}/api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-assay-token': session.apiToken },
      body: JSON.stringify({ method, params }),
    });

  it('the printed URL opens one browser session; replayed from history by anyone else it is refused, and never opens the API', async () => {
    const first = await fetch(host.url, { redirect: 'manual' });
    expect(first.headers.get('set-cookie')).toMatch(/^assay_token=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=\/$/);
    const replay = await fetch(host.url, { redirect: 'manual' });
    expect(replay.status).toBe(403);
    expect(await replay.text()).toContain('already used');
    const withUrlToken = await fetch(`${host.origin}/api/call`, {
      method: 'POST',
      headers: { 'x-assay-token': host.token },
      body: JSON.stringify({ method: 'app.info', params: {} }),
    });
    expect(withUrlToken.status).toBe(403);
  });

  it('a case whose table was replaced by a recursive view is refused at once, and the host keeps answering', async () => {
    const session = await signIn(host.url);
    const file = path.join(tmp.dir, 'workspace', 'hostile.assay');
    CaseFile.create(file, { title: 'hostile' }).close();
    const db = new Database(file);
    db.exec(`DROP TABLE tags; CREATE VIEW tags AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS id FROM r;`);
    db.close();
    // The engine process is up (the limit is about refusing the case, not about starting the engine).
    expect(await (await call(session, 'app.info', {})).json()).toMatchObject({ ok: true });
    const started = performance.now();
    const open = await (await call(session, 'case.open', { location: 'hostile.assay' })).json();
    expect(open).toMatchObject({ ok: false, error: { code: 'CASE_INVALID', message: expect.stringContaining('view "tags"') } });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await (await call(session, 'app.info', {})).json()).toMatchObject({ ok: true });
  });

  it('a query that never returns is cut at its time limit while the host keeps serving pages, events and calls', async () => {
    const session = await signIn(host.url);
    const asBrowser = { headers: { cookie: session.cookie } };
    expect(await (await call(session, 'case.create', { location: 'busy', header: { title: 'Busy' } })).json()).toMatchObject({ ok: true });
    const events = await fetch(`${host.origin}/api/events`, { headers: { 'x-assay-token': session.apiToken } });
    const began = performance.now();
    const stalled = call(session, 'graph.search', { query: 'stall' }).then(async (r) => ({ body: await r.json(), ms: performance.now() - began }));
    // While the engine process spins, this one still answers at once.
    const page = await fetch(`${host.origin}/styles.css`, asBrowser);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('body{}');
    expect(performance.now() - began).toBeLessThan(QUICK_LIMIT_MS);
    // A quick call sent meanwhile is answered by the restarted engine, with the case open again.
    const meanwhile = call(session, 'case.current', {}).then((r) => r.json());
    const cut = await stalled;
    expect(cut.body).toMatchObject({
      ok: false,
      error: { code: 'TIMEOUT', message: expect.stringContaining(`graph.search did not finish within its time limit of 1.5 s`), details: { limitMs: QUICK_LIMIT_MS } },
    });
    expect(cut.ms).toBeGreaterThanOrEqual(QUICK_LIMIT_MS - 10);
    expect(cut.ms).toBeLessThan(QUICK_LIMIT_MS + 5_000);
    expect(await meanwhile).toMatchObject({ ok: true, result: { title: 'Busy' } });
    expect(await (await call(session, 'graph.search', { query: 'Busy' })).json()).toMatchObject({ ok: true });
    // The event stream survived the restart: the reopened case announces itself on it.
    const reader = events.body!.getReader();
    let text = '';
    while (!text.includes('"reason":"opened"')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    expect(text).toContain('"name":"case.changed","payload":{"reason":"opened"}');
    await reader.cancel();
  });
});
