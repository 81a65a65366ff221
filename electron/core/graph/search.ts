import type Database from 'better-sqlite3';
import type { SearchHit } from '../../../shared/api/methods/graph';
import { nodeId } from '../../../shared/domain/graph';

/** LIKE treats % and _ as wildcards: escape them (and the escape itself) so the analyst's text matches literally. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Address and txid prefixes first (exact identifiers beat labels), then tag labels containing the text. */
export function searchGraph(db: Database.Database, query: string, limit: number): SearchHit[] {
  const text = escapeLike(query.trim());
  const hits = new Map<string, SearchHit>();
  const add = (hit: SearchHit) => hits.size < limit && !hits.has(hit.nodeId) && hits.set(hit.nodeId, hit);
  const addresses = db
    .prepare(`SELECT chain, address FROM addresses WHERE address LIKE ? || '%' ESCAPE '\\' ORDER BY address LIMIT ?`)
    .all(text, limit) as { chain: string; address: string }[];
  for (const a of addresses) add({ nodeId: nodeId('address', a.chain, a.address), kind: 'address', match: 'address', label: a.address });
  if (/^(0x)?[0-9a-fA-F]{4,}$/.test(query.trim())) {
    // Account-chain txids are stored with their 0x prefix: a pasted hash finds them with or without it.
    const txs = db
      .prepare(`SELECT chain, txid FROM transactions WHERE txid LIKE ? || '%' ESCAPE '\\' OR txid LIKE '0x' || ? || '%' ESCAPE '\\' ORDER BY txid LIMIT ?`)
      .all(text.toLowerCase(), text.toLowerCase(), limit) as { chain: string; txid: string }[];
    for (const t of txs) add({ nodeId: nodeId('tx', t.chain, t.txid), kind: 'tx', match: 'txid', label: t.txid });
  }
  const tags = db
    .prepare(`SELECT subject_type AS type, chain, subject, min(label) AS label FROM tags WHERE label LIKE '%' || ? || '%' ESCAPE '\\'
      GROUP BY subject_type, chain, subject ORDER BY label, subject LIMIT ?`)
    .all(text, limit) as { type: 'address' | 'tx'; chain: string; subject: string; label: string }[];
  for (const t of tags) add({ nodeId: nodeId(t.type, t.chain, t.subject), kind: t.type, match: 'tag', label: `${t.label} · ${t.subject}` });
  return [...hits.values()];
}
