/**
 * Taint distribution across one transaction (DESIGN 4, T1-T3), from one side to the other: inputs to outputs when
 * tracing forward, outputs to inputs when tracing backward. Amounts are satoshi as doubles; callers round at the end.
 */

export type OrderedPolicy = 'fifo' | 'lifo' | 'tiho';

const total = (xs: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] as number;
  return s;
};

/** T1 poison: any taint in, every receiving side fully tainted. */
export function poison(fromTaint: ArrayLike<number>, toValues: ArrayLike<number>): number[] {
  const any = total(fromTaint) > 0;
  return Array.from(toValues, (w) => (any ? w : 0));
}

/**
 * T2 haircut: each receiving side gets its value's share of the taint, t_j = w_j * T / max(V, W). Forward, V (the
 * inputs) is larger and the fee's share T * f / V is what the caller may pass on to the coinbase.
 */
export function haircut(fromValues: ArrayLike<number>, fromTaint: ArrayLike<number>, toValues: ArrayLike<number>): number[] {
  const T = total(fromTaint);
  const denominator = Math.max(total(fromValues), total(toValues));
  // Ratio first: w * T can exceed 2^53 and lose the exactness a fully tainted chain needs (share 1).
  const ratio = T > 0 && denominator > 0 ? T / denominator : 0;
  return Array.from(toValues, (w) => w * ratio);
}

const byIndex = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
/** Stable descending order of indices by key. */
const descending = (keys: ArrayLike<number>): number[] => byIndex(keys.length).sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);

/**
 * T3 ordered policies on one cumulative value line. Each giving side occupies a segment in policy order, its tainted
 * part at the segment's start; each receiving side occupies a segment of the same line; its taint is the overlap.
 * FIFO: both in order. LIFO: giving sides last-first. TIHO: tainted giving sides first, largest receiving sides first.
 */
export function ordered(
  policy: OrderedPolicy,
  fromValues: ArrayLike<number>,
  fromTaint: ArrayLike<number>,
  toValues: ArrayLike<number>,
  /** What TIHO orders the giving sides by (their taint, unless the caller places another quantity in taint order). */
  orderKey: ArrayLike<number> = fromTaint,
): number[] {
  const fromOrder =
    policy === 'fifo' ? byIndex(fromValues.length) : policy === 'lifo' ? byIndex(fromValues.length).reverse() : descending(orderKey);
  const toOrder = policy === 'tiho' ? descending(toValues) : byIndex(toValues.length);
  const tainted: [number, number][] = [];
  let position = 0;
  for (const i of fromOrder) {
    const t = Math.min(fromTaint[i] as number, fromValues[i] as number);
    if (t > 0) tainted.push([position, position + t]);
    position += fromValues[i] as number;
  }
  const out = new Array<number>(toValues.length).fill(0);
  let cursor = 0;
  let k = 0;
  for (const j of toOrder) {
    const start = cursor;
    const end = cursor + (toValues[j] as number);
    while (k < tainted.length && (tainted[k] as [number, number])[1] <= start) k++;
    let overlap = 0;
    for (let m = k; m < tainted.length && (tainted[m] as [number, number])[0] < end; m++) {
      const [a, b] = tainted[m] as [number, number];
      overlap += Math.max(0, Math.min(b, end) - Math.max(a, start));
    }
    out[j] = overlap;
    cursor = end;
  }
  return out;
}

export type ShareModel = 'poison' | 'haircut' | OrderedPolicy;

/**
 * Taint and unknown provenance across one transaction under one model. Unknown value (from inputs the case does not
 * value, or carried in from earlier) is its own quantity: haircut shares it like taint; ordered policies put it right
 * after each giving side's tainted part; poison marks a receiving side unknown only when no taint reaches it.
 */
export function shares(model: ShareModel, fromValues: number[], fromTaint: number[], fromUnknown: number[], toValues: number[]): { taint: number[]; unknown: number[] } {
  const U = total(fromUnknown);
  if (model === 'poison') {
    const taint = poison(fromTaint, toValues);
    return { taint, unknown: total(fromTaint) > 0 ? toValues.map(() => 0) : poison(fromUnknown, toValues) };
  }
  if (model === 'haircut') return { taint: haircut(fromValues, fromTaint, toValues), unknown: U > 0 ? haircut(fromValues, fromUnknown, toValues) : toValues.map(() => 0) };
  const taint = ordered(model, fromValues, fromTaint, toValues);
  if (U <= 0) return { taint, unknown: toValues.map(() => 0) };
  const both = ordered(model, fromValues, fromTaint.map((t, i) => t + (fromUnknown[i] as number)), toValues, fromTaint);
  return { taint, unknown: both.map((b, j) => Math.max(0, b - (taint[j] as number))) };
}
