import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse-parser';

describe('SSE parser', () => {
  it('joins events split across chunks, skips comments and joins multi-line data', () => {
    const seen: string[] = [];
    const parser = createSseParser((d) => seen.push(d));
    parser.push(': connected\n\nda');
    parser.push('ta: {"a":1}\n');
    expect(seen).toEqual([]);
    parser.push('\r\ndata: x\ndata:y\n\n: ping\n\n');
    expect(seen).toEqual(['{"a":1}', 'x\ny']);
  });
});
