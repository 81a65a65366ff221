import type { LedgerGraph } from '../graph/ledger-graph';

/**
 * Value that entered a transaction through inputs whose value is not in the case: at least what its outputs pay
 * beyond its known inputs (fee taken as 0, so a lower bound). It is value of unknown provenance, neither tainted nor
 * clean; 0 when every input value is known.
 */
export function unknownInflow(g: LedgerGraph, tx: number): number {
  let known = 0;
  let unknownInputs = 0;
  for (let i = g.inStart[tx] as number; i < (g.inStart[tx + 1] as number); i++) {
    if (g.inUnknown[i]) unknownInputs += 1;
    else known += g.inValue[i] as number;
  }
  if (unknownInputs === 0) return 0;
  let paid = 0;
  for (let j = g.outStart[tx] as number; j < (g.outStart[tx + 1] as number); j++) paid += g.outValue[j] as number;
  return Math.max(0, paid - known);
}

/** Input values with the unknown inflow shared evenly among the inputs that carry it (so ordered models place it). */
export function inputSizes(g: LedgerGraph, tx: number): number[] {
  const i0 = g.inStart[tx] as number;
  const values = Array.from(g.inValue.subarray(i0, g.inStart[tx + 1] as number));
  const unknown = values.filter((_, n) => g.inUnknown[i0 + n]).length;
  if (unknown === 0) return values;
  const each = unknownInflow(g, tx) / unknown;
  return values.map((v, n) => (g.inUnknown[i0 + n] ? each : v));
}
