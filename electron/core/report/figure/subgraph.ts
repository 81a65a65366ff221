import type Database from 'better-sqlite3';
import { nodeId, parseNodeId } from '../../../../shared/domain/graph';
import type { ViewData } from '../../../../shared/domain/view';
import { coin } from '../amounts';
import { withGlyphs } from '../pdf/glyph-coverage';
import { plainText } from '../pdf/plain-text';
import { shortCaption, shortId, styleForCategory, type Figure, type FigureEdge, type FigureNode } from './model';

interface TxRow {
  id: number;
  chain: string;
  txid: string;
  time: number | null;
  coinbase: number;
}
interface Flow {
  address: string | null;
  value: number | string | null;
}

/** Reads what figures need from the ledger: a transaction, its input/output/transfer flows, an address's strongest tag. */
export class FigureSource {
  private readonly txStmt;
  private readonly inStmt;
  private readonly outStmt;
  private readonly tagStmt;

  constructor(db: Database.Database) {
    this.txStmt = db.prepare('SELECT id, chain, txid, block_time AS time, is_coinbase AS coinbase FROM transactions WHERE chain = ? AND txid = ?');
    this.inStmt = db.prepare(`SELECT a.address, sum(i.value) AS value FROM tx_inputs i LEFT JOIN addresses a ON a.id = i.address_id
      WHERE i.tx_id = ? AND i.prev_txid IS NOT NULL GROUP BY a.address
      UNION ALL SELECT a.address, NULL FROM transfers x JOIN addresses a ON a.id = x.from_address_id WHERE x.tx_id = ? GROUP BY a.address`);
    this.outStmt = db.prepare(`SELECT a.address, sum(o.value) AS value FROM tx_outputs o LEFT JOIN addresses a ON a.id = o.address_id
      WHERE o.tx_id = ? GROUP BY a.address
      UNION ALL SELECT a.address, NULL FROM transfers x JOIN addresses a ON a.id = x.to_address_id WHERE x.tx_id = ? GROUP BY a.address`);
    this.tagStmt = db.prepare(`SELECT label, category FROM tags WHERE chain = ? AND subject = ?
      ORDER BY coalesce(confidence_score, 0) DESC, id LIMIT 1`);
  }

  tx(chain: string, txid: string): TxRow | undefined {
    return this.txStmt.get(chain, txid) as TxRow | undefined;
  }

  flows(tx: TxRow): { inputs: Flow[]; outputs: Flow[] } {
    return { inputs: this.inStmt.all(tx.id, tx.id) as Flow[], outputs: this.outStmt.all(tx.id, tx.id) as Flow[] };
  }

  tag(chain: string, address: string): { label: string; category: string | null } | undefined {
    return this.tagStmt.get(chain, address) as { label: string; category: string | null } | undefined;
  }

  addressNode(chain: string, address: string, caption?: string): FigureNode {
    const tag = this.tag(chain, address);
    return {
      id: nodeId('address', chain, address),
      kind: 'address',
      label: shortId(address),
      caption: withGlyphs(shortCaption(plainText(caption ?? tag?.label ?? '')), 'sans'),
      x: 0,
      y: 0,
      style: styleForCategory(tag?.category ?? null),
    };
  }

  txNode(tx: TxRow): FigureNode {
    return { id: nodeId('tx', tx.chain, tx.txid), kind: 'tx', label: shortId(tx.txid), caption: '', x: 0, y: 0, style: tx.coinbase ? 'coinbase' : 'tx' };
  }
}

/** Edges of one transaction to and from the addresses kept in the figure. */
function txEdges(source: FigureSource, tx: TxRow, keep: (id: string) => boolean): FigureEdge[] {
  const me = nodeId('tx', tx.chain, tx.txid);
  const { inputs, outputs } = source.flows(tx);
  const edges: FigureEdge[] = [];
  for (const f of inputs) {
    const id = f.address ? nodeId('address', tx.chain, f.address) : null;
    if (id && keep(id)) edges.push({ from: id, to: me, label: f.value === null ? '' : coin(f.value, tx.chain) });
  }
  for (const f of outputs) {
    const id = f.address ? nodeId('address', tx.chain, f.address) : null;
    if (id && keep(id)) edges.push({ from: me, to: id, label: f.value === null ? '' : coin(f.value, tx.chain) });
  }
  return edges;
}

/** A saved view: its visible nodes at their saved positions, edges from the ledger between them. */
export function figureForView(db: Database.Database, view: ViewData, maxNodes = 300): Figure {
  const source = new FigureSource(db);
  const hidden = new Set(view.hidden);
  const ids = Object.keys(view.positions).filter((id) => !hidden.has(id)).sort();
  const nodes = new Map<string, FigureNode>();
  const txs: TxRow[] = [];
  for (const id of ids.slice(0, maxNodes)) {
    const parsed = parseNodeId(id);
    const pos = view.positions[id];
    if (!parsed || !pos) continue;
    const style = view.styles[id];
    let node: FigureNode | null = null;
    if (parsed.kind === 'address') node = source.addressNode(parsed.chain, parsed.key, style?.label);
    else {
      const tx = source.tx(parsed.chain, parsed.key);
      if (tx) {
        txs.push(tx);
        node = source.txNode(tx);
      }
    }
    if (node) nodes.set(id, { ...node, x: pos.x, y: pos.y, ...(style?.color ? { color: style.color } : {}) });
  }
  const edges = txs.flatMap((tx) => txEdges(source, tx, (id) => nodes.has(id)));
  const left = ids.length - nodes.size;
  return { nodes: [...nodes.values()], edges, note: left > 0 ? `${left} node(s) of the view are not in the case or beyond the figure limit.` : '' };
}
