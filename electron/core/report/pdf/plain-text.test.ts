import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text';

describe('plainText', () => {
  it('shows direction overrides and controls as visible code points', () => {
    expect(plainText('exe.\u202Efdp')).toBe('exe.[U+202E]fdp');
    expect(plainText('a\u0000b\u2066c')).toBe('a[U+0000]b[U+2066]c');
  });

  it('keeps markup as literal text and folds line breaks unless asked', () => {
    expect(plainText('<b>x</b>\r\nnext')).toBe('<b>x</b> next');
    expect(plainText('one\r\ntwo', { keepLines: true })).toBe('one\ntwo');
  });

  it('caps very long values and says where the rest is', () => {
    const out = plainText('x'.repeat(5000), { max: 100 });
    expect(out.startsWith('x'.repeat(100))).toBe(true);
    expect(out).toContain('4900 more characters in the CSV');
  });
});
