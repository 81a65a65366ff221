import { describe, expect, it } from 'vitest';
import { withGlyphs } from './glyph-coverage';

describe('withGlyphs', () => {
  it('keeps what DejaVu draws (Latin, Cyrillic, Greek, Arabic letters, symbols) and names what it cannot', () => {
    expect(withGlyphs('Ünïcödé Привет Ωμέγα € —', 'sans')).toBe('Ünïcödé Привет Ωμέγα € —');
    expect(withGlyphs('火币 exchange', 'sans')).toBe('[U+706B][U+5E01] exchange');
    expect(withGlyphs('😀', 'mono')).toBe('[U+1F600]');
  });
});
