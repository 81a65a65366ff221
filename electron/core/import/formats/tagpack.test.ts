import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../../test-support/fixtures';
import { testCase, type TestCase } from '../test-case';

const PACKS = 'graphsense-tagpacks/packs';

describe('GraphSense TagPacks and ActorPacks', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  it('imports lazarus.yaml: 20 BTC + 1 ETH tags inheriting label, category, actor, source and confidence from the header', async () => {
    const result = await c.import(fixture(PACKS, 'lazarus.yaml'));
    expect(result.format).toBe('graphsense-tagpack');
    expect(result.counts.tags).toBe(21);
    expect(result.rejectedCount).toBe(0);
    const byChain = c.db.prepare('SELECT chain, count(*) AS n FROM tags GROUP BY chain ORDER BY chain').all();
    expect(byChain).toEqual([
      { chain: 'BTC', n: 20 },
      { chain: 'ETH', n: 1 },
    ]);
    const tag = c.db.prepare("SELECT label, category, actor, source, confidence, confidence_score AS score FROM tags WHERE subject = '134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak'").get();
    expect(tag).toEqual({
      label: 'Lazarus group',
      category: 'user',
      actor: 'lazarusgroup',
      source: 'https://www.treasury.gov/resource-center/sanctions/OFAC-Enforcement/Pages/20200302.aspx',
      confidence: 'authority_data',
      score: 60,
    });
    // Re-importing the pack adds no duplicate tags; the second source is still recorded.
    const again = await c.import(fixture(PACKS, 'lazarus.yaml'));
    expect(again.added.tags).toBe(0);
    expect(c.db.prepare('SELECT count(*) FROM tags').pluck().get()).toBe(21);
  });

  it('imports miners.yaml (37,439 tags) with per-tag labels and actors', async () => {
    const started = performance.now();
    const result = await c.import(fixture(PACKS, 'miners.yaml'));
    expect(result.counts.tags + result.rejectedCount).toBe(37_439);
    expect(result.rejectedCount).toBe(0);
    expect(c.db.prepare("SELECT label, actor, category FROM tags WHERE subject = '1NFw6R8ySoyzCvRrKGK2jWDuVUcq8ECggP'").get()).toEqual({
      label: 'Sigmapool.com',
      actor: 'sigmapool',
      category: 'miner',
    });
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('resolves !include within the pack folder, and rejects an unknown category and confidence with their lines', async () => {
    c.write('header.yaml', 'creator: Test\nconfidence: forensic\ncurrency: BTC\nsource: https://example.org/report\n');
    const pack = c.write(
      'pack.yaml',
      [
        'title: Included header',
        'header: !include header.yaml',
        'category: exchange',
        'tags:',
        '- address: 1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ',
        '  label: Good',
        '- address: 1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ',
        '  label: Bad category',
        '  category: space_pirates',
        '- address: 1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPR',
        '  label: Bad checksum',
        '- address: 3C9sAKXrBVpJVe3b738yik4LPHpPmceBgd',
        '  label: Bad confidence',
        '  confidence: rumour',
      ].join('\n'),
    );
    const result = await c.import(pack);
    expect(result.counts.tags).toBe(1);
    expect(c.db.prepare('SELECT label, category, confidence, source FROM tags').get()).toEqual({
      label: 'Good',
      category: 'exchange',
      confidence: 'forensic',
      source: 'https://example.org/report',
    });
    expect(result.rejected.map((r) => [r.line, r.field, r.reason])).toEqual([
      [7, 'category', 'unknown category "space_pirates" (not a GraphSense concept)'],
      [10, 'address', 'base58check checksum mismatch: 1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPR'],
      [12, 'confidence', 'unknown confidence "rumour"'],
    ]);
    const escape = c.write('escape.yaml', 'title: x\nheader: !include ../../etc/passwd\ntags:\n- address: 1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ\n');
    await expect(c.import(escape)).rejects.toThrow(/line 2: not valid YAML.*outside the pack's folder/);
  });

  it('imports the GraphSense ActorPack, merging categories into the built-in NiceHash actor', async () => {
    const result = await c.import(fixture('graphsense-tagpacks/actors/graphsense.actorpack.yaml'));
    expect(result.format).toBe('graphsense-actorpack');
    expect(result.counts.actors).toBeGreaterThan(1000);
    // Every concept of the taxonomy is accepted: 70 real actors are DeFi derivatives ("defi_derivative").
    expect(result.rejected).toEqual([]);
    expect(c.db.prepare("SELECT count(*) FROM actors WHERE categories LIKE '%\"defi_derivative\"%'").pluck().get()).toBe(70);
    const nicehash = c.db.prepare("SELECT label, categories FROM actors WHERE id = 'nicehash'").get() as { label: string; categories: string };
    expect(nicehash.label).toBe('NiceHash');
    expect(JSON.parse(nicehash.categories)).toEqual(['hash_rental_marketplace', 'exchange']);
    expect(c.db.prepare("SELECT label FROM actors WHERE id = 'lazarusgroup'").pluck().get()).toMatch(/Lazarus/);
  });
});

describe('TagPacks without the mandatory confidence', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  it('refuses the real ofac.yaml (no confidence in its header or its tags), naming the first tag line and the field', async () => {
    const before = c.counts();
    await expect(c.import(fixture('graphsense-tagpacks/packs/ofac.yaml'))).rejects.toThrow(
      /ofac\.yaml: nothing could be read \(line 9, field confidence: missing: a TagPack tag states its confidence, in the tag or in the pack header \(or state one for the whole pack when importing: --confidence LEVEL/,
    );
    expect(c.counts()).toEqual(before);
  });

  it('rejects only the tags that lack it when the header does not give one', async () => {
    const file = c.write('pack.yaml', ['title: T', 'creator: C', 'currency: BTC', 'source: https://example.org', 'tags:', '- address: 134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak', '  label: A', '  confidence: forensic', '- address: 1ECeZBxCVJ8Wm2JSN3Cyc6rge2gnvD3W5K', '  label: B', ''].join('\n'));
    const result = await c.import(file);
    expect(result.counts.tags).toBe(1);
    expect(result.rejected).toEqual([{ file: 'pack.yaml', line: 9, byteOffset: null, field: 'confidence', reason: expect.stringMatching(/^missing: a TagPack tag states its confidence/) }]);
  });

  it('imports the real ofac.yaml whole when the analyst states a confidence for it, and audits that statement', async () => {
    const result = await c.import(fixture('graphsense-tagpacks/packs/ofac.yaml'), { confidence: 'authority_data' });
    // Still rejected: chains Assay does not read (ZEC, BSV, DASH, USDT...) and a Tron address listed as BTC; never a
    // missing confidence.
    expect(result.counts.tags).toBe(546);
    expect(result.rejected.filter((r) => r.field === 'confidence')).toEqual([]);
    const levels = c.db.prepare('SELECT DISTINCT confidence, confidence_score AS score FROM tags').all();
    expect(levels).toEqual([{ confidence: 'authority_data', score: 60 }]);
    const audit = c.db.prepare("SELECT details FROM audit_log WHERE action = 'import' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ file: 'ofac.yaml', statedConfidence: 'authority_data' });
  });

  it('keeps the confidence a tag states: the stated level only fills what is missing', async () => {
    const file = c.write('pack.yaml', ['title: T', 'creator: C', 'currency: BTC', 'source: https://example.org', 'tags:', '- address: 134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak', '  label: A', '  confidence: forensic', '- address: 1ECeZBxCVJ8Wm2JSN3Cyc6rge2gnvD3W5K', '  label: B', ''].join('\n'));
    await c.import(file, { confidence: 'web_crawl' });
    expect(c.db.prepare('SELECT label, confidence FROM tags ORDER BY label').all()).toEqual([{ label: 'A', confidence: 'forensic' }, { label: 'B', confidence: 'web_crawl' }]);
  });
});
