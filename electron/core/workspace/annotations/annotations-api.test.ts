import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HashRentalDepositInput } from '../../../../shared/domain/annotation';
import { verifyAuditChain } from '../../audit/audit-log';
import { loadOffchainLinks } from '../../analysis/links';
import { toChecksumAddress } from '../../../../shared/address/eip55';
import { BLOCK_50001, fixture } from '../../test-support/fixtures';
import { useTestCase } from '../test-api';

const DEPOSIT = '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ';
const PAYOUT = '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ';
const subject = { type: 'address', chain: 'BTC', id: DEPOSIT } as const;

const deposit = (over: Partial<HashRentalDepositInput> = {}): HashRentalDepositInput => ({
  service: 'NiceHash',
  orderId: 'NH-118842',
  periodFrom: '2023-03-01T00:00:00Z',
  periodTo: '2023-03-04T00:00:00Z',
  algorithm: 'SHA256',
  poolUrl: 'stratum+tcp://btc.viabtc.io:3333',
  worker: 'acct77.rig1',
  payoutAddress: PAYOUT,
  fiatAmount: '45000.00',
  fiatCurrency: 'USD',
  ...over,
});

describe('annotations API', () => {
  const t = useTestCase([BLOCK_50001]);

  const db = () => t.backend.session.caseFile.db;

  it('adds a hash-rental deposit: stores the evidence name and SHA-256 (not the file), links deposit to payout, audits it', async () => {
    const evidencePath = path.join(t.tmp.dir, 'subpoena return.pdf');
    fs.writeFileSync(evidencePath, 'abc');
    const evidence = t.backend.files.register(evidencePath);
    const added = await t.api.call('annotations.add', {
      subject,
      annotation: { note: 'NiceHash subpoena return', confidence: 80, deposit: { ...deposit(), evidenceFile: evidence.id } },
    });
    expect(added.kind).toBe('hash_rental_deposit');
    expect(added.deposit?.evidenceDocument).toEqual({
      name: 'subpoena return.pdf',
      // SHA-256("abc"), the FIPS 180-2 test vector.
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      size: 3,
    });
    expect(added.links).toEqual([expect.objectContaining({ chain: 'BTC', from: DEPOSIT, to: PAYOUT, confidence: 80 })]);
    // The analysis engine's tracer reads the same table and columns: the link is there, keyed by the deposit address row.
    const links = [...loadOffchainLinks(db()).values()].flat();
    expect(links).toEqual([expect.objectContaining({ annotationId: added.id, note: 'NiceHash subpoena return' })]);
    const audit = db().prepare("SELECT action, details FROM audit_log WHERE action LIKE 'annotation.%'").all() as { action: string; details: string }[];
    expect(audit.map((a) => a.action)).toEqual(['annotation.add']);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ id: added.id, links: [{ from: DEPOSIT, to: PAYOUT }] });
    expect(await t.api.call('annotations.list', { subject })).toEqual([added]);
    // The payout side sees the link that points at it, with the annotation behind it.
    expect(await t.api.call('offchain.links', { chain: 'BTC', address: PAYOUT })).toEqual([
      expect.objectContaining({ from: DEPOSIT, to: PAYOUT, annotationId: added.id, kind: 'hash_rental_deposit' }),
    ]);
    expect(await t.api.call('offchain.links', { chain: 'LTC', address: PAYOUT })).toEqual([]);
  });

  it('updates keep the evidence document unless a new file is given, move the link, and delete removes both', async () => {
    const evidencePath = path.join(t.tmp.dir, 'e.txt');
    fs.writeFileSync(evidencePath, 'evidence');
    const first = await t.api.call('annotations.add', {
      subject,
      annotation: { deposit: { ...deposit(), evidenceFile: t.backend.files.register(evidencePath).id } },
    });
    const other = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
    const updated = await t.api.call('annotations.update', { id: first.id, annotation: { note: 'corrected', deposit: deposit({ payoutAddress: other }) } });
    expect(updated.deposit?.evidenceDocument).toEqual(first.deposit?.evidenceDocument);
    expect(updated.links.map((l) => l.to)).toEqual([other]);
    expect(updated.note).toBe('corrected');
    await t.api.call('annotations.delete', { id: first.id });
    expect(await t.api.call('annotations.list', { subject })).toEqual([]);
    expect(db().prepare('SELECT count(*) FROM offchain_links').pluck().get()).toBe(0);
    expect(verifyAuditChain(db())).toMatchObject({ ok: true });
    const actions = db().prepare("SELECT action FROM audit_log WHERE action LIKE 'annotation.%' ORDER BY seq").pluck().all();
    expect(actions).toEqual(['annotation.add', 'annotation.update', 'annotation.delete']);
  });

  it('a plain note with labels on a transaction makes no link', async () => {
    const tx = { type: 'tx', chain: 'BTC', id: '7940cdde4d713e171849efc6bd89939185be270266c94e92369e3877ad89455a' } as const;
    const note = await t.api.call('annotations.add', { subject: tx, annotation: { note: '=HYPERLINK("x")', labels: ['reviewed'] } });
    expect(note).toMatchObject({ kind: 'note', note: '=HYPERLINK("x")', labels: ['reviewed'], links: [], deposit: null });
  });

  it.each([
    ['a payout address with a bad checksum', { payoutAddress: '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHR' }, 'annotation.deposit.payoutAddress'],
    ['a period that ends before it starts', { periodTo: '2023-02-01T00:00:00Z' }, 'periodTo'],
    ['a pool URL without a scheme', { poolUrl: 'javascript:alert(1)' }, 'poolUrl'],
    ['a fiat amount as a float expression', { fiatAmount: '1e5' }, 'fiatAmount'],
    ['"other" without a service name', { service: 'other' as const }, 'serviceName'],
  ])('refuses %s, naming the field, and writes nothing', async (_name, over, field) => {
    const before = db().prepare('SELECT count(*) FROM audit_log').pluck().get();
    const error = await t.api.call('annotations.add', { subject, annotation: { deposit: deposit(over) } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect(JSON.stringify(error)).toContain(field);
    expect(db().prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
    expect(db().prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
  });

  it('refuses a deposit on a transaction and an unknown annotation id', async () => {
    const tx = { type: 'tx', chain: 'BTC', id: 'e1882d41800d96d0fddc196cd8d3f0b45d65b030c652d97eaba79a1174e64d58' } as const;
    await expect(t.api.call('annotations.add', { subject: tx, annotation: { deposit: deposit() } })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(t.api.call('annotations.delete', { id: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('annotations on Ethereum addresses typed in their checksummed spelling', () => {
  const ETH_TXS = fixture('ethereum-etl-fixtures/test_stream/blocks_17173049_17173050/expected_transactions.json');
  const t = useTestCase([ETH_TXS]);
  const [from, to] = (() => {
    const row = JSON.parse(fs.readFileSync(ETH_TXS, 'utf8').split('\n')[0]!.replace(/"value": \d+/, '"value": "0"')) as { from_address: string; to_address: string };
    return [row.from_address, row.to_address];
  })();

  it('are found under either spelling, and the deposit link joins the stored addresses', async () => {
    const typed = { type: 'address', chain: 'ETH', id: toChecksumAddress(from) } as const;
    await t.api.call('annotations.add', { subject: typed, annotation: { note: 'seen in a report', confidence: 60, deposit: { ...deposit(), payoutAddress: toChecksumAddress(to) } } });
    expect(await t.api.call('annotations.list', { subject: { ...typed, id: from } })).toHaveLength(1);
    expect(await t.api.call('annotations.list', { subject: typed })).toHaveLength(1);
    expect(await t.api.call('offchain.links', { chain: 'ETH', address: toChecksumAddress(to) })).toMatchObject([{ from, to }]);
  });
});
