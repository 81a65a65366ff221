import type { FlowPoint } from '../../../shared/api/methods/graph';

export interface FlowBar { x: number; received: number; sent: number; from: number; to: number }

/**
 * Buckets flows into `buckets` equal time slices for a small chart; heights are relative to the largest bucket
 * (chart pixels only, so the float ratio is fine; the amounts themselves stay exact strings elsewhere).
 */
export function flowBars(points: FlowPoint[], buckets: number): FlowBar[] {
  if (points.length === 0) return [];
  const t0 = points[0]!.time;
  const t1 = points.at(-1)!.time;
  const span = Math.max(1, t1 - t0);
  const sums = Array.from({ length: buckets }, (_, i) => ({ received: 0n, sent: 0n, from: t0 + (span * i) / buckets, to: t0 + (span * (i + 1)) / buckets }));
  for (const p of points) {
    const b = sums[Math.min(buckets - 1, Math.floor(((p.time - t0) / span) * buckets))]!;
    b.received += BigInt(p.received);
    b.sent += BigInt(p.sent);
  }
  const max = sums.reduce((m, s) => (s.received > m ? s.received : s.sent > m ? s.sent : m), 1n);
  return sums.map((s, i) => ({ x: i, received: Number((s.received * 1000n) / max) / 1000, sent: Number((s.sent * 1000n) / max) / 1000, from: s.from, to: s.to }));
}
