import type Database from 'better-sqlite3';
import { lookupAddress } from '../../../shared/address/canonical';
import { AppError } from '../../../shared/api/errors';
import type { Chain } from '../../../shared/domain/chain';
import type { AddressDetails, AddressTx, AddressTxPage } from '../../../shared/domain/ledger';
import { fiatValue } from '../../../shared/domain/fiat';
import { rateLookup } from '../fiat/prices';
import { addressFacts } from './analysis-facts';
import { addressTxPage, allAddressTxs, grossReceived } from './address-flows';
import { poolListings } from './pool-listings';
import { tagsFor } from './tags';
import { chainCondition } from '../db/any-chain';

const TX_LIMIT = 1000;

interface AddressRow {
  id: number;
  chain: Chain;
  address: string;
  scriptType: string | null;
  firstSeen: number | null;
  lastSeen: number | null;
}

function findAddress(db: Database.Database, address: string, chain?: Chain): AddressRow | undefined {
  const where = chainCondition(chain);
  return db
    .prepare(`SELECT id, chain, address, script_type AS scriptType, first_seen AS firstSeen, last_seen AS lastSeen
      FROM addresses WHERE ${where.sql} AND address = ? ORDER BY chain LIMIT 1`)
    .get(...where.args, lookupAddress(address, chain)) as AddressRow | undefined;
}

/** One address: where it was seen, what it received and sent, its tags, its latest transactions, what analysis found. */
export function addressDetails(db: Database.Database, address: string, chain?: Chain): AddressDetails {
  const row = findAddress(db, address, chain);
  if (!row) return taggedOnly(db, address, chain);
  const all = allAddressTxs(db, row.id);
  const received = all.reduce((sum, f) => sum + (f.delta.startsWith('-') ? 0n : BigInt(f.delta)), 0n);
  const sent = all.reduce((sum, f) => sum + (f.delta.startsWith('-') ? -BigInt(f.delta) : 0n), 0n);
  return {
    chain: row.chain,
    address: row.address,
    scriptType: row.scriptType,
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
    received: String(received),
    sent: String(sent),
    paidIn: grossReceived(db, row.id),
    txCount: all.length,
    tags: tagsFor(db, row.chain, row.address),
    pools: poolListings(db, row.address),
    transactions: withRates(db, row.chain, all.slice(0, TX_LIMIT)),
    analysis: addressFacts(db, row.id, row.address),
    fiat: fiatTotals(withRates(db, row.chain, all), row.chain),
  };
}

/** address.transactions: one page of the address's transactions; an address known only from tags has none. */
export function addressTransactions(db: Database.Database, address: string, chain: Chain | undefined, offset: number, limit: number): AddressTxPage {
  const row = findAddress(db, address, chain);
  if (row) {
    const page = addressTxPage(db, row.id, offset, limit);
    return { ...page, rows: withRates(db, row.chain, page.rows) };
  }
  taggedOnly(db, address, chain);
  return { total: 0, offset, rows: [] };
}

/** Each transaction with the price covering its time (none where no imported price covers the day). */
function withRates(db: Database.Database, chain: Chain, rows: AddressTx[]): AddressTx[] {
  const rate = rateLookup(db);
  return rows.map((r) => ({ ...r, fiat: rate(chain, r.blockTime) }));
}

/** Received and sent valued at each transaction's own price; null when the case has no prices. */
function fiatTotals(rows: AddressTx[], chain: Chain): AddressDetails['fiat'] {
  const currency = rows.find((r) => r.fiat)?.fiat?.currency;
  if (currency === undefined) return null;
  let received = 0;
  let sent = 0;
  let unpriced = 0;
  for (const r of rows) {
    if (!r.fiat) unpriced += 1;
    else if (r.delta.startsWith('-')) sent -= fiatValue(r.delta, chain, r.fiat.price);
    else received += fiatValue(r.delta, chain, r.fiat.price);
  }
  return { currency, received: Math.round(received * 100) / 100, sent: Math.round(sent * 100) / 100, unpriced };
}

/** An address known only from attribution (a TagPack, a sanctions list): its tags, and no flows. */
function taggedOnly(db: Database.Database, typed: string, chain?: Chain): AddressDetails {
  const address = lookupAddress(typed, chain);
  const where = chainCondition(chain);
  const tagChain = db
    .prepare(`SELECT chain FROM tags WHERE ${where.sql} AND subject_type = 'address' AND subject = ? ORDER BY chain LIMIT 1`)
    .pluck()
    .get(...where.args, address) as Chain | undefined;
  if (!tagChain) throw new AppError('NOT_FOUND', `Address ${address.slice(0, 100)} is not in this case.`);
  return {
    chain: tagChain,
    address,
    scriptType: null,
    firstSeen: null,
    lastSeen: null,
    received: '0',
    sent: '0',
    paidIn: '0',
    txCount: 0,
    tags: tagsFor(db, tagChain, address),
    pools: poolListings(db, address),
    transactions: [],
    analysis: { analyzedAt: null, lineage: [], payouts: [], findings: [] },
  };
}
