import type Database from 'better-sqlite3';
import { nodeId, type GraphEdge, type GraphNode } from '../../../shared/domain/graph';

interface LinkRow { id: number; chain: string; fromAddress: string; toAddress: string; kind: string; data: string }

/** "NiceHash order 4711" from a hash-rental deposit's data; the annotation kind for any other link. */
function linkNote(kind: string, data: string): string {
  try {
    const d = JSON.parse(data) as { service?: unknown; serviceName?: unknown; orderId?: unknown };
    const service = typeof d.serviceName === 'string' && d.serviceName !== '' ? d.serviceName : typeof d.service === 'string' ? d.service : kind;
    return (typeof d.orderId === 'string' ? `${service} order ${d.orderId}` : service).slice(0, 300);
  } catch {
    return kind;
  }
}

/**
 * The off-chain links (offchain_links) between two addresses of `nodes`, as dashed edges from the deposit address to
 * the payout address: the bridge of the mining typology, drawn wherever both ends are shown.
 */
export function offchainEdges(db: Database.Database, nodes: readonly GraphNode[]): GraphEdge[] {
  const shown = new Set(nodes.filter((n) => n.kind === 'address').map((n) => n.id));
  if (shown.size < 2) return [];
  const rows = db
    .prepare(`SELECT l.id, l.chain, l.from_address AS fromAddress, l.to_address AS toAddress, a.kind, a.data
      FROM offchain_links l JOIN annotations a ON a.id = l.annotation_id ORDER BY l.id`)
    .all() as LinkRow[];
  return rows.flatMap((r) => {
    const [source, target] = [nodeId('address', r.chain, r.fromAddress), nodeId('address', r.chain, r.toAddress)];
    if (!shown.has(source) || !shown.has(target) || source === target) return [];
    return [{ id: `offchain:${r.id}`, source, target, value: '0', kind: 'offchain' as const, note: linkNote(r.kind, r.data) }];
  });
}
