import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  const racers = attackScale(3, 8);
  const rounds = attackScale(1, 15);
  it(`${racers} processes, ${rounds} rounds: exactly one holds the lock each round`, async () => {
    for (let round = 1; round <= rounds; round += 1) {
      const lock = lockPathFor(casePath);
      const owner = { pid: await deadPid(), hostname: os.hostname(), startedAt: new Date().toISOString() };
      fs.writeFileSync(lock, `${JSON.stringify(owner)}\n`);
      const go = path.join(tmp.dir, `go-${round}`);
      const children = Array.from({ length: racers }, () => spawnScript('race-lock.ts', [casePath, go]));
      const answers = children.map(
        (child) =>
          new Promise<string>((resolve) => {
            let out = '';
            child.stdout.on('data', (chunk: Buffer) => {
              out += chunk.toString();
              const answer = /^(ACQUIRED|REFUSED \w+)$/m.exec(out);
              if (answer) resolve(answer[1] as string);
            });
          }),
      );
      await Promise.all(children.map((child) => waitForLine(child, 'ready')));
      fs.writeFileSync(go, '');
      const results = await Promise.all(answers);
      expect(results.filter((r) => r === 'ACQUIRED'), `round ${round}: ${results.join(', ')}`).toHaveLength(1);
      expect(results.filter((r) => r !== 'ACQUIRED').every((r) => r === 'REFUSED CASE_LOCKED')).toBe(true);
      for (const child of children) child.stdin.end();
      await Promise.all(children.map(exited));
      expect(fs.readdirSync(tmp.dir).filter((name) => name.includes('.takeover-'))).toEqual([]);
    }
  }, 120_000);
});
