import { describe, expect, it } from 'vitest';
import type { AssayBridge } from '../../../shared/api/bridge';
import { detectRuntime } from './runtime';

/** Just enough of a window: the preload bridge (maybe) and meta tags (maybe). */
function fakeWindow(options: { bridge?: AssayBridge; meta?: Record<string, string> }): Window {
  const document = {
    querySelector: (selector: string) => {
      const name = /meta\[name="([^"]+)"\]/.exec(selector)?.[1] ?? '';
      const content = options.meta?.[name];
      return content === undefined ? null : { content };
    },
  };
  return { document, ...(options.bridge ? { assay: options.bridge } : {}) } as unknown as Window;
}

describe('runtime detection', () => {
  it('uses the Electron bridge when the preload exposed one, and rethrows its errors as AppErrors', async () => {
    const calls: [string, unknown][] = [];
    const bridge: AssayBridge = {
      call: async (method, params) => {
        calls.push([method, params]);
        return method === 'files.fromPaths'
          ? { ok: true, result: [{ id: 'f', name: 'a.json', size: 1 }] }
          : { ok: false, error: { code: 'NO_CASE', message: 'No case is open.' } };
      },
      onEvent: () => () => undefined,
      dropFiles: async (files) => {
        calls.push(['drop', files.map((f) => f.name)]);
        return { ok: true, result: [{ id: 'f', name: 'a.json', size: 1 }] };
      },
    };
    const runtime = detectRuntime(fakeWindow({ bridge }));
    expect(runtime?.kind).toBe('electron');
    expect(runtime?.intake.choose).toBeTypeOf('function');
    expect(await runtime?.intake.fromFiles([new File(['x'], 'a.json')])).toEqual([{ id: 'f', name: 'a.json', size: 1 }]);
    // The page hands over File objects only; it never names a path.
    expect(calls[0]).toEqual(['drop', ['a.json']]);
    await expect(runtime?.client.call('tx.get', { txid: 'ab' })).rejects.toMatchObject({ code: 'NO_CASE', message: 'No case is open.' });
  });

  it('uses the loopback host when the page carries a token, with test hooks only when the host says so', () => {
    const browser = detectRuntime(fakeWindow({ meta: { 'assay-token': 'a'.repeat(64) } }));
    expect(browser).toMatchObject({ kind: 'browser', testHooks: false });
    expect(browser?.intake.choose).toBeUndefined();
    expect(detectRuntime(fakeWindow({ meta: { 'assay-token': 'a'.repeat(64), 'assay-test-hooks': '1' } }))?.testHooks).toBe(true);
  });

  it('finds no runtime on a page opened some other way', () => {
    expect(detectRuntime(fakeWindow({}))).toBeNull();
  });
});
