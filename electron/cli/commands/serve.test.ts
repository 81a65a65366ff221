import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/fixtures';
import { signIn } from '../../host/test-support/sign-in';
import { runCli } from '../program';

describe('assay serve', () => {
  let tmp: ReturnType<typeof tempDir>;
  const saved = { userData: process.env.ASSAY_USER_DATA, ci: process.env.CI };

  beforeEach(() => {
    tmp = tempDir();
    process.env.ASSAY_USER_DATA = path.join(tmp.dir, 'user');
    process.env.CI = '1';
  });
  afterEach(() => {
    // Assigning undefined to process.env stores the string "undefined"; absent variables are deleted instead.
    for (const [key, value] of [['ASSAY_USER_DATA', saved.userData], ['CI', saved.ci]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    tmp.cleanup();
  });

  it('prints one URL line, answers on it, and stops cleanly on SIGINT', async () => {
    let out = '';
    let err = '';
    const exit = runCli(['serve', '--workspace', path.join(tmp.dir, 'ws'), '--no-open'], { out: (t) => void (out += t), err: (t) => void (err += t) });
    await expect.poll(() => out).toMatch(/\n$/);
    const match = /^Assay is running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([0-9a-f]{64})\n$/.exec(out);
    expect(match).not.toBeNull();
    expect(err).toBe(`Cases are kept in ${path.join(tmp.dir, 'ws')}. Press Ctrl+C to stop the host.\n`);
    const [, origin, token] = match as unknown as [string, string, string];
    const session = await signIn(`${origin}/?token=${token}`);
    const info = await fetch(`${origin}/api/call`, { method: 'POST', headers: { 'x-assay-token': session.apiToken }, body: JSON.stringify({ method: 'app.info', params: {} }) });
    expect(await info.json()).toMatchObject({ ok: true, result: { runtime: 'browser-host' } });
    process.emit('SIGINT');
    expect(await exit).toBe(0);
    await expect(fetch(`${origin}/`)).rejects.toThrow();
  });

  it('refuses a port that is not a number with a usage error', async () => {
    let err = '';
    expect(await runCli(['serve', '--port', 'eighty'], { out: () => undefined, err: (t) => void (err += t) })).toBe(2);
    expect(err).toContain('expected a port number 0-65535');
  });
});
