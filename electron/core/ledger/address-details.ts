import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { Chain } from '../../../shared/domain/chain';
import type { AddressDetails } from '../../../shared/domain/ledger';
import { tagsFor } from './tags';

const TX_LIMIT = 1000;

/** One address: where it was seen, what it received and sent, its tags and its latest transactions. */
export function addressDetails(db: Database.Database, address: string, chain?: Chain): AddressDetails {
  const row = db
    .prepare(`SELECT id, chain, address, script_type AS scriptType, first_seen AS firstSeen, last_seen AS lastSeen
      FROM addresses WHERE address = ? AND (? IS NULL OR chain = ?) LIMIT 1`)
    .get(address, chain ?? null, chain ?? null) as
    | { id: number; chain: Chain; address: string; scriptType: string | null; firstSeen: number | null; lastSeen: number | null }
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Address ${address.slice(0, 100)} is not in this case.`);
  const flows = db
    .prepare(`SELECT t.txid, t.block_time AS blockTime, sum(f.delta) AS delta FROM (
        SELECT tx_id, value AS delta FROM tx_outputs WHERE address_id = @id
        UNION ALL SELECT tx_id, -coalesce(value, 0) FROM tx_inputs WHERE address_id = @id
      ) f JOIN transactions t ON t.id = f.tx_id GROUP BY t.id ORDER BY t.block_time DESC, t.id DESC`)
    .all({ id: row.id }) as { txid: string; blockTime: number | null; delta: number }[];
  const received = flows.reduce((s, f) => s + BigInt(f.delta > 0 ? f.delta : 0), 0n);
  const sent = flows.reduce((s, f) => s + BigInt(f.delta < 0 ? -f.delta : 0), 0n);
  return {
    chain: row.chain,
    address: row.address,
    scriptType: row.scriptType,
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
    received: String(received),
    sent: String(sent),
    txCount: flows.length,
    tags: tagsFor(db, row.chain, row.address),
    transactions: flows.slice(0, TX_LIMIT).map((f) => ({ txid: f.txid, blockTime: f.blockTime, delta: String(f.delta) })),
  };
}
