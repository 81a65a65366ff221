import fs from 'node:fs/promises';
import { AppError } from '../../../../shared/api/errors';
import { poolTagMatcher } from '../../attribution/pool-lists';
import type { FileSample, ImportFormat, ImportInput } from '../format';
import { isObject, type JsonObject } from '../json-exact';
import type { ImportRecord, PoolRecord } from '../records';
import { canonicalAddress } from '../../../../shared/address/canonical';
import { base58checkVersion } from '../../../../shared/address/base58check';
import { decodeSegwit } from '../../../../shared/address/segwit';
import { describe, rejectAt } from './fields';
import { isValidAddress } from '../../../../shared/address/validate-address';
import { UTXO_CHAINS, type Chain } from '../../../../shared/domain/chain';

const MAX_LIST_BYTES = 64 * 1024 * 1024;

/** A slug for a pool name, as mempool's legacy list spells them ("Terra Pool" -> "terrapool"). */
export const poolSlug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'pool';

/**
 * Mining-pool lists: mempool's pools-v2.json (array of {name, addresses, tags, link}) and the legacy pools.json
 * ({coinbase_tags, payout_addresses, slugs}). Bad addresses and tags that do not compile are rejected one by one.
 */
export const miningPools: ImportFormat = {
  id: 'mining-pools',
  label: 'Mining-pool list (mempool pools-v2.json or legacy pools.json)',
  kind: 'attribution',
  version: '1',
  detect(sample: FileSample): number {
    const text = sample.head.toString('utf8');
    if (/^\s*\{\s*"(coinbase_tags|payout_addresses)"/.test(text)) return 0.95;
    // Other explorers' copies may put a chain or version field first.
    if (/^\s*\{/.test(text) && /"(coinbase_tags|payout_addresses)"\s*:\s*\{/.test(text)) return 0.9;
    return /^\s*\[\s*\{/.test(text) && /"addresses"\s*:/.test(text) && /"tags"\s*:/.test(text) && /"name"\s*:/.test(text) ? 0.9 : 0;
  },
  async *read(input: ImportInput): AsyncIterable<ImportRecord> {
    if (input.size > MAX_LIST_BYTES) throw new AppError('IMPORT_REJECTED', `${input.name}: larger than 64 MiB; not a pool list.`, { file: input.name });
    let doc: unknown;
    try {
      doc = JSON.parse(await fs.readFile(input.path, 'utf8'));
    } catch (error) {
      throw new AppError('IMPORT_REJECTED', `${input.name}: not valid JSON (${(error as Error).message.slice(0, 160)}).`, { file: input.name });
    }
    input.onBytes(input.size);
    refuseOtherChain(doc, input.name, input.options.chain);
    yield* poolListRecords(doc, input.name);
  },
};

/** The records of a parsed pool list (also used for the bundled reference list). */
export function* poolListRecords(doc: unknown, name: string): Generator<ImportRecord> {
  const legacy = !Array.isArray(doc);
  const pools = Array.isArray(doc) ? doc.map((p, i) => ({ raw: p, where: `pool ${i + 1}` })) : legacyPools(doc, name);
  const slugs = new Set<string>();
  for (const { raw, where } of pools) {
    if (!isObject(raw) || typeof raw.name !== 'string' || raw.name.trim() === '') {
      yield rejectAt({}, 'name', `${where}: a pool needs a name`);
      continue;
    }
    // Two names can share a slug ("Bitcoin India", "BitcoinIndia" in mempool's list): number the later ones.
    const base = typeof raw.slug === 'string' ? raw.slug : poolSlug(raw.name);
    let slug = base;
    for (let n = 2; slugs.has(slug); n += 1) slug = `${base}-${n}`;
    slugs.add(slug);
    const tagSyntax = legacy ? 'literal' : 'regex';
    const pool: PoolRecord = { kind: 'pool', slug, name: raw.name.trim(), link: typeof raw.link === 'string' ? raw.link : null, addresses: [], tags: [], tagSyntax };
    for (const a of Array.isArray(raw.addresses) ? raw.addresses : []) {
      if (isChecksummed(a)) pool.addresses.push(canonicalAddress('BTC', a));
      else yield rejectAt({}, 'addresses', `${where} (${pool.name}): ${describe(a)} is not an address with a valid checksum`);
    }
    for (const tag of Array.isArray(raw.tags) ? raw.tags : []) {
      if (typeof tag === 'string' && tag !== '' && poolTagMatcher(tag, tagSyntax)) pool.tags.push(tag);
      else yield rejectAt({}, 'tags', `${where} (${pool.name}): tag ${describe(tag)} is not ${legacy ? 'text' : 'a valid regular expression'}`);
    }
    yield pool;
  }
}

/** Lists carry the odd testnet address (mempool's has one); it never matches a mainnet coinbase, so only the checksum counts. */
const isChecksummed = (a: unknown): a is string => typeof a === 'string' && (base58checkVersion(a) !== null || decodeSegwit(a) !== null);

/** A legacy entry's pool name: the entry itself when it is text, else its name, else its link's host, else the tag. */
function legacyName(info: unknown, tag: string | null): string {
  if (typeof info === 'string') return info.trim();
  if (isObject(info) && typeof info.name === 'string' && info.name.trim() !== '') return info.name.trim();
  if (isObject(info) && typeof info.link === 'string') {
    const host = /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/i.exec(info.link.trim())?.[1];
    if (host) return host;
  }
  return tag === null ? '' : tag.replace(/^\/+|\/+$/g, '').trim();
}

/**
 * Regroups the legacy shape (tags and addresses keyed separately, each naming its pool by name, link or nothing) into
 * one entry per pool. An address whose entry names no pool lands in a nameless entry, rejected with its field.
 */
function legacyPools(doc: unknown, name: string): { raw: JsonObject; where: string }[] {
  if (!isObject(doc) || (!isObject(doc.coinbase_tags) && !isObject(doc.payout_addresses))) {
    throw new AppError('IMPORT_REJECTED', `${name}: neither a pools-v2 array nor a legacy pools.json object.`, { file: name });
  }
  const slugs = isObject(doc.slugs) ? doc.slugs : {};
  const byName = new Map<string, JsonObject & { addresses: unknown[]; tags: unknown[] }>();
  const entry = (info: unknown, tag: string | null) => {
    const poolName = legacyName(info, tag);
    let pool = byName.get(poolName);
    if (!pool) {
      const slug = slugs[poolName];
      const link = isObject(info) && typeof info.link === 'string' && info.link !== '' ? info.link : null;
      pool = { name: poolName, link, addresses: [], tags: [], ...(typeof slug === 'string' ? { slug } : {}) };
      byName.set(poolName, pool);
    }
    return pool;
  };
  for (const [tag, info] of Object.entries(isObject(doc.coinbase_tags) ? doc.coinbase_tags : {})) entry(info, tag).tags.push(tag);
  for (const [addr, info] of Object.entries(isObject(doc.payout_addresses) ? doc.payout_addresses : {})) entry(info, null).addresses.push(addr);
  return [...byName.values()].map((raw) => ({
    raw,
    where: raw.name === '' ? `payout address ${String(raw.addresses[0]).slice(0, 100)} (no name or link)` : `pool "${String(raw.name).slice(0, 60)}"`,
  }));
}

/** How lists and their addresses name a chain; only Bitcoin lists attribute coinbases here. */
const BITCOIN_NAMES = new Set(['btc', 'xbt', 'bitcoin', 'mainnet', 'bitcoin mainnet']);

/**
 * Refuses a pool list made for another chain, before anything is written: a list that says its chain (a top-level
 * chain, network, coin or currency field, or --chain), or whose payout addresses are all another chain's.
 */
function refuseOtherChain(doc: unknown, file: string, chosen: Chain | undefined): void {
  const refuse = (chain: string, why: string): never => {
    throw new AppError('IMPORT_REJECTED', `${file}: this pool list is for ${chain.slice(0, 40)} (${why}); Assay attributes Bitcoin (BTC) coinbases only, so it was not imported.`, { file, field: 'chain' });
  };
  if (chosen !== undefined && chosen !== 'BTC') refuse(chosen, '--chain');
  if (isObject(doc)) {
    for (const field of ['chain', 'network', 'coin', 'currency']) {
      const value = doc[field];
      if (typeof value === 'string' && !BITCOIN_NAMES.has(value.trim().toLowerCase())) refuse(value, `its "${field}" field`);
    }
  }
  const addresses = Array.isArray(doc)
    ? doc.flatMap((p) => (isObject(p) && Array.isArray(p.addresses) ? p.addresses : []))
    : isObject(doc) && isObject(doc.payout_addresses) ? Object.keys(doc.payout_addresses) : [];
  const texts = addresses.filter((a): a is string => typeof a === 'string');
  if (texts.length === 0 || texts.some((a) => isValidAddress('BTC', a))) return;
  for (const chain of UTXO_CHAINS.filter((c) => c !== 'BTC')) {
    const theirs = texts.filter((a) => isValidAddress(chain, a)).length;
    if (theirs > 0) refuse(chain, `${theirs} of its ${texts.length} payout addresses are ${chain} addresses, none is a Bitcoin address`);
  }
}
