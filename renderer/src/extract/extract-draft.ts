import { ExtractChain, type Dialect, type ExtractSpec } from '../../../shared/domain/extract';
import { parseNodeId } from '../../../shared/domain/graph';

/** The dialog's fields as typed; dates are UTC days (YYYY-MM-DD), empty when unbounded. */
export interface ExtractDraft {
  chain: ExtractChain;
  seeds: string;
  hops: string;
  since: string;
  until: string;
  maxDegree: string;
  dialect: Dialect;
}

/**
 * Addresses and transactions of the selection as seeds (one per line), on the chain of the first of them that has a
 * whole-chain copy; boxes, edges and nodes of other chains have no key there.
 */
export function initialDraft(nodeIds: readonly string[]): ExtractDraft {
  const nodes = nodeIds.map(parseNodeId).filter((n) => n !== null && ExtractChain.safeParse(n.chain).success);
  const chain = ExtractChain.parse(nodes[0]?.chain ?? 'BTC');
  const seeds = nodes.filter((n) => n?.chain === chain).map((n) => n?.key as string);
  return { chain, seeds: [...new Set(seeds)].join('\n'), hops: '2', since: '', until: '', maxDegree: '', dialect: 'bigquery' };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A UTC day as Unix seconds: its first second, or with `end` its last (the bounds are inclusive). */
const dayToSeconds = (day: string, end: boolean): number => Date.parse(`${day}T${end ? '23:59:59' : '00:00:00'}Z`) / 1000;

export type DraftCheck = { spec: ExtractSpec; error: null } | { spec: null; error: { field: keyof ExtractDraft; message: string } };

/** The draft as the API's ExtractSpec, or the first field that is not right (shown beside it). */
export function extractSpec(draft: ExtractDraft): DraftCheck {
  const fail = (field: keyof ExtractDraft, message: string): DraftCheck => ({ spec: null, error: { field, message } });
  const from = draft.seeds.split(/[\s,]+/).filter(Boolean);
  if (from.length === 0) return fail('seeds', 'Select a node or type an address or txid.');
  if (!/^\d{1,2}$/.test(draft.hops.trim()) || Number(draft.hops) > 20) return fail('hops', 'Hops: a whole number from 0 to 20.');
  for (const field of ['since', 'until'] as const) {
    const day = draft[field].trim();
    if (day !== '' && (!DAY.test(day) || Number.isNaN(Date.parse(day)))) return fail(field, 'A day as YYYY-MM-DD (UTC).');
  }
  const since = draft.since.trim() ? dayToSeconds(draft.since.trim(), false) : null;
  const until = draft.until.trim() ? dayToSeconds(draft.until.trim(), true) : null;
  if (since !== null && until !== null && since > until) return fail('until', 'Until is before since.');
  const degree = draft.maxDegree.trim();
  if (degree !== '' && (!/^\d{1,7}$/.test(degree) || Number(degree) < 1)) return fail('maxDegree', 'Max degree: a whole number of inputs plus outputs, 1 or more.');
  return { spec: { chain: draft.chain, from, hops: Number(draft.hops), since, until, maxDegree: degree === '' ? null : Number(degree), dialect: draft.dialect }, error: null };
}
