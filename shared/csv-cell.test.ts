import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseText } from './csv-cell';

describe('CSV cells', () => {
  it.each(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '\nx', '＝1+1', '﹦1+1', '﹢1', '﹣1', '﹫SUM(A1)', '−1+1'])('neutralises %j', (s) => {
    expect(neutraliseText(s)).toBe(`'${s}`);
  });

  it('leaves other text alone', () => {
    for (const s of ['amount is negative', 'a=b', '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ', '']) expect(neutraliseText(s)).toBe(s);
  });

  it.each([',', ';', '\t', '|'])('quotes a cell holding the separator %j, so a spreadsheet splitting on it keeps one cell', (sep) => {
    const cell = `a${sep}=1+1`;
    const line = ['x', csvField(neutraliseText(cell)), 'y'].join(sep);
    expect(parse(line, { delimiter: sep, relax_quotes: false })).toEqual([['x', cell, 'y']]);
    expect(csvField(cell)).toBe(`"${cell}"`);
  });

  it('doubles quotes and quotes line breaks (RFC 4180)', () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('plain')).toBe('plain');
  });
});
