import { describe, expect, it } from 'vitest';
import { pasteTokens } from './paste-problems';

describe('pasted addresses', () => {
  it('counts every token and flags the invalid ones with their line', () => {
    const text = '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ\n\nbc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, 1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPX\r\nbogus';
    const { count, problems } = pasteTokens('BTC', text);
    expect(count).toBe(4);
    expect(problems.map((p) => [p.line, p.token])).toEqual([
      [3, '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPX'],
      [4, 'bogus'],
    ]);
    expect(problems[0]!.problem).toMatch(/checksum|base58/i);
  });

  it('judges addresses by the chosen chain', () => {
    expect(pasteTokens('ETH', '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ').problems).toHaveLength(1);
  });
});
