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
  if (!row) return taggedOnly(db, address, chain);
  // UTXO outputs and inputs, plus native-coin transfers on account chains (token amounts are other assets).
  const flows = (
    db
      .prepare(`SELECT t.txid, t.block_time AS blockTime, f.delta FROM (
          SELECT tx_id, CAST(value AS TEXT) AS delta FROM tx_outputs WHERE address_id = @id
          UNION ALL SELECT tx_id, CAST(-coalesce(value, 0) AS TEXT) FROM tx_inputs WHERE address_id = @id
          UNION ALL SELECT tx_id, value FROM transfers WHERE to_address_id = @id AND token = ''
          UNION ALL SELECT tx_id, '-' || value FROM transfers WHERE from_address_id = @id AND token = ''
        ) f JOIN transactions t ON t.id = f.tx_id ORDER BY t.block_time DESC, t.id DESC`)
      .all({ id: row.id }) as { txid: string; blockTime: number | null; delta: string }[]
  ).reduce((byTx, f) => {
    const previous = byTx.get(f.txid);
    byTx.set(f.txid, { txid: f.txid, blockTime: f.blockTime, delta: (previous?.delta ?? 0n) + BigInt(f.delta) });
    return byTx;
  }, new Map<string, { txid: string; blockTime: number | null; delta: bigint }>());
  const all = [...flows.values()];
  const received = all.reduce((sum, f) => sum + (f.delta > 0n ? f.delta : 0n), 0n);
  const sent = all.reduce((sum, f) => sum + (f.delta < 0n ? -f.delta : 0n), 0n);
  return {
    chain: row.chain,
    address: row.address,
    scriptType: row.scriptType,
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
    received: String(received),
    sent: String(sent),
    txCount: all.length,
    tags: tagsFor(db, row.chain, row.address),
    transactions: all.slice(0, TX_LIMIT).map((f) => ({ txid: f.txid, blockTime: f.blockTime, delta: String(f.delta) })),
  };
}

/** An address known only from attribution (a TagPack, a sanctions list): its tags, and no flows. */
function taggedOnly(db: Database.Database, address: string, chain?: Chain): AddressDetails {
  const tagChain = db
    .prepare(`SELECT chain FROM tags WHERE subject_type = 'address' AND subject = ? AND (? IS NULL OR chain = ?) LIMIT 1`)
    .pluck()
    .get(address, chain ?? null, chain ?? null) as Chain | undefined;
  if (!tagChain) throw new AppError('NOT_FOUND', `Address ${address.slice(0, 100)} is not in this case.`);
  return {
    chain: tagChain,
    address,
    scriptType: null,
    firstSeen: null,
    lastSeen: null,
    received: '0',
    sent: '0',
    txCount: 0,
    tags: tagsFor(db, tagChain, address),
    transactions: [],
  };
}
