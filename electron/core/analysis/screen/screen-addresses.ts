import type Database from 'better-sqlite3';
import type { ScreenParams, ScreenResult, ScreenRow } from '../../../../shared/domain/screen';
import { ANY_CHAIN } from '../../db/any-chain';
import { sats } from '../detectors/context';
import { ledgerOf } from '../graph/graph-cache';
import { taintSeeds } from '../run-analysis';
import { loadSettings } from '../settings';
import { ABUSE_CATEGORIES, TRACE_STOP_CATEGORIES } from '../../../../shared/category/categories';
import { hasCategory, loadAddressTags, type AddressTag } from '../tags';
import { traceTaint } from '../taint/trace-engine';

/**
 * Bulk screening: ONE multi-source haircut trace from every abuse-tagged output (the seeds and stops analysis.run uses),
 * then each listed address reads its received outputs off that trace. The cost is the trace plus a lookup per address,
 * never a trace per address. Exposure is the tainted share of everything the address received in the case.
 */
export function screenAddresses(db: Database.Database, params: ScreenParams): ScreenResult {
  const started = performance.now();
  const ledger = ledgerOf(db);
  const { g } = ledger;
  const settings = loadSettings(db);
  const tags = loadAddressTags(db);
  const hops = params.hops ?? settings.taintHops;
  const seeds = taintSeeds(db, ledger, tags, settings);
  const stop = new Set<string>(TRACE_STOP_CATEGORIES);
  const trace = traceTaint(ledger, seeds, {
    direction: 'forward', models: ['haircut'], hops, minAmount: 0, fromTime: null, toTime: null,
    isStop: (addr) => hasCategory(tags.get(addr), stop), maxDegree: null, feeTaint: false, links: new Map(), offchainWindow: 0,
  });
  const haircut = trace.taint.get('haircut');
  const index = ledger.index();
  const owner = ledger.owner();
  const findAddress = db.prepare(`SELECT id FROM addresses WHERE ${ANY_CHAIN} AND address = ?`).pluck();
  const txid = db.prepare('SELECT txid FROM transactions WHERE id = ?').pluck();
  const addressText = db.prepare('SELECT address FROM addresses WHERE id = ?').pluck();
  const actorLabel = db.prepare('SELECT label FROM actors WHERE id = ?').pluck();

  /** The abuse tag naming a source address: its actor's label when known, else the tag's own label. */
  const sourceOf = (addr: number): { entity: string | null; category: string | null } => {
    const tag: AddressTag | undefined = tags.get(addr)?.find((t) => t.category !== null && ABUSE_CATEGORIES.has(t.category));
    if (!tag) return { entity: null, category: null };
    const actor = tag.actor === null ? undefined : (actorLabel.get(tag.actor) as string | undefined);
    return { entity: actor ?? tag.actor ?? tag.label, category: tag.category };
  };
  const addressOf = (k: number): string => (addressText.get(g.outAddr[k]) as string | undefined) ?? '';
  /** Source address, then transaction and receiving address per hop: a path on the graph ending at output k's address. */
  const pathTo = (k: number): { path: string[]; source: number } => {
    const steps: string[] = [];
    let at = k;
    for (let parent = trace.parent.get(at) ?? -1; parent >= 0; parent = trace.parent.get(at) ?? -1) {
      steps.unshift(txid.get(owner[at]) as string, addressOf(at));
      at = parent;
    }
    return { path: [addressOf(at), ...steps], source: g.outAddr[at] as number };
  };

  let exposed = 0;
  let notInCase = 0;
  const rows = params.addresses.map((address): ScreenRow => {
    const addr = findAddress.get(address) as number | undefined;
    if (addr === undefined) {
      notInCase += 1;
      return { address, exposure: 0, hops: null, entity: null, category: null, path: [], received: null, tainted: null };
    }
    let received = 0;
    let tainted = 0;
    let nearest = -1;
    let nearestHop = Infinity;
    for (let p = index.outStart[addr] as number; p < (index.outStart[addr + 1] as number); p++) {
      const k = index.outs[p] as number;
      received += g.outValue[k] as number;
      const t = haircut?.get(k) ?? 0;
      if (t <= 0) continue;
      tainted += t;
      const hop = trace.hop.get(k) ?? Infinity;
      if (hop < nearestHop) [nearest, nearestHop] = [k, hop];
    }
    if (nearest < 0) return { address, exposure: 0, hops: null, entity: null, category: null, path: [], received: sats(received), tainted: '0' };
    exposed += 1;
    const { path, source } = pathTo(nearest);
    return {
      address, exposure: Math.min(1, tainted / received), hops: nearestHop, ...sourceOf(source), path, received: sats(received), tainted: sats(tainted),
    };
  });
  return { rows, stats: { addresses: rows.length, exposed, notInCase, sourceOutputs: seeds.size, hops, seconds: (performance.now() - started) / 1000 } };
}
