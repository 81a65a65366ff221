import type { Chain } from '../../../../shared/domain/chain';
import { addressProblem } from '../../../../shared/address/validate-address';
import { canonicalAddress } from '../../../../shared/address/canonical';
import { FieldError } from '../json-exact';
import type { RejectRecord } from '../records';

/** A located reject; `where` is the row's line (text formats) or byte offset (binary formats). */
export function rejectAt(where: { line?: number | null; byteOffset?: number | null }, field: string | null, reason: string): RejectRecord {
  return { kind: 'reject', line: where.line ?? null, byteOffset: where.byteOffset ?? null, field, reason };
}

/** Turns a FieldError (or any error) thrown while reading a row into a located reject. */
export function rejectError(where: { line?: number | null; byteOffset?: number | null }, error: unknown): RejectRecord {
  if (error instanceof FieldError) return rejectAt(where, error.field, error.message);
  return rejectAt(where, null, error instanceof Error ? error.message : String(error));
}

const INTEGER = /^\d+$/;

/** An amount in base units: a non-negative integer (JSON number or digit string); floats and text are refused. */
export function baseUnits(value: unknown, field: string): bigint {
  if (typeof value === 'bigint' && value >= 0n) return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) throw new FieldError(field, `not an integer amount in base units: ${value}`);
    return BigInt(value);
  }
  if (typeof value === 'string' && INTEGER.test(value.trim())) return BigInt(value.trim());
  throw new FieldError(field, `not an integer amount in base units: ${describe(value)}`);
}

/** No UTXO chain's supply reaches 2^53 base units (21M BTC is 2.1e15 satoshi): anything larger is corrupt data. */
const MAX_UTXO_UNITS = BigInt(Number.MAX_SAFE_INTEGER);

/** An amount on a UTXO chain: base units, at most 2^53 - 1 (stored as a 64-bit integer). */
export function utxoAmount(value: unknown, field: string): bigint {
  const units = baseUnits(value, field);
  if (units > MAX_UTXO_UNITS) throw new FieldError(field, `amount exceeds any UTXO chain's supply: ${units}`);
  return units;
}

/** A non-negative integer that fits a JS number (heights, indexes, sizes); null when absent or empty. */
export function optionalInt(value: unknown, field: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'string' && INTEGER.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new FieldError(field, `expected a non-negative integer, got ${describe(value)}`);
  return n;
}

export function requiredInt(value: unknown, field: string): number {
  const n = optionalInt(value, field);
  if (n === null) throw new FieldError(field, 'missing');
  return n;
}

/** Unix seconds from an integer or a timestamp text ("2010-04-10 16:31:40 UTC", ISO 8601); null when absent. */
export function timestamp(value: unknown, field: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number' || (typeof value === 'string' && INTEGER.test(value.trim()))) return optionalInt(value, field);
  if (typeof value === 'string') {
    const ms = Date.parse(value.trim().replace(/ UTC$/, 'Z').replace(' ', 'T'));
    if (Number.isFinite(ms)) return Math.floor(ms / 1000);
  }
  throw new FieldError(field, `not a timestamp: ${describe(value)}`);
}

const HASH64 = /^[0-9a-f]{64}$/;

/** A txid or block hash: 64 hex digits, lower-cased; account chains keep their 0x prefix. */
export function hash(value: unknown, field: string, prefixed = false): string {
  if (typeof value !== 'string') throw new FieldError(field, `expected a 64-digit hex hash, got ${describe(value)}`);
  const v = value.trim().toLowerCase();
  const body = prefixed ? v.replace(/^0x/, '') : v;
  if (!HASH64.test(body)) throw new FieldError(field, `expected a 64-digit hex hash, got ${describe(value)}`);
  return prefixed ? `0x${body}` : body;
}

export function optionalHash(value: unknown, field: string, prefixed = false): string | null {
  return value === undefined || value === null || value === '' ? null : hash(value, field, prefixed);
}

export function text(value: unknown, field: string): string {
  const t = optionalText(value, field);
  if (t === null) throw new FieldError(field, 'missing');
  return t;
}

/** Trimmed text or null; NUL is refused (C tools, spreadsheets and SQLite's text functions stop at it, hiding the rest). */
export function optionalText(value: unknown, field: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  if (value.includes('\0')) throw new FieldError(field, 'contains a NUL character (U+0000)');
  return value.trim();
}

/**
 * Addresses already validated, per chain, bounded: real ledgers reuse addresses (an input names the address its
 * previous output paid), and a checksum costs a few hashes. Keyed by the parsed string itself, which the import's
 * address cache holds too, so an entry costs little more than its slot.
 */
const validated = new Map<Chain, Set<string>>();
const MAX_VALIDATED = 100_000;

/** An address checked against its chain's checksum rules, in the case's canonical spelling. */
export function address(chain: Chain, value: unknown, field: string): string {
  const a = text(value, field);
  let known = validated.get(chain);
  if (!known) validated.set(chain, (known = new Set()));
  if (!known.has(a)) {
    const problem = addressProblem(chain, a);
    if (problem) throw new FieldError(field, `${problem}: ${a.slice(0, 100)}`);
    if (known.size >= MAX_VALIDATED) known.clear();
    known.add(a);
  }
  return canonicalAddress(chain, a);
}

export function optionalAddress(chain: Chain, value: unknown, field: string): string | null {
  return value === undefined || value === null || value === '' ? null : address(chain, value, field);
}

export const describe = (value: unknown): string =>
  value === undefined ? 'nothing' : typeof value === 'bigint' ? String(value) : (JSON.stringify(value)?.slice(0, 60) ?? String(value));
