import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_EVENT } from '../../shared/api/bridge';
import { EngineClient } from '../core/engine/engine-client';
import { STALLING_ENGINE } from '../core/engine/test-support/engine-fixture';
import { createCallHandler, forwardEvents, registerIpc, type WindowEngine } from './ipc';
import { FakeWebContents } from './test-support/fake-electron';

let userDataDir: string;
let engine: EngineClient;
let contents: FakeWebContents;
let call: ReturnType<typeof createCallHandler>;

beforeEach(() => {
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-ipc-'));
  engine = new EngineClient({ runtime: 'electron', userDataDir, locations: { kind: 'granted', paths: [] }, entry: STALLING_ENGINE, limits: { quickMs: 1_000 } });
  contents = new FakeWebContents();
  contents.mainFrame.url = 'app://assay/index.html';
  call = createCallHandler(new Map<number, WindowEngine>([[contents.id, engine]]));
});
afterEach(async () => {
  await engine.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
});

const from = (sender: FakeWebContents, frame: { url: string; parent: unknown } | null = sender.mainFrame) =>
  ({ sender, senderFrame: frame }) as unknown as Parameters<typeof call>[0];

describe('IPC call handler', () => {
  it('dispatches calls from our window to its engine', async () => {
    const outcome = await call(from(contents), 'app.info', {});
    expect(outcome).toMatchObject({ ok: true, result: { runtime: 'electron' } });
  });

  it('runs calls in the engine process: a call that never returns is cut at its limit while the main process keeps running', async () => {
    const caseFile = path.join(userDataDir, 'Busy.assay');
    engine.grant(caseFile);
    expect(await call(from(contents), 'case.create', { location: caseFile, header: { title: 'Busy' } })).toMatchObject({ ok: true });
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 20);
    const cut = await call(from(contents), 'graph.search', { query: 'stall' });
    clearInterval(timer);
    expect(cut).toMatchObject({ ok: false, error: { code: 'TIMEOUT', message: expect.stringContaining('graph.search did not finish within its time limit of 1 s') } });
    // This process kept its timers (menus, window events) running the whole second.
    expect(ticks).toBeGreaterThan(20);
    expect(await call(from(contents), 'case.current', {})).toMatchObject({ ok: true, result: { title: 'Busy' } });
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
  it("sends the engine's events to the window", async () => {
    const stop = forwardEvents(engine, contents as unknown as WebContents);
    const caseFile = path.join(userDataDir, 'Events.assay');
    engine.grant(caseFile);
    await call(from(contents), 'case.create', { location: caseFile, header: { title: 'Events' } });
    expect(contents.send).toHaveBeenCalledWith(IPC_EVENT, 'case.changed', { reason: 'opened' });
    stop();
  });

  it('sends engine events to the window until unsubscribed or destroyed', () => {
    const stop = forwardEvents(engine, contents as unknown as WebContents);
    engine.emit('case.changed', { reason: 'opened' });
    expect(contents.send).toHaveBeenCalledWith(IPC_EVENT, 'case.changed', { reason: 'opened' });
    contents.destroyed = true;
    engine.emit('case.changed', { reason: 'closed' });
    contents.destroyed = false;
    stop();
    engine.emit('case.changed', { reason: 'updated' });
    expect(contents.send).toHaveBeenCalledOnce();
  });
});
