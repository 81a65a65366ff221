import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createAppProtocolHandler, resolveAppFile } from './protocol';

let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Assay</title>');
  fs.writeFileSync(path.join(root, 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  // A file beside the served folder: every traversal below aims at it.
  fs.writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
  serve = createAppProtocolHandler(root);
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves the renderer files with their content type and the CSP', async () => {
    const index = await get('app://assay/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<title>Assay</title>');

    const script = await get('app://assay/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('app://assay/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('has a strict policy: no inline or remote scripts, no plugins, no framing, no base rewriting', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'img-src': "'self' data: blob:",
      'worker-src': "'self' blob:",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*|https?:/);
  });

  it('agrees with the meta policy in the renderer page, plus the header-only frame-ancestors', () => {
    const page = fs.readFileSync(path.resolve(__dirname, '../../renderer/public/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1];
    const directives = (policy: string) => new Set(policy.split(';').map((d) => d.trim().replace(/\s+/g, ' ')));
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete("frame-ancestors 'none'");
    expect(header).toEqual(directives(meta ?? ''));
  });

  it.each([
    'app://assay/..%2fsecret.txt',
    'app://assay/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://assay/..%5csecret.txt',
    'app://assay/index.html%00.png',
    'app://other/index.html',
    'app://assay/%E0%A4%A',
  ])('refuses %s with 403', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('keeps ../ and %2e%2e/ segments inside the root (the URL parser folds them) and finds nothing there', async () => {
    const folded = ['app://assay/../../etc/passwd', 'app://assay/../secret.txt', 'app://assay/assets/../../secret.txt', 'app://assay/%2e%2e/secret.txt'];
    for (const url of folded) {
      const file = resolveAppFile(root, url);
      expect(file && path.relative(root, file).startsWith('..')).toBe(false);
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/TOP SECRET|root:/);
    }
  });

  it('answers 404 for missing files and folders, 405 for writes', async () => {
    expect((await get('app://assay/missing.js')).status).toBe(404);
    expect((await get('app://assay/assets/')).status).toBe(404);
    expect((await get('app://assay/index.html', 'POST')).status).toBe(405);
    const head = await get('app://assay/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
