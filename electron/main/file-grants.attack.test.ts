import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_DROP } from '../../shared/api/bridge';
import { EngineClient } from '../core/engine/engine-client';
import { registerIpc, type WindowEngine } from './ipc';
import { FakeWebContents } from './test-support/fake-electron';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

/** Attack 9 of issue 12: in Electron a compromised page could register any path and read it through import.preview. */
describe('attack: the page cannot name a file for Electron to read', () => {
  let dir: string;
  let engine: EngineClient;
  let contents: FakeWebContents;
  const handlers = new Map<string, Handler>();
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-grants-'));
    engine = new EngineClient({ runtime: 'electron', userDataDir: dir, locations: { kind: 'granted', paths: [] } });
    contents = new FakeWebContents();
    contents.mainFrame.url = 'app://assay/index.html';
    registerIpc({ handle: vi.fn((channel: string, fn: Handler) => void handlers.set(channel, fn)) }, new Map<number, WindowEngine>([[contents.id, engine]]));
  });
  afterEach(async () => {
    await engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const event = () => ({ sender: contents, senderFrame: contents.mainFrame });

  it('files.fromPaths through the page call channel is refused, whatever the path', async () => {
    const call = handlers.get(IPC_CALL) as Handler;
    for (const p of ['/etc/passwd', path.join(os.homedir(), '.ssh', 'id_ed25519')]) {
      expect(await call(event(), 'files.fromPaths', { paths: [p] })).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: "Files are accepted only from Assay's own file dialogs and drops." },
      });
    }
  });

  it('a drop the preload could not read a path for (a File the page made) is refused; a real drop registers', async () => {
    const drop = handlers.get(IPC_DROP) as Handler;
    expect(await drop(event(), [''])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await drop(event(), 'not a list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const file = path.join(dir, 'block.json');
    fs.writeFileSync(file, '{}');
    expect(await drop(event(), [file])).toMatchObject({ ok: true, result: [{ name: 'block.json', size: 2 }] });
  });

  it('drops from a frame that is not our page are refused', async () => {
    const drop = handlers.get(IPC_DROP) as Handler;
    expect(await drop({ sender: contents, senderFrame: { url: 'https://evil.example/', parent: null } }, ['/etc/passwd'])).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
