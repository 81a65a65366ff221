import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ApiClient } from '../../../../shared/api/client';
import type { Finding } from '../../../../shared/domain/analysis';
import { nodeId } from '../../../../shared/domain/graph';
import { layoutFigure } from '../../../../shared/figure/layout-figure';
import { overlappingPairs } from '../../../../shared/figure/place-captions';
import { createBackend } from '../../api/create-backend';
import { inMemoryTransport } from '../../api/in-memory-transport';
import { anyPathPolicy } from '../../case/locations';
import { generateDemo } from '../../demo/generator';
import { measureDejaVu } from '../../report/figure/measure';
import { tempDir } from '../../test-support/fixtures';

// graph.findingPath / graph.tracePath on the demo case, through the dispatcher as the renderer calls them.
let api: ApiClient;
let backend: ReturnType<typeof createBackend>;
let tmp: ReturnType<typeof tempDir>;
let findings: Finding[];
const { truth } = generateDemo({});
const byDetector = (d: string): Finding => findings.find((f) => f.detector === d) as Finding;

beforeAll(async () => {
  tmp = tempDir();
  backend = createBackend({ runtime: 'memory', userDataDir: tmp.dir, locations: anyPathPolicy() });
  api = createClient(inMemoryTransport(backend));
  await api.call('demo.open', { location: path.join(tmp.dir, 'demo.assay') });
  await api.call('analysis.run', {});
  findings = await api.call('findings.list', { limit: 100 });
}, 120_000);
afterAll(() => {
  backend.session.close();
  tmp.cleanup();
});

describe('graph.findingPath', () => {
  it('lays the deposit-to-payout finding out as the typology: deposits, rental service, coinbase, payouts, the wallet', async () => {
    const input = await api.call('graph.findingPath', { findingId: byDetector('commingling-deposit-payout').id });
    const role = (id: string): string | undefined => input.nodes.find((n) => n.id === id)?.role;
    for (const d of truth.rentalDeposits) expect(role(nodeId('address', 'BTC', d.address)), d.address).toBe('rental_deposit');
    expect(role(nodeId('address', 'BTC', truth.payoutWallet))).toBe('commingled');
    for (const t of truth.poolPayoutTxids) expect(role(nodeId('tx', 'BTC', t))).toBe('payout');
    expect(input.nodes.filter((n) => n.role === 'coinbase' && n.kind === 'tx').length).toBeGreaterThan(0);
    expect(input.nodes.filter((n) => n.kind === 'service').map((n) => n.label).sort()).toEqual(['MiningRigRentals', 'NiceHash']);
    const offchain = input.flows.filter((f) => f.kind === 'offchain');
    expect(offchain.filter((f) => f.reference?.startsWith('order ')).length).toBe(3);
    const figure = layoutFigure(input, { width: 495, measure: measureDejaVu, maxHeight: 560 });
    expect(figure.lanes.map((l) => l.role)).toEqual(['perpetrator', 'rental_deposit', 'rental_service', 'coinbase', 'payout', 'commingled']);
    expect(figure.nodes.length).toBeLessThan(30);
  });

  it('shows a co-spend as payout and tainted input -> spending transaction -> destination', async () => {
    const input = await api.call('graph.findingPath', { findingId: byDetector('commingling-cospend').id });
    const role = (id: string): string | undefined => input.nodes.find((n) => n.id === id)?.role;
    expect(role(nodeId('tx', 'BTC', truth.coSpendTxid))).toBe('spend');
    expect(role(nodeId('address', 'BTC', truth.payoutWallet))).toBe('commingled');
    expect(role(nodeId('address', 'BTC', truth.exchangeDeposit))).toBe('destination');
  });

  it('gives every demo finding a figure with no overlapping captions at print width and on a wide canvas', async () => {
    for (const f of findings) {
      const input = await api.call('graph.findingPath', { findingId: f.id });
      expect(input.nodes.some((n) => n.subject), `finding ${f.id}`).toBe(true);
      for (const width of [495, 1400]) {
        const figure = layoutFigure(input, { width, measure: measureDejaVu, maxHeight: 560 });
        expect(overlappingPairs(figure.captions), `finding ${f.id} at ${width}`).toBe(0);
        // Every subject keeps its caption.
        const shown = new Set(figure.captions.map((c) => c.owner));
        for (const n of figure.nodes.filter((v) => v.subject)) expect(shown.has(n.id), `${n.id} in finding ${f.id}`).toBe(true);
        // Amounts on edges are whole: a cut "1.13264785…" hides digits and the unit.
        const cut = figure.captions.filter((c) => c.of === 'edge').flatMap((c) => c.lines).filter((l) => l.endsWith('…'));
        expect(cut, `finding ${f.id} at ${width}`).toEqual([]);
      }
    }
  });

  it('refuses a bad id with a located error and an unknown finding with NOT_FOUND', async () => {
    await expect(api.call('graph.findingPath', { findingId: 0 } as never)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(api.call('graph.findingPath', { findingId: 99999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('graph.tracePath', () => {
  it('draws the deposits a trace reached with their off-chain links to the payout wallet', async () => {
    const input = await api.call('graph.tracePath', { txids: truth.rentalDeposits.map((d) => d.txid), subjects: [] });
    expect(input.nodes.filter((n) => n.role === 'rental_deposit' && n.kind === 'address').length).toBe(truth.rentalDeposits.length);
    expect(input.nodes.find((n) => n.id === nodeId('address', 'BTC', truth.payoutWallet))?.role).toBe('commingled');
    await expect(api.call('graph.tracePath', { txids: ['nope'] } as never)).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
