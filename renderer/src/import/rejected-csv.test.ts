import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { rejectedCsv } from './rejected-csv';

describe('rejected rows CSV', () => {
  it('round-trips through a CSV parser with quotes, commas and newlines intact', () => {
    const rows = [
      { file: 'a,b.csv', line: 3, byteOffset: null, field: 'value', reason: 'not a number: "x"\nsecond line' },
      { file: '=HYPERLINK("http://evil")', line: null, byteOffset: 1024, field: null, reason: '-bad' },
    ];
    const parsed = parse(rejectedCsv(rows)) as string[][];
    expect(parsed).toEqual([
      ['file', 'line', 'byte_offset', 'field', 'reason'],
      ['a,b.csv', '3', '', 'value', 'not a number: "x"\nsecond line'],
      ["'=HYPERLINK(\"http://evil\")", '', '1024', '', "'-bad"],
    ]);
  });
});
