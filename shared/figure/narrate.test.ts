import { describe, expect, it } from 'vitest';
import { narratePath } from './narrate';
import { typologyInput } from './test-fixtures';

describe('narratePath', () => {
  it('tells the deposits and the payouts with the service and the pool named', () => {
    const input = typologyInput();
    for (const n of input.nodes) if (n.label?.startsWith('ViaBTC')) n.entity = 'ViaBTC';
    const text = narratePath(input);
    expect(text).toMatch(/^3 deposits totalling 3\.6 BTC went to NiceHash between 2023-06-08 05:00 and 2023-06-08 07:00 UTC; they were followed by 1 payout from ViaBTC of 1\.13213181 BTC to bc1qgmm…e8rnkw on 2023-06-10 05:00 UTC\./);
    expect(text).toContain('name bc1qgmm…e8rnkw as where the rented hash power paid out');
  });

  it('falls back to the lanes and the subjects when the path is no typology', () => {
    const input = typologyInput();
    input.nodes = input.nodes.filter((n) => n.role === 'source' || n.role === 'perpetrator');
    expect(narratePath(input)).toMatch(/^The path runs through 1 transaction (on|between) [^,]+ UTC, from source of funds to perpetrator wallets; the finding concerns Phishing collection address/);
  });
});
