import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CaseFile } from '../../case/case-file';
import { lockPathFor } from '../../case/case-lock';
import { tempDir } from '../../test-support/fixtures';
import { exited, spawnScript, waitForLine } from '../spawn-script';
import { attackScale } from './attack-scale';

/** The pid of a process that has exited: its lock is stale. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid as number;
}

/** Attack 7 of issue 12: processes racing to take over a stale lock each believed they held the case. */
describe('attack: racing processes take over a stale lock one at a time', () => {
  let tmp: ReturnType<typeof tempDir>;
  let casePath: string;
  beforeAll(() => {
    tmp = tempDir('assay-attack-lock-');
    casePath = path.join(tmp.dir, 'c.assay');
    CaseFile.create(casePath, { title: 'race' }).close();
  });
  afterAll(() => tmp.cleanup());

  // The racers start once (a Node process each) and race every round: many rounds stay cheap enough for CI.
  const racers = attackScale(3, 8);
  const rounds = attackScale(12, 60);
  it(`${racers} processes, ${rounds} rounds: exactly one holds the lock each round`, async () => {
    const children = Array.from({ length: racers }, () => spawnScript('race-lock.ts', [casePath, tmp.dir, String(rounds)]));
    const outputs = children.map((child) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => void (out += chunk.toString()));
      return () => out;
    });
    /** The racer's line for a round, once it has printed it. */
    const lineOf = (index: number, pattern: RegExp): Promise<string> =>
      vi.waitFor(() => {
        const line = (outputs[index] as () => string)().split('\n').find((l) => pattern.test(l));
        if (line === undefined) throw new Error(`racer ${index}: no line ${pattern}`);
        return line;
      }, { timeout: 30_000, interval: 5 });
    try {
      await Promise.all(children.map((child) => waitForLine(child, 'ready')));
      const dead = await deadPid();
      for (let round = 1; round <= rounds; round += 1) {
        const owner = { pid: dead, hostname: os.hostname(), startedAt: new Date().toISOString() };
        fs.writeFileSync(lockPathFor(casePath), `${JSON.stringify(owner)}\n`);
        fs.writeFileSync(path.join(tmp.dir, `go-${round}`), '');
        const results = await Promise.all(children.map((_, i) => lineOf(i, new RegExp(`^${round} (ACQUIRED|REFUSED \\w+)$`))));
        const verdicts = results.map((line) => line.slice(String(round).length + 1));
        expect(verdicts.filter((r) => r === 'ACQUIRED'), `round ${round}: ${verdicts.join(', ')}`).toHaveLength(1);
        expect(verdicts.filter((r) => r !== 'ACQUIRED').every((r) => r === 'REFUSED CASE_LOCKED')).toBe(true);
        expect(fs.readdirSync(tmp.dir).filter((name) => name.includes('.takeover-'))).toEqual([]);
        fs.writeFileSync(path.join(tmp.dir, `end-${round}`), '');
        await Promise.all(children.map((_, i) => lineOf(i, new RegExp(`^${round} DONE$`))));
        // The winner released: no lock is left for the next round's stale one to hide behind.
        expect(fs.existsSync(lockPathFor(casePath))).toBe(false);
      }
    } finally {
      for (const child of children) child.kill();
      await Promise.all(children.map(exited));
    }
  }, 120_000);
});
