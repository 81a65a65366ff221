import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../../shared/domain/document';
import { tempDir } from '../../core/test-support/fixtures';
import { cli } from '../testing/cli-run';

describe('assay documents add / list / remove', () => {
  const tmp = tempDir();
  const casePath = path.join(tmp.dir, 'd.assay');
  const doc = path.join(tmp.dir, 'KYC reply.pdf');
  beforeAll(async () => {
    process.env.ASSAY_USER_DATA = path.join(tmp.dir, 'user-data');
    fs.writeFileSync(doc, 'abc');
    expect((await cli('init', casePath, '--examiner', 'J. Doe')).code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('adds a document with its received date and description, lists it (text and JSON), removes it', async () => {
    // An escape sequence in the description reaches the terminal as text, never as a command to it.
    const added = await cli('documents', 'add', casePath, doc, '--received', '2026-11-30', '--description', 'Exchange X KYC reply, order 2026/117 \u001b[2J');
    expect(added).toMatchObject({ code: 0, err: '' });
    expect(added.out).toContain('#1  received 2026-11-30  KYC reply.pdf (3 bytes)');
    expect(added.out).toContain('sha256 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(added.out).toContain('order 2026/117 \\u001b[2J');
    expect(added.out).toContain('by J. Doe');
    const listed = JSON.parse((await cli('documents', 'list', casePath, '--json')).out) as CaseDocument[];
    expect(listed).toEqual([expect.objectContaining({ id: 1, fileName: 'KYC reply.pdf', receivedAt: '2026-11-30', addedBy: 'J. Doe' })]);
    expect((await cli('documents', 'list', casePath)).out).toContain('KYC reply.pdf');
    expect(await cli('documents', 'remove', casePath, '1')).toMatchObject({ code: 0, out: expect.stringContaining('removed #1 KYC reply.pdf') });
    expect((await cli('documents', 'list', casePath)).out).toMatch(/^No documents/);
    expect((await cli('verify', casePath)).code).toBe(0);
  });

  it('refuses a missing or malformed received date and an unknown id, with one line', async () => {
    expect(await cli('documents', 'add', casePath, doc)).toMatchObject({ code: 2, err: expect.stringContaining("'--received <date>' not specified") });
    expect(await cli('documents', 'add', casePath, doc, '--received', '30/11/2026')).toMatchObject({ code: 1, err: expect.stringContaining('YYYY-MM-DD') });
    expect(await cli('documents', 'remove', casePath, '7')).toMatchObject({ code: 1, err: 'assay: Document 7 does not exist.\n' });
    expect((await cli('documents', 'remove', casePath, 'x')).code).toBe(2);
  });
});
