import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, isAllowedRequest, secureWebPreferences } from './security';
import { FakeWebContents } from './test-support/fake-electron';

const preventable = () => ({ preventDefault: vi.fn() });

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and denies Node to the renderer', () => {
    expect(secureWebPreferences('/x/preload.cjs', false)).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(secureWebPreferences('/x/preload.cjs', true).devTools).toBe(true);
  });
});

describe('hardenWebContents', () => {
  it('prevents navigation, redirects and webviews, and denies window.open', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = preventable();
      contents.emit(name, event, 'https://evil.example/');
      expect(event.preventDefault, name).toHaveBeenCalledOnce();
    }
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://assay/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  const harden = (dev: boolean) => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    hardenSession(session as unknown as Session, dev);
    return session;
  };

  it('denies every permission request and check but clipboard writes from app://assay/', () => {
    const session = harden(false);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (w: unknown, p: string, cb: (ok: boolean) => void, d: { requestingUrl: string }) => void;
    const ask = (permission: string, requestingUrl = 'app://assay/index.html') => {
      const callback = vi.fn();
      request({}, permission, callback, { requestingUrl });
      return callback.mock.calls[0]?.[0] as boolean;
    };
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fileSystem']) {
      expect(ask(permission), permission).toBe(false);
    }
    expect(ask('clipboard-sanitized-write')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(check({}, 'media', 'app://assay')).toBe(false);
    expect(check({}, 'clipboard-read', 'app://assay')).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'app://assay')).toBe(true);
    expect(check({}, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels every request that is not app://, data: or blob: (devtools only in dev)', () => {
    const decide = (dev: boolean, url: string) => {
      const listener = harden(dev).webRequest.onBeforeRequest.mock.calls[0]?.[0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]?.[0] as { cancel: boolean };
    };
    expect(decide(false, 'app://assay/app.js')).toEqual({ cancel: false });
    expect(decide(false, 'blob:app://assay/1234')).toEqual({ cancel: false });
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'ws://evil/', 'devtools://devtools/x']) {
      expect(decide(false, url), url).toEqual({ cancel: true });
    }
    expect(decide(true, 'devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
    expect(decide(true, 'https://example.com/')).toEqual({ cancel: true });
  });

  it('reads the scheme case-insensitively and refuses scheme-less input', () => {
    expect(isAllowedRequest('APP://assay/x', false)).toBe(true);
    expect(isAllowedRequest('no-scheme', true)).toBe(false);
    expect(isAllowedRequest('', true)).toBe(false);
  });
});
