import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ApiClient } from '../../../shared/api/client';
import { nodeId } from '../../../shared/domain/graph';
import { ViewData } from '../../../shared/domain/view';
import { createBackend } from '../api/create-backend';
import { inMemoryTransport } from '../api/in-memory-transport';
import { verifyAuditChain } from '../audit/audit-log';
import { anyPathPolicy } from '../case/locations';
import { generateDemo } from '../demo/generator';
import { tempDir } from '../test-support/fixtures';

// The demo case through the dispatcher: the same calls the renderer makes.
let api: ApiClient;
let backend: ReturnType<typeof createBackend>;
let tmp: ReturnType<typeof tempDir>;
const { truth } = generateDemo({});
const addr = (a: string) => nodeId('address', 'BTC', a);
const tx = (t: string) => nodeId('tx', 'BTC', t);

beforeAll(async () => {
  tmp = tempDir();
  backend = createBackend({ runtime: 'memory', userDataDir: tmp.dir, locations: anyPathPolicy() });
  api = createClient(inMemoryTransport(backend));
  await api.call('demo.open', { location: path.join(tmp.dir, 'demo.assay') });
});
afterAll(() => {
  backend.session.close();
  tmp.cleanup();
});

describe('graph.expand / graph.expandCounts', () => {
  it('counts before expanding, and the expansion adds exactly the counted nodes with edges touching the seed', async () => {
    const seed = tx(truth.consolidationTxid);
    const counts = await api.call('graph.expandCounts', { nodeIds: [seed], direction: 'both', hops: 1 });
    expect(counts.total).toBeGreaterThan(1);
    expect(counts.perNode).toEqual([{ nodeId: seed, count: counts.total, capped: false }]);
    const slice = await api.call('graph.expand', { nodeIds: [seed], direction: 'both', hops: 1, limit: 1000 });
    expect(slice.nodes).toHaveLength(counts.total + 1);
    expect(slice.truncated).toBe(false);
    // A tx's one-hop neighbours are addresses, each joined to it by an edge.
    expect(slice.nodes.filter((n) => n.id !== seed).every((n) => n.kind === 'address')).toBe(true);
    for (const n of slice.nodes.filter((x) => x.id !== seed)) {
      expect(slice.edges.some((e) => (e.source === n.id && e.target === seed) || (e.source === seed && e.target === n.id))).toBe(true);
    }
    // The victims paid collectors, which fund the consolidation: backwards from it we reach collector addresses.
    const back = await api.call('graph.expand', { nodeIds: [seed], direction: 'in', hops: 1 });
    expect(back.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(truth.collectors.slice(0, 1).map(addr)));
    expect(back.edges.every((e) => e.target === seed)).toBe(true);
  });

  it('stops at the limit and says so; counts grow with hops', async () => {
    const seed = tx(truth.consolidationTxid);
    const one = await api.call('graph.expandCounts', { nodeIds: [seed], hops: 1 });
    const two = await api.call('graph.expandCounts', { nodeIds: [seed], hops: 2 });
    expect(two.total).toBeGreaterThan(one.total);
    const capped = await api.call('graph.expand', { nodeIds: [seed], hops: 2, limit: 2 });
    expect(capped.nodes).toHaveLength(3);
    expect(capped.truncated).toBe(true);
    const small = await api.call('graph.expandCounts', { nodeIds: [seed], hops: 2, cap: 2 });
    expect(small).toMatchObject({ total: 2, capped: true });
  });

  it('counts and limits only nodes the canvas does not show, yet returns the shown ones on the way for their edges', async () => {
    const seed = tx(truth.consolidationTxid);
    const one = await api.call('graph.expand', { nodeIds: [seed], hops: 1 });
    const shown = one.nodes.map((n) => n.id).filter((id) => id !== seed).slice(0, 2);
    const counts = await api.call('graph.expandCounts', { nodeIds: [seed], shown, hops: 2 });
    const full = await api.call('graph.expandCounts', { nodeIds: [seed], hops: 2 });
    expect(counts.total).toBe(full.total - 2);
    const limited = await api.call('graph.expand', { nodeIds: [seed], shown, hops: 2, limit: 1 });
    expect(limited.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([seed, ...shown]));
    expect(limited.nodes).toHaveLength(1 + 2 + 1);
  });

  it('refuses unknown nodes with a located error', async () => {
    await expect(api.call('graph.expand', { nodeIds: [addr('1NoSuchAddressInThisCase')] })).rejects.toMatchObject({ code: 'NOT_FOUND', details: { field: 'nodeIds.0' } });
    await expect(api.call('graph.expand', { nodeIds: ['<img src=x>'] })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('graph.search', () => {
  it('finds by address prefix, txid prefix and tag label; wildcards are literal', async () => {
    const byAddress = await api.call('graph.search', { query: truth.payoutWallet.slice(0, 12) });
    expect(byAddress[0]).toMatchObject({ nodeId: addr(truth.payoutWallet), match: 'address' });
    const byTxid = await api.call('graph.search', { query: truth.coSpendTxid.slice(0, 12) });
    expect(byTxid).toContainEqual(expect.objectContaining({ nodeId: tx(truth.coSpendTxid), match: 'txid' }));
    const byTag = await api.call('graph.search', { query: 'fictional sdn' });
    expect(byTag).toEqual([expect.objectContaining({ nodeId: addr(truth.sanctioned), match: 'tag' })]);
    expect(await api.call('graph.search', { query: '%' })).toEqual([]);
    expect(await api.call('graph.search', { query: '_' })).toEqual([]);
  });
});

describe('graph.path', () => {
  it('finds a shortest path from a victim to the payout-wallet co-spend, alternating addresses and transactions', async () => {
    const result = await api.call('graph.path', { from: addr(truth.victims[0] as string), to: tx(truth.consolidationTxid), maxHops: 8 });
    expect(result.found).toBe(true);
    expect(result.nodeIds[0]).toBe(addr(truth.victims[0] as string));
    expect(result.nodeIds.at(-1)).toBe(tx(truth.consolidationTxid));
    result.nodeIds.forEach((id, i) => expect(id.startsWith(i % 2 === 0 ? 'address:' : 'tx:')).toBe(true));
    // Every consecutive pair is joined by an edge of the returned slice.
    for (let i = 1; i < result.nodeIds.length; i++) {
      const [a, b] = [result.nodeIds[i - 1], result.nodeIds[i]];
      expect(result.slice.edges.some((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))).toBe(true);
    }
    const short = await api.call('graph.path', { from: addr(truth.victims[0] as string), to: tx(truth.consolidationTxid), maxHops: 1 });
    expect(short.found).toBe(false);
  });
});

describe('graph.clusters', () => {
  it('is empty before analysis; after it, co-spent collectors form one cluster that lists only the shown members', async () => {
    const shown = [...truth.collectors.map(addr), tx(truth.consolidationTxid), 'address:BTC:1NotInThisCase'];
    expect(await api.call('graph.clusters', { nodeIds: shown })).toEqual([]);
    await api.call('analysis.run', {});
    const clusters = await api.call('graph.clusters', { nodeIds: shown });
    expect(clusters).toHaveLength(1);
    const [cluster] = clusters;
    expect(cluster!.id).toMatch(/^cluster:BTC:\d+$/);
    expect([...cluster!.members].sort()).toEqual(truth.collectors.map(addr).sort());
    expect(cluster!.size).toBeGreaterThanOrEqual(truth.collectors.length);
    // One shown member is no box.
    expect(await api.call('graph.clusters', { nodeIds: shown.slice(0, 1) })).toEqual([]);
  });
});

describe('graph.timeRange / graph.flows', () => {
  it('spans the case and sums an address\'s flows per time', async () => {
    const range = await api.call('graph.timeRange', {});
    expect(range.min).not.toBeNull();
    expect(range.max!).toBeGreaterThan(range.min!);
    const deposit = truth.rentalDeposits[0]!;
    const flows = await api.call('graph.flows', { nodeId: addr(deposit.address) });
    expect(flows).toContainEqual(expect.objectContaining({ time: deposit.time, received: deposit.value.toString() }));
    for (const f of flows) expect(f.time).toBeGreaterThanOrEqual(range.min!);
  });

  it('answers no flows for an address the ledger does not hold (a tag-only node), but refuses an unknown transaction', async () => {
    expect(await api.call('graph.flows', { nodeId: addr('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa') })).toEqual([]);
    await expect(api.call('graph.flows', { nodeId: tx('ab'.repeat(32)) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('views', () => {
  it('saves, lists, reopens exactly, replaces by name, deletes; audited', async () => {
    const ids = [addr(truth.payoutWallet), tx(truth.coSpendTxid)];
    const data = ViewData.parse({
      positions: { [ids[0]!]: { x: 10.25, y: -3 }, [ids[1]!]: { x: 120, y: 40.5 }, [addr('1NotInTheCase')]: { x: 0, y: 0 } },
      hidden: [], pinned: [ids[0]], styles: { [ids[0]!]: { label: '<b>payout</b>' } }, filters: { timeFrom: 1 },
    });
    const saved = await api.call('views.save', { name: 'Payout <wallet>', data });
    expect(saved).toMatchObject({ name: 'Payout <wallet>', nodes: 3 });
    expect(await api.call('views.list', {})).toEqual([saved]);
    const reopened = await api.call('views.get', { id: saved.id });
    expect(reopened.data).toEqual(data);
    expect(reopened.slice.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    expect(reopened.slice.edges.length).toBeGreaterThan(0);
    const again = await api.call('views.save', { name: 'Payout <wallet>', data: { ...data, pinned: [] } });
    expect(again.id).toBe(saved.id);
    expect((await api.call('views.get', { id: saved.id })).data.pinned).toEqual([]);
    await expect(api.call('views.save', { name: 'bad', data: { positions: { a: { x: Number.NaN, y: 0 } } } as never })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await api.call('views.delete', { id: saved.id })).toEqual({ deleted: true });
    expect(await api.call('views.delete', { id: saved.id })).toEqual({ deleted: false });
    await expect(api.call('views.get', { id: saved.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const db = backend.session.caseFile.db;
    expect(db.prepare(`SELECT action FROM audit_log WHERE action LIKE 'view.%' ORDER BY seq`).pluck().all()).toEqual(['view.save', 'view.save', 'view.delete']);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('draws a view as SVG with the labels escaped', async () => {
    const id = addr(truth.payoutWallet);
    const { svg, nodes } = await api.call('graph.viewSvg', { view: { positions: { [id]: { x: 0, y: 0 } }, styles: { [id]: { label: '<script>x</script>' } } } });
    expect(nodes).toBe(1);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('off-chain links on the graph', () => {
  it('draws each rental order as an off-chain edge from its deposit address to the payout wallet, in the overview and in slices', async () => {
    const overview = await api.call('graph.overview', { limit: 500 });
    const links = overview.edges.filter((e) => e.kind === 'offchain');
    expect(links).toHaveLength(truth.rentalDeposits.length);
    expect(links.map((e) => e.source).sort()).toEqual(truth.rentalDeposits.map((d) => addr(d.address)).sort());
    expect(new Set(links.map((e) => e.target))).toEqual(new Set([addr(truth.payoutWallet)]));
    for (const link of links) expect(link.note).toMatch(/order \S+/);
    const first = truth.rentalDeposits[0]!;
    const slice = await api.call('graph.nodes', { nodeIds: [addr(first.address), addr(truth.payoutWallet)] });
    expect(slice.edges.filter((e) => e.kind === 'offchain').map((e) => [e.source, e.target])).toEqual([[addr(first.address), addr(truth.payoutWallet)]]);
    // One end alone draws no link.
    const alone = await api.call('graph.nodes', { nodeIds: [addr(first.address)] });
    expect(alone.edges.filter((e) => e.kind === 'offchain')).toEqual([]);
  });
});

describe('what the graph names its nodes by', () => {
  it('gives an address its tag label and a transaction the total it sends', async () => {
    const overview = await api.call('graph.overview', { limit: 500 });
    const deposit = overview.nodes.find((n) => n.id === addr(truth.rentalDeposits[0]!.address));
    expect(deposit?.tag).toMatch(/deposit address$/);
    expect(deposit?.category).toBe('hash_rental_marketplace');
    const untagged = overview.nodes.find((n) => n.kind === 'address' && n.category === null);
    expect(untagged?.tag).toBeNull();
    for (const node of overview.nodes.filter((n) => n.kind === 'tx')) {
      const sent = overview.edges.filter((e) => e.source === node.id).reduce((s, e) => s + BigInt(e.value), 0n);
      expect(node.value, node.id).toBe(sent.toString());
    }
    const slice = await api.call('graph.nodes', { nodeIds: [tx(truth.consolidationTxid)] });
    expect(BigInt(slice.nodes[0]!.value!)).toBeGreaterThan(0n);
  });
});
