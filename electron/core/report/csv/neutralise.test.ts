import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './neutralise';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\r=1', `'\r=1`],
    ['＝1+1', `'＝1+1`],
    ['plain label', 'plain label'],
    ['a=b', 'a=b'],
  ])('text %j -> %j', (input, expected) => {
    expect(neutraliseCell(input, 'text')).toBe(expected);
  });

  it('keeps negative numbers in numeric columns but still neutralises a formula hiding there', () => {
    expect(neutraliseCell(-1500, 'number')).toBe('-1500');
    expect(neutraliseCell('-12.5', 'number')).toBe('-12.5');
    expect(neutraliseCell('-1+cmd|x', 'number')).toBe(`'-1+cmd|x`);
  });

  it('writes null as an empty cell', () => {
    expect(neutraliseCell(null, 'text')).toBe('');
    expect(neutraliseCell(undefined, 'number')).toBe('');
  });
});
