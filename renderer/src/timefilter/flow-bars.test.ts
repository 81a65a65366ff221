import { describe, expect, it } from 'vitest';
import { flowBars } from './flow-bars';

describe('flowBars', () => {
  it('buckets by time and scales to the largest bucket, exact with amounts beyond 2^53', () => {
    const big = (2n ** 60n).toString();
    const bars = flowBars([
      { time: 0, received: big, sent: '0' },
      { time: 50, received: '0', sent: (2n ** 59n).toString() },
      { time: 100, received: (2n ** 58n).toString(), sent: '0' },
    ], 2);
    expect(bars.map((b) => [b.received, b.sent])).toEqual([[1, 0], [0.25, 0.5]]);
    expect(flowBars([], 4)).toEqual([]);
  });
});
