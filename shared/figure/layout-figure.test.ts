import { describe, expect, it } from 'vitest';
import { layoutFigure } from './layout-figure';
import { overlappingPairs } from './place-captions';
import { roughMeasure, typologyInput } from './test-fixtures';
import type { FigureInput, LaidFigure } from './types';

const WIDTH = 495;
const lay = (input: FigureInput, maxHeight = 600): LaidFigure => layoutFigure(input, { width: WIDTH, measure: roughMeasure, maxHeight });
/** Each caption's text, its wrapped lines joined again. */
const captionText = (f: LaidFigure): string[] => f.captions.map((c) => c.lines.join(' '));

describe('layoutFigure on the typology path', () => {
  const figure = lay(typologyInput());

  it('puts the roles in titled lanes, left to right', () => {
    expect(figure.lanes.map((l) => l.role)).toEqual(['source', 'perpetrator', 'rental_deposit', 'rental_service', 'coinbase', 'payout', 'commingled']);
    const x = (role: string): number => figure.nodes.find((n) => n.role === role)?.x ?? NaN;
    expect(x('source')).toBeLessThan(x('perpetrator'));
    expect(x('payout')).toBeLessThan(x('commingled'));
    for (const lane of figure.lanes) expect(figure.captions.some((c) => c.of === 'lane' && c.owner === `lane:${lane.role}`)).toBe(true);
  });

  it('folds the 40 other payout recipients and the 30 victims into fans with their totals; subjects stay', () => {
    const fans = figure.nodes.filter((n) => n.kind === 'fan');
    expect(fans.map((f) => f.folds?.length).sort()).toEqual([30, 40]);
    expect(captionText(figure)).toContain('+40 payout recipients 10 BTC');
    expect(figure.nodes.some((n) => n.id === 'address:BTC:bc1qgmm97mlcgjhdlppw2ugdcazq53cu3pfxe8rnkw')).toBe(true);
    expect(figure.nodes.length).toBeLessThan(20);
  });

  it('captions entities first: tag labels, short addresses, transactions by amount and date', () => {
    const text = captionText(figure);
    expect(text.some((t) => /^bc1q(gmm?)?…(e8)?rnkw$/.test(t)), text.join(' | ')).toBe(true);
    expect(text).toContain('ViaBTC coinbase 6.25 BTC 2023-06-09');
    expect(text.some((t) => /^NiceHash deposit address bc1q(de)?…/.test(t)), text.join(" | ")).toBe(true);
    expect(text.some((t) => t.startsWith('1 BTC') || t.startsWith('1.2 BTC'))).toBe(true);
    expect(text.some((t) => /\b2023-06-0\d\b/.test(t))).toBe(true);
    expect(text.join(' ')).not.toMatch(/[0-9a-f]{20}/);
  });

  it('places no two captions (nodes, edges, lane titles, legend) on top of each other, nor over a node', () => {
    expect(overlappingPairs(figure.captions)).toBe(0);
    for (const n of figure.nodes) {
      const mark = { x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r };
      expect(overlappingPairs([mark, ...figure.captions.filter((c) => c.of !== 'lane')]), n.id).toBe(0);
    }
    expect(figure.captions.filter((c) => c.of === 'node').length).toBe(figure.nodes.length);
  });

  it('draws off-chain links as their own edges with the order reference, and says so in the legend', () => {
    expect(figure.edges.filter((e) => e.kind === 'offchain').length).toBe(4);
    expect(captionText(figure).find((t) => t.startsWith('NiceHash order'))).toMatch(/^NiceHash order NH-2023-0/);
    expect(figure.legend.map((l) => l.mark)).toEqual(expect.arrayContaining(['offchain', 'hash_rental_marketplace', 'perpetrator', 'fan', 'coinbase']));
  });

  it('keeps every caption inside the figure and at 6 pt or more', () => {
    for (const c of figure.captions) {
      expect(c.size).toBeGreaterThanOrEqual(6);
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.x + c.w).toBeLessThanOrEqual(WIDTH + 0.01);
      expect(c.y + c.h).toBeLessThanOrEqual(figure.height);
    }
  });

  it('opens a fan the viewer expanded', () => {
    const fan = figure.nodes.find((n) => n.kind === 'fan' && n.role === 'payout');
    const open = layoutFigure(typologyInput(), { width: WIDTH, measure: roughMeasure, maxHeight: 600, expanded: new Set([fan?.id ?? '']) });
    expect(open.nodes.filter((n) => n.role === 'payout' && n.kind === 'address').length).toBe(40);
    expect(overlappingPairs(open.captions)).toBe(0);
    expect(open.hidden.length).toBeGreaterThan(0);
  });
});

describe('layoutFigure on adversarial input', () => {
  it('keeps 0 overlaps with very long labels and hides the less important captions of a 200-subject lane', () => {
    const input = typologyInput(0);
    const long = 'A'.repeat(30) + ' very long actor label with many words that never ends '.repeat(6);
    for (const n of input.nodes) if (n.label) n.label = long;
    for (let i = 0; i < 200; i++) {
      const id = `address:BTC:bc1qsubject${i}`;
      input.nodes.push({ id, kind: 'address', role: 'commingled', chain: 'BTC', key: `bc1qsubject${String(i).padStart(3, '0')}yyyyyyyyyyyyyyyyyyyyyyy`, label: i % 7 === 0 ? `Tagged wallet ${i}` : null, labelSource: null, category: null, amount: null, time: null, subject: true, degree: i % 5 });
      input.flows.push({ from: 'tx:BTC:' + 'a'.repeat(62) + '15', to: id, amount: '1000', time: 1686400000, kind: 'ledger' });
    }
    const figure = lay(input, 700);
    expect(overlappingPairs(figure.captions)).toBe(0);
    expect(figure.height).toBeLessThanOrEqual(700);
    expect(figure.hidden.length).toBeGreaterThan(0);
    // Tagged subjects win over untagged ones where they collide.
    const shown = new Set(figure.captions.map((c) => c.owner));
    const taggedShown = input.nodes.filter((n) => n.label?.startsWith('Tagged') && shown.has(n.id)).length;
    const plainShown = input.nodes.filter((n) => n.id.includes('subject') && !n.label && shown.has(n.id)).length;
    expect(taggedShown / 29).toBeGreaterThan(plainShown / 171);
    for (const c of figure.captions) for (const line of c.lines) expect(roughMeasure(line, c.size, c.font)).toBeLessThanOrEqual(c.w + 0.01);
  });

  it('folds a 200-recipient payout into one fan and stays legible', () => {
    const figure = lay(typologyInput(200));
    expect(captionText(figure), captionText(figure).join(' | ')).toContain('+200 payout recipients 50 BTC');
    expect(overlappingPairs(figure.captions)).toBe(0);
    expect(figure.hidden.filter((h) => !h.startsWith('edge:'))).toEqual([]);
  });
});
