import type Database from 'better-sqlite3';
import type { SearchHit } from '../../../shared/api/methods/graph';
import { nodeId } from '../../../shared/domain/graph';

/** LIKE treats % and _ as wildcards: escape them (and the escape itself) so the analyst's text matches literally. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Address and txid prefixes first (exact identifiers beat labels), then tags whose label or actor contains the text. */
export function searchGraph(db: Database.Database, query: string, limit: number): SearchHit[] {
  const text = escapeLike(query.trim());
  const hits = new Map<string, SearchHit>();
  const add = (hit: SearchHit) => hits.size < limit && !hits.has(hit.nodeId) && hits.set(hit.nodeId, hit);
  const addresses = db
    .prepare(`SELECT chain, address FROM addresses WHERE address LIKE ? || '%' ESCAPE '\\' ORDER BY address LIMIT ?`)
    .all(text, limit) as { chain: string; address: string }[];
  for (const a of addresses) add({ nodeId: nodeId('address', a.chain, a.address), kind: 'address', match: 'address', label: a.address, onGraph: true });
  if (/^(0x)?[0-9a-fA-F]{4,}$/.test(query.trim())) {
    // Account-chain txids are stored with their 0x prefix: a pasted hash finds them with or without it.
    const txs = db
      .prepare(`SELECT chain, txid FROM transactions WHERE txid LIKE ? || '%' ESCAPE '\\' OR txid LIKE '0x' || ? || '%' ESCAPE '\\' ORDER BY txid LIMIT ?`)
      .all(text.toLowerCase(), text.toLowerCase(), limit) as { chain: string; txid: string }[];
    for (const t of txs) add({ nodeId: nodeId('tx', t.chain, t.txid), kind: 'tx', match: 'txid', label: t.txid, onGraph: true });
  }
  // A tag matches by its own label or by its actor (id or the actor's name from an ActorPack).
  const tags = db
    .prepare(`SELECT t.subject_type AS type, t.chain, t.subject, min(t.label) AS label, max(t.label LIKE '%' || ? || '%' ESCAPE '\\') AS byLabel,
        min(coalesce(a.label, t.actor)) AS actor,
        CASE t.subject_type WHEN 'tx' THEN EXISTS (SELECT 1 FROM transactions x WHERE x.chain = t.chain AND x.txid = t.subject)
          ELSE EXISTS (SELECT 1 FROM addresses x WHERE x.chain = t.chain AND x.address = t.subject) END AS onGraph
      FROM tags t LEFT JOIN actors a ON a.id = t.actor
      WHERE t.label LIKE '%' || ? || '%' ESCAPE '\\' OR t.actor LIKE '%' || ? || '%' ESCAPE '\\' OR a.label LIKE '%' || ? || '%' ESCAPE '\\'
      GROUP BY t.subject_type, t.chain, t.subject ORDER BY label, t.subject LIMIT ?`)
    .all(text, text, text, text, limit) as { type: 'address' | 'tx'; chain: string; subject: string; label: string; byLabel: number; actor: string | null; onGraph: number }[];
  for (const t of tags) {
    const byActor = !t.byLabel && t.actor !== null;
    const label = `${byActor ? `${t.actor} · ` : ''}${t.label} · ${t.subject}`;
    add({ nodeId: nodeId(t.type, t.chain, t.subject), kind: t.type, match: byActor ? 'actor' : 'tag', label, onGraph: t.onGraph === 1 });
  }
  return [...hits.values()];
}
