import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PACK_LIMITS } from '../../import/formats/pack-yaml';
import { testCase, type TestCase } from '../../import/test-case';
import { attackScale } from './attack-scale';

const ADDRESS = '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ';
const pack = (header: string): string => `title: hostile\n${header}\ntags:\n- address: ${ADDRESS}\n  label: x\n  currency: BTC\n`;

/** Attacks 2 and 3 of issue 12: `!include` reaching outside the pack, devices, and YAML alias bombs. */
describe('attack: hostile TagPacks are refused whole, naming the limit they hit', () => {
  let c: TestCase;
  let packs: string;
  beforeEach(() => {
    c = testCase();
    packs = path.join(c.dir, 'packs');
    fs.mkdirSync(packs);
  });
  afterEach(() => c.close());

  const refused = async (name: string, content: string, reason: RegExp): Promise<void> => {
    const before = c.counts();
    const file = path.join(packs, name);
    fs.writeFileSync(file, content);
    const started = performance.now();
    await expect(c.import(file)).rejects.toMatchObject({ code: 'IMPORT_REJECTED', message: expect.stringMatching(reason) });
    expect(c.counts()).toEqual(before);
    expect(performance.now() - started).toBeLessThan(10_000);
  };

  it('an !include through a symlink to a private key outside the folder is refused, and the key is read nowhere', async () => {
    const key = path.join(c.dir, 'id_ed25519');
    fs.writeFileSync(key, 'label: -----BEGIN OPENSSH PRIVATE KEY-----\n');
    fs.symlinkSync(key, path.join(packs, 'header.yaml'));
    await refused('pack.yaml', pack('header: !include header.yaml'), /line 2: .*!include "?header\.yaml"? points outside the pack's folder/);
    fs.symlinkSync(c.dir, path.join(packs, 'up'));
    await refused('pack2.yaml', pack('header: !include up/id_ed25519'), /points outside the pack's folder/);
    await refused('pack3.yaml', pack('header: !include /etc/hostname'), /points outside the pack's folder/);
  });

  it('an !include of /dev/zero (through a link) or of a named pipe is refused without reading it', async () => {
    fs.symlinkSync('/dev/zero', path.join(packs, 'zero.yaml'));
    await refused('pack.yaml', pack('header: !include zero.yaml'), /points outside the pack's folder/);
    execFileSync('mkfifo', [path.join(packs, 'pipe.yaml')]);
    await refused('pack2.yaml', pack('header: !include pipe.yaml'), /is not a regular file/);
  });

  it('an !include larger than the cap is refused naming maxIncludeBytes', async () => {
    fs.writeFileSync(path.join(packs, 'big.yaml'), `creator: ${'x'.repeat(PACK_LIMITS.maxIncludeBytes)}\n`);
    await refused('pack.yaml', pack('header: !include big.yaml'), /maxIncludeBytes/);
  });

  it('the same include repeated until the parsed total passes the cap is refused naming maxIncludedBytes', async () => {
    fs.writeFileSync(path.join(packs, 'h.yaml'), `creator: ${'x'.repeat(512 * 1024)}\n`);
    const repeats = (PACK_LIMITS.maxIncludedBytes >> 19) + 2;
    const lines = Array.from({ length: repeats }, (_, i) => `h${i}: !include h.yaml`).join('\n');
    await refused('pack.yaml', pack(lines), /maxIncludedBytes/);
  });

  it('a billion-laughs pack is refused naming its alias limit, quickly', async () => {
    const levels = attackScale(7, 9);
    const lines = ['title: laughs', 'l0: &l0 "lol lol lol lol lol lol lol lol lol lol"'];
    for (let i = 1; i <= levels; i += 1) lines.push(`l${i}: &l${i} [${new Array(9).fill(`*l${i - 1}`).join(', ')}]`);
    await refused('laughs.yaml', `${lines.join('\n')}\ntags:\n- address: ${ADDRESS}\n  label: x\n  currency: BTC\n`, /maxAliasExpansion|maxAliasCount/);
  });

  it('a pack whose tags are thousands of aliases of one big tag is refused naming maxAliasCount', async () => {
    const count = attackScale(2_000, 100_000);
    const tags = new Array(count).fill('- *t').join('\n');
    const text = `title: many\nshared: &t {address: ${ADDRESS}, currency: BTC, label: "${'L'.repeat(10_000)}"}\ntags:\n${tags}\n`;
    await refused('many.yaml', text, /more than 100 aliases \(maxAliasCount\)/);
  });

  it('a legitimate include is imported and its SHA-256 recorded in the import audit entry with the source', async () => {
    const header = 'creator: Test\ncurrency: BTC\n';
    fs.writeFileSync(path.join(packs, 'header.yaml'), header);
    const file = path.join(packs, 'ok.yaml');
    fs.writeFileSync(file, `title: ok\nheader: !include header.yaml\ntags:\n- address: ${ADDRESS}\n  label: fine\n`);
    const result = await c.import(file);
    expect(result.counts.tags).toBe(1);
    const details = JSON.parse(c.db.prepare("SELECT details FROM audit_log WHERE action = 'import' ORDER BY seq DESC LIMIT 1").pluck().get() as string);
    const { createHash } = await import('node:crypto');
    expect(details.includes).toEqual([{ path: 'header.yaml', size: header.length, sha256: createHash('sha256').update(header).digest('hex') }]);
  });

  it('a label with NUL is refused with its line and field', async () => {
    const file = path.join(packs, 'nul.yaml');
    fs.writeFileSync(file, `title: nul\ncurrency: BTC\ntags:\n- address: ${ADDRESS}\n  label: "hidden\\0tail"\n`);
    const result = await c.import(file, { onBadRows: 'skip' }).catch((e: Error) => e);
    expect(result).toMatchObject({ message: expect.stringMatching(/line 4, field label: contains a NUL character/) });
  });
});
