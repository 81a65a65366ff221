import { describe, expect, it } from 'vitest';
import { typologyInput } from '../../../../shared/figure/test-fixtures';
import { printFigure } from './print-figure';
import { figureSvg } from './svg';

describe('figure SVGs', () => {
  it('name real font families with generic fallbacks, never "mono" or "sans" alone', () => {
    const { svg } = printFigure(typologyInput(), 495, 560);
    const view = figureSvg({ nodes: [{ id: 'a', kind: 'address', label: 'bc1q…', caption: 'x', x: 0, y: 0, style: 'address' }], edges: [], note: '' }, 400, 300);
    for (const text of [svg, view]) {
      const families = [...text.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]);
      expect(families.length).toBeGreaterThan(0);
      for (const f of families) expect(f).toMatch(/^'DejaVu Sans( Mono)?', .*(sans-serif|monospace)$/);
    }
  });

  it('escapes hostile labels and prints characters the font lacks as code points', () => {
    const input = typologyInput();
    const thief = input.nodes.find((n) => n.label?.startsWith('Phishing'));
    if (thief) thief.label = '<script>alert(1)</script> 矿池 \u202Eevil';
    const { svg } = printFigure(input, 495, 560);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('[U+77FF]');
    expect(svg).toContain('[U+202E]');
  });
});
