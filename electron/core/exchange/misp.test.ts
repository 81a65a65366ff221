import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CaseFile } from '../case/case-file';
import { importFile } from '../import/run-import';
import { exportPackage } from '../report/export-package';
import { ADDR_THIEF, buildReportCase, TX_SPEND } from '../report/test-support/report-case';
import { tempDir } from '../test-support/fixtures';
import { writeMispEvent } from './write-misp';

/**
 * What the MISP core format (draft-dulaunoy-misp-core-format, sections 2.2-2.4) says MUST be present: event uuid, info,
 * date, threat_level_id, analysis, published, timestamp, distribution; attribute uuid, type, category, value, to_ids,
 * timestamp, distribution; object uuid, name, meta-category, template_uuid, template_version, timestamp, distribution.
 */
const Uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const Epoch = z.string().regex(/^\d+$/);
const Attribute = z.object({
  uuid: Uuid,
  type: z.string().min(1),
  category: z.string().min(1),
  value: z.string().min(1),
  to_ids: z.boolean(),
  timestamp: Epoch,
  distribution: z.enum(['0', '1', '2', '3', '4', '5']),
});
const MispCore = z.object({
  Event: z.object({
    uuid: Uuid,
    info: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    threat_level_id: z.enum(['1', '2', '3', '4']),
    analysis: z.enum(['0', '1', '2']),
    published: z.boolean(),
    timestamp: Epoch,
    distribution: z.enum(['0', '1', '2', '3', '4']),
    Attribute: z.array(Attribute),
    Object: z.array(
      z.object({
        uuid: Uuid,
        name: z.string().min(1),
        'meta-category': z.string().min(1),
        template_uuid: Uuid,
        template_version: z.string().regex(/^\d+$/),
        timestamp: Epoch,
        distribution: z.enum(['0', '1', '2', '3', '4', '5']),
        Attribute: z.array(Attribute.extend({ object_relation: z.string().min(1) })).min(1),
      }),
    ),
    Tag: z.array(z.object({ name: z.string().min(1) })),
  }),
});

let tmp: ReturnType<typeof tempDir>;
let caseFile: string;

beforeAll(async () => {
  tmp = tempDir();
  ({ file: caseFile } = await buildReportCase(tmp.dir));
}, 120_000);
afterAll(() => tmp.cleanup());

/** Writes the event through the case as the API does (one writer, an audit entry). */
function exportEvent(eventFile: string, pkg: string | null): void {
  const c = CaseFile.open(caseFile);
  try {
    writeMispEvent(c.db, eventFile, pkg);
  } finally {
    c.close();
  }
}

describe('MISP exchange', () => {
  it('exports the accepted findings as a MISP core event naming the package manifest, and imports it into another case', async () => {
    const pkg = path.join(tmp.dir, 'pkg');
    await exportPackage({ caseFile, outDir: pkg, zip: false, force: false, maxTableRows: 10, sections: ['summary'] });
    const eventFile = path.join(tmp.dir, 'event.json');
    exportEvent(eventFile, pkg);

    const raw = fs.readFileSync(eventFile, 'utf8');
    const event = MispCore.parse(JSON.parse(raw)).Event;
    const { createHash } = await import('node:crypto');
    const manifestSha = createHash('sha256').update(fs.readFileSync(path.join(pkg, 'manifest.json'))).digest('hex');
    expect(event.info).toContain(manifestSha);
    expect(event.Attribute).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'btc', value: ADDR_THIEF })]));
    expect(event.Object.map((o) => o.name)).toEqual(expect.arrayContaining(['btc-wallet', 'btc-transaction']));
    expect(raw).toContain(`"comment": "Bitcoin transaction ${TX_SPEND}`);
    expect(event.Tag.map((t) => t.name)).toContain('assay:typology="mining-based laundering"');
    // Only accepted findings leave the case: the dismissed one's text is nowhere in the event.
    expect(raw).not.toContain('HYPERLINK');
    expect(() => exportEvent(eventFile, null)).toThrow(/already exists/);

    const partner = CaseFile.create(path.join(tmp.dir, 'partner.assay'), { title: 'Partner', examiner: 'P. Artner', caseNumber: '', agency: '' });
    try {
      const result = await importFile(partner.db, { filePath: eventFile, displayName: 'event.json', onBadRows: 'refuse' });
      expect(result.format).toBe('misp-event');
      const tags = partner.db.prepare("SELECT label, source FROM tags WHERE subject = ? AND source LIKE 'MISP event %'").all(ADDR_THIEF) as { label: string; source: string }[];
      expect(tags).toHaveLength(1);
      expect(tags[0]?.source).toContain(event.uuid);
      expect(tags[0]?.label).toContain('Assay finding 1');
    } finally {
      partner.close();
    }
  });

  it('locates a bad wallet attribute by line and imports nothing of the file', async () => {
    const bad = path.join(tmp.dir, 'bad.json');
    fs.writeFileSync(bad, '{"Event": {"uuid": "x", "info": "partner",\n "Attribute": [\n {"type": "btc", "value": "1NotAValidBitcoinAddressXXXXXXXX"}]}}\n');
    const partner = CaseFile.create(path.join(tmp.dir, 'partner2.assay'), { title: 'Partner', examiner: '', caseNumber: '', agency: '' });
    try {
      await expect(importFile(partner.db, { filePath: bad, displayName: 'bad.json', onBadRows: 'refuse' })).rejects.toMatchObject({
        code: 'IMPORT_REJECTED',
        message: expect.stringContaining('line 3'),
      });
      expect(partner.db.prepare("SELECT count(*) FROM tags WHERE source LIKE 'MISP%'").pluck().get()).toBe(0);
    } finally {
      partner.close();
    }
  });
});
