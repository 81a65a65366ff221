import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_EVENT } from '../../shared/api/bridge';
import type { Backend } from '../core/api/backend';
import { createBackend } from '../core/api/create-backend';
import { grantedPathsPolicy } from '../core/case/locations';
import { createCallHandler, forwardEvents, registerIpc } from './ipc';
import { FakeWebContents } from './test-support/fake-electron';

let userDataDir: string;
let backend: ReturnType<typeof createBackend>;
let contents: FakeWebContents;
let call: ReturnType<typeof createCallHandler>;

beforeEach(() => {
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-ipc-'));
  backend = createBackend({ runtime: 'electron', userDataDir, locations: grantedPathsPolicy() });
  contents = new FakeWebContents();
  contents.mainFrame.url = 'app://assay/index.html';
  call = createCallHandler(new Map<number, Backend>([[contents.id, backend]]));
});
afterEach(() => {
  backend.session.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
});

const from = (sender: FakeWebContents, frame: { url: string; parent: unknown } | null = sender.mainFrame) =>
  ({ sender, senderFrame: frame }) as unknown as Parameters<typeof call>[0];

describe('IPC call handler', () => {
  it('dispatches calls from our window to its backend', async () => {
    const outcome = await call(from(contents), 'app.info', {});
    expect(outcome).toMatchObject({ ok: true, result: { runtime: 'electron' } });
  });

  it.each([
    ['a webContents that is not one of our windows', () => from(new FakeWebContents())],
    ['a page that is not app://assay/', () => from(contents, { url: 'https://evil.example/', parent: null })],
    ['a look-alike host', () => from(contents, { url: 'app://assay.evil/index.html', parent: null })],
    ['a subframe', () => from(contents, { url: 'app://assay/index.html', parent: contents.mainFrame })],
    ['a destroyed frame', () => from(contents, null)],
  ])('refuses %s with FORBIDDEN', async (_what, event) => {
    const outcome = await call(event(), 'app.info', {});
    expect(outcome).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
  });

  it('validates arguments through the dispatcher', async () => {
    const bad = await call(from(contents), 'case.open', { location: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'location' } } });
    const extra = await call(from(contents), 'app.info', { sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call(from(contents), 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses a case location the user never chose', async () => {
    const outcome = await call(from(contents), 'case.open', { location: '/etc/passwd' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('is registered on the IPC_CALL channel', () => {
    const ipcMain = { handle: vi.fn() };
    registerIpc(ipcMain, new Map());
    expect(ipcMain.handle).toHaveBeenCalledWith(IPC_CALL, expect.any(Function));
  });
});

describe('forwardEvents', () => {
  it('sends backend events to the window until unsubscribed or destroyed', () => {
    const stop = forwardEvents(backend, contents as unknown as WebContents);
    backend.emit('case.changed', { reason: 'opened' });
    expect(contents.send).toHaveBeenCalledWith(IPC_EVENT, 'case.changed', { reason: 'opened' });
    contents.destroyed = true;
    backend.emit('case.changed', { reason: 'closed' });
    contents.destroyed = false;
    stop();
    backend.emit('case.changed', { reason: 'updated' });
    expect(contents.send).toHaveBeenCalledOnce();
  });
});
