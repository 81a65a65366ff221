import dns from 'node:dns';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installOfflineGuard, type OfflineGuard } from '../core/net/offline-guard';
import { BLOCK_50001, BLOCK_50002, fixture, tempDir } from '../core/test-support/fixtures';
import { runCli } from './program';

describe('offline guarantee: the engine makes no network calls', () => {
  let guard: OfflineGuard;
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir('assay-offline-');
    guard = installOfflineGuard();
  });
  afterEach(() => {
    guard.restore();
    tmp.cleanup();
  });

  it('the guard blocks and records every way out (so a pass below means something)', async () => {
    expect(() => net.connect(443, 'example.org')).toThrow(/offline guard: net.connect/);
    expect(() => new net.Socket().connect(80, '1.1.1.1')).toThrow(/offline guard/);
    expect(() => http.get('http://example.org/')).toThrow(/offline guard: http.get/);
    expect(() => dns.lookup('example.org', () => undefined)).toThrow(/offline guard: dns.lookup/);
    expect(() => dns.promises.lookup('example.org')).toThrow(/offline guard: dns.promises.lookup/);
    await expect(Promise.resolve().then(() => fetch('https://example.org/'))).rejects.toThrow(/offline guard: fetch/);
    const { connect } = await import('node:tls');
    expect(() => connect(443, 'example.org')).toThrow(/offline guard: tls.connect/);
    expect(guard.attempts).toEqual(expect.arrayContaining(['net.connect 443', 'http.get http://example.org/', 'fetch https://example.org/']));
    guard.restore();
    expect(net.connect.name).not.toBe('blocked');
  });

  it('runs the CLI workflow (init, import, show, demo, analyze, findings, trace, report, verify) with the network stubbed', async () => {
    const at = (name: string) => path.join(tmp.dir, name);
    const steps: string[][] = [
      ['init', at('c.assay'), '--title', 'Offline'],
      ['import', at('c.assay'), BLOCK_50001, BLOCK_50002],
      ['import', at('c.assay'), fixture('graphsense-tagpacks/packs/lazarus.yaml')],
      ['import', at('c.assay'), fixture('ofac-sanctioned-addresses/sanctioned_addresses_XBT.txt'), '--format', 'sanctions-list'],
      ['show', at('c.assay'), 'tx', '7940cdde4d713e171849efc6bd89939185be270266c94e92369e3877ad89455a', '--json'],
      ['show', at('c.assay'), 'address', '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ'],
      ['demo', at('demo.assay')],
      ['analyze', at('demo.assay')],
      ['findings', at('demo.assay'), '--json'],
      ['trace', at('c.assay'), '--from', '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ', '--hops', '3'],
      ['report', at('demo.assay'), '--out', at('package'), '--zip'],
      ['verify', at('package')],
      ['verify', at('demo.assay')],
    ];
    for (const argv of steps) {
      let err = '';
      const code = await runCli(argv, { out: () => undefined, err: (s) => void (err += s) });
      expect({ argv: argv.join(' '), code, err }).toEqual({ argv: argv.join(' '), code: 0, err: '' });
    }
    expect(guard.attempts).toEqual([]);
  });
});
