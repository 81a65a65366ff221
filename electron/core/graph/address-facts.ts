import type Database from 'better-sqlite3';

export interface AddressFacts {
  /** Category of the strongest tag, else of the address's cluster label; null when nothing is known. */
  category: string | null;
  /** The strongest tag's label (its actor when the label is empty), else the cluster's label. */
  tag: string | null;
}

/** What the graph shows of an address besides its text: the tag or cluster that names it, and that name's category. */
export class AddressFactsReader {
  private readonly tagStmt;
  private readonly clusterStmt;

  constructor(db: Database.Database) {
    this.tagStmt = db.prepare(`SELECT label, category, actor FROM tags WHERE chain = ? AND subject = ?
      ORDER BY category IS NULL, coalesce(confidence_score, 0) DESC, id LIMIT 1`);
    this.clusterStmt = db.prepare(`SELECT c.label, c.label_category AS category FROM addresses a
      JOIN cluster_members m ON m.address_id = a.id JOIN clusters c ON c.id = m.cluster_id
      WHERE a.chain = ? AND a.address = ? AND c.label IS NOT NULL`);
  }

  of(chain: string, address: string): AddressFacts {
    const tag = this.tagStmt.get(chain, address) as { label: string; category: string | null; actor: string | null } | undefined;
    if (tag) return { category: tag.category, tag: tag.label.trim() || tag.actor || null };
    const cluster = this.clusterStmt.get(chain, address) as { label: string; category: string | null } | undefined;
    return cluster ? { category: cluster.category, tag: cluster.label } : { category: null, tag: null };
  }
}

/** The total a transaction sends (its 'out' flows), exact in base units. */
export const sentTotal = (flows: readonly { direction: 'in' | 'out'; value: string }[]): string =>
  flows.reduce((sum, f) => (f.direction === 'out' ? sum + BigInt(f.value) : sum), 0n).toString();
