import type { TaintModel, TraceResult } from '../../../shared/domain/analysis';

export interface SelectionTaint {
  /** Tainted amount per model, in the order the trace ran them (base units). */
  perModel: { model: TaintModel; amount: string }[];
  /** Fewest hops from a seed to the selection; null when none of its outputs is in the listed page of the trace. */
  hop: number | null;
  /** Outputs of a transaction the trace reached (an address: those it received). */
  outputs: number;
  offchain: boolean;
}

/**
 * What one trace says about an address or a transaction: the taint of every model summed over the traced outputs that
 * the address received or the transaction created; null when the trace never reached it.
 */
export function taintOf(result: TraceResult, selection: { kind: 'address' | 'tx'; id: string }): SelectionTaint | null {
  const outputs = result.outputs.filter((o) => (selection.kind === 'tx' ? o.txid === selection.id : o.address === selection.id));
  const listed = selection.kind === 'address' ? result.addresses.find((a) => a.address === selection.id) : undefined;
  if (outputs.length === 0 && !listed) return null;
  const perModel = result.models.map((model) => ({
    model,
    // The engine's per-address totals cover outputs beyond the listed page; prefer them when present.
    amount: listed ? (listed.taint[model] ?? '0') : String(outputs.reduce((sum, o) => sum + BigInt(o.taint[model] ?? '0'), 0n)),
  }));
  return {
    perModel,
    hop: outputs.length ? Math.min(...outputs.map((o) => o.hop)) : null,
    outputs: outputs.length,
    offchain: outputs.some((o) => o.offchain),
  };
}

/** `part` as a percentage of `whole` (base-unit integers), to 0.1%; null when the whole is zero. */
export function percentOf(part: string, whole: string): string | null {
  const w = BigInt(whole);
  if (w <= 0n) return null;
  const tenths = (BigInt(part) * 1000n) / w;
  return `${tenths / 10n}.${tenths % 10n}%`;
}
