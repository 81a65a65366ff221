import { describe, expect, it } from 'vitest';
import { ABUSE_CATEGORIES, broaderChain, categoryName, CONCEPTS, fallsUnder, narrower, SERVICE_CATEGORIES, TRACE_STOP_CATEGORIES } from './categories';
import { CATEGORY_CLASSES, categoryClass, classColor } from './category-classes';

describe('the category model', () => {
  it('holds every GraphSense concept by its id (defi_derivative, not the file key defi_derivatives) plus hash_rental_marketplace', () => {
    expect(CONCEPTS.size).toBe(86 + 1);
    expect(CONCEPTS.has('defi_derivative')).toBe(true);
    expect(CONCEPTS.has('defi_derivatives')).toBe(false);
    expect(CONCEPTS.get('hash_rental_marketplace')).toMatchObject({ broader: 'service', assay: true });
  });

  it('walks broader concepts to the top and derives narrower ones', () => {
    expect(broaderChain('forum_mention')).toEqual(['forum_mention', 'website_mention', 'mention', 'source', 'concept']);
    expect(broaderChain('pyramid_scheme')).toEqual(['pyramid_scheme', 'ponzi_scheme', 'investment_fraud', 'financial_crime', 'abuse', 'behaviour', 'concept']);
    expect(narrower('defi_dex')).toEqual(['defi_dex_pair']);
    expect(narrower('service')).toContain('hash_rental_marketplace');
    expect(broaderChain('no_such_thing')).toEqual([]);
  });

  it('matches a category under a broader one (stopping at defi stops at a DEX pair), never the other way round', () => {
    expect(fallsUnder('defi_dex_pair', new Set(['defi']))).toBe(true);
    expect(fallsUnder('defi', new Set(['defi_dex']))).toBe(false);
    expect(fallsUnder(null, new Set(['defi']))).toBe(false);
  });

  it('derives the abuse and service sets from the hierarchy', () => {
    for (const c of ['ransomware', 'sextortion', 'pyramid_scheme', 'sanction', 'perpetrator', 'murder']) expect(ABUSE_CATEGORIES.has(c), c).toBe(true);
    for (const c of ['victim', 'exchange', 'miner']) expect(ABUSE_CATEGORIES.has(c), c).toBe(false);
    for (const c of ['exchange', 'hash_rental_marketplace', 'defi_bridge', 'miner', 'coinjoin', 'escrow_wallet']) expect(SERVICE_CATEGORIES.has(c), c).toBe(true);
    expect(SERVICE_CATEGORIES.has('perpetrator')).toBe(false);
    for (const c of TRACE_STOP_CATEGORIES) expect(CONCEPTS.has(c), c).toBe(true);
  });

  it('names categories with the taxonomy\'s labels', () => {
    expect(categoryName('mixing_service')).toBe('Mixing as a Service');
    expect(categoryName('hash_rental_marketplace')).toBe('Hash-rental marketplace');
    expect(categoryName('something_else')).toBe('something_else');
  });
});

describe('display classes', () => {
  it('puts each concept in the class of its nearest classed ancestor', () => {
    expect(categoryClass('mixing_service')).toBe('mixer');
    expect(categoryClass('coinjoin')).toBe('mixer');
    expect(categoryClass('miner')).toBe('mining_pool');
    expect(categoryClass('Sanction')).toBe('sanctioned');
    expect(categoryClass('ransomware')).toBe('perpetrator');
    expect(categoryClass('hash_rental_marketplace')).toBe('hash_rental_marketplace');
    expect(categoryClass('defi_dex')).toBe('service');
    expect(categoryClass('forum_mention')).toBe('unknown');
    expect(categoryClass(null)).toBe('unknown');
    expect(categoryClass('mining_pool')).toBe('mining_pool');
  });

  it('gives every class a distinct colour per theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colours = CATEGORY_CLASSES.map((c) => classColor(c.key, theme));
      expect(new Set(colours).size).toBe(colours.length);
      for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(classColor('hash_rental_marketplace', 'light')).not.toBe(classColor('mining_pool', 'light'));
  });
});
