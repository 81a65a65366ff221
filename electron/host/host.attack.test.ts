import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseFile } from '../core/case/case-file';
import { tempDir } from '../core/test-support/fixtures';
import { startHost, type RunningHost } from './start-host';
import { signIn, type HostSession } from './test-support/sign-in';

/** Attacks 5 and 9 of issue 12 against the browser host: a hostile case froze it; its URL token worked all session. */
describe('attack: the browser host', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  beforeEach(async () => {
    tmp = tempDir('assay-attack-host-');
    const staticDir = path.join(tmp.dir, 'static');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    host = await startHost({ workspaceDir: path.join(tmp.dir, 'workspace'), userDataDir: path.join(tmp.dir, 'user'), staticDir });
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
    const started = performance.now();
    const open = await (await call(session, 'case.open', { location: 'hostile.assay' })).json();
    expect(open).toMatchObject({ ok: false, error: { code: 'CASE_INVALID', message: expect.stringContaining('view "tags"') } });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await (await call(session, 'app.info', {})).json()).toMatchObject({ ok: true });
  });
});
