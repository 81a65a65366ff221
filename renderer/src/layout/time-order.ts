/** Orders nodes by time, unknown (NaN) times last, then by index: a total order, so layouts are deterministic. */
export function timeOrder(n: number, times: Float64Array | undefined): (a: number, b: number) => boolean {
  const key = Float64Array.from({ length: n }, (_, i) => {
    const t = times?.[i];
    return t === undefined || Number.isNaN(t) ? Infinity : t;
  });
  return (a, b) => key[a]! < key[b]! || (key[a] === key[b] && a < b);
}

/** All node indices sorted by `less`. */
export function sortedNodes(n: number, less: (a: number, b: number) => boolean): Uint32Array {
  return Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0));
}
