import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/api/errors';

/**
 * One writer per case across processes: `<case>.lock` holds the owner's pid, host and start time, created with O_EXCL.
 * SQLite's own locks would let two instances interleave writes (WAL allows it) and cannot say who holds the case.
 */
const LockOwner = z.object({ pid: z.number().int(), hostname: z.string(), startedAt: z.string() });
type LockOwner = z.infer<typeof LockOwner>;

/** A lock file that cannot be parsed is given this long to be written before it counts as abandoned. */
const UNREADABLE_GRACE_MS = 10_000;

/** Locks this process holds, counted so the same case opened twice in one process (reopen, two windows) shares one. */
const held = new Map<string, number>();
let exitHookInstalled = false;

export const lockPathFor = (casePath: string): string => `${path.resolve(casePath)}.lock`;

export class CaseLock {
  private released = false;

  private constructor(readonly lockPath: string) {}

  /** Takes the lock for a case or throws CASE_LOCKED naming the other instance. */
  static acquire(casePath: string): CaseLock {
    const lockPath = lockPathFor(casePath);
    const count = held.get(lockPath);
    if (count !== undefined) {
      held.set(lockPath, count + 1);
      return new CaseLock(lockPath);
    }
    if (!tryCreate(lockPath)) {
      const seen = readText(lockPath);
      if (seen === null) {
        // Released between the two calls: one more exclusive create decides who gets it.
        if (!tryCreate(lockPath)) throw lockedError(casePath, readOwner(lockPath));
      } else {
        const owner = parseOwner(seen);
        if (!isStale(lockPath, owner)) throw lockedError(casePath, owner);
        takeOver(casePath, lockPath, seen);
      }
    }
    held.set(lockPath, 1);
    installExitHook();
    return new CaseLock(lockPath);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    const count = held.get(this.lockPath) ?? 0;
    if (count > 1) {
      held.set(this.lockPath, count - 1);
      return;
    }
    held.delete(this.lockPath);
    fs.rmSync(this.lockPath, { force: true });
  }
}

/**
 * Replaces a stale lock (its owner died: crash, kill, power loss). The lock is removed only by the one process that
 * creates the guard named after the exact lock it judged stale, and only while the file still holds those bytes: two
 * processes that both saw the stale lock cannot each remove the other's fresh one, so exactly one ends up holding it.
 */
function takeOver(casePath: string, lockPath: string, seen: string): void {
  const removed = removeUnchanged(lockPath, seen);
  if (removed === 'busy') {
    // A takeover lasts microseconds; a guard that stays was left by a process that died inside one.
    throw new AppError(
      'CASE_LOCKED',
      `${path.basename(casePath)} is being taken over by another Assay instance; try again in a moment. If this persists, no Assay has it open: delete ${path.basename(guardPath(lockPath, seen))} and ${path.basename(lockPath)}.`,
    );
  }
  if (removed === 'changed' || !tryCreate(lockPath)) throw lockedError(casePath, readOwner(lockPath));
}

/**
 * Removes the lock a process this one started held when it died (an engine process its watchdog killed), so the case
 * opens again at once: only while the lock still names that process, and under the takeover guard.
 */
export function releaseLockOf(lockPath: string, pid: number): void {
  const seen = readText(lockPath);
  const owner = parseOwner(seen);
  if (seen !== null && owner?.pid === pid && owner.hostname === os.hostname()) removeUnchanged(lockPath, seen);
}

const guardPath = (lockPath: string, seen: string): string => `${lockPath}.takeover-${createHash('sha256').update(seen).digest('hex').slice(0, 16)}`;

/** Deletes the lock file if it still holds `seen`, under the guard named after those bytes. */
function removeUnchanged(lockPath: string, seen: string): 'removed' | 'changed' | 'busy' {
  const guard = guardPath(lockPath, seen);
  if (!tryCreate(guard)) return 'busy';
  try {
    if (readText(lockPath) !== seen) return 'changed';
    fs.rmSync(lockPath, { force: true });
    return 'removed';
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

function tryCreate(lockPath: string): boolean {
  const owner: LockOwner = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };
  try {
    fs.writeFileSync(lockPath, `${JSON.stringify(owner)}\n`, { flag: 'wx', mode: 0o600 });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', 'The folder of this case does not exist.');
    throw new AppError('CASE_INVALID', 'The case folder is not writable, so the case cannot be opened for editing.', {
      reason: code ?? 'unknown',
    });
  }
}

function readText(lockPath: string): string | null {
  try {
    return fs.readFileSync(lockPath, 'utf8');
  } catch {
    return null;
  }
}

function parseOwner(text: string | null): LockOwner | null {
  try {
    const parsed = LockOwner.safeParse(JSON.parse(text ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const readOwner = (lockPath: string): LockOwner | null => parseOwner(readText(lockPath));

function isStale(lockPath: string, owner: LockOwner | null): boolean {
  if (!owner) {
    const mtime = fs.statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    return Date.now() - mtime > UNREADABLE_GRACE_MS;
  }
  // Another computer (a shared folder): its processes cannot be checked from here.
  if (owner.hostname !== os.hostname()) return false;
  // A lock from before this boot belongs to a process that no longer exists, whatever now has its pid.
  const bootedAt = Date.now() - os.uptime() * 1000;
  if (Date.parse(owner.startedAt) < bootedAt) return true;
  return owner.pid === process.pid || !isAlive(owner.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockedError(casePath: string, owner: LockOwner | null): AppError {
  const name = path.basename(casePath);
  if (!owner) return new AppError('CASE_LOCKED', `${name} is being opened by another Assay instance; try again in a moment.`);
  const where = owner.hostname === os.hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.hostname}`;
  const remedy =
    owner.hostname === os.hostname()
      ? 'Close it there first.'
      : `Close it there first; if that computer is no longer running Assay, delete ${name}.lock.`;
  return new AppError('CASE_LOCKED', `${name} is open in another Assay instance (${where}, since ${owner.startedAt}). ${remedy}`, {
    pid: owner.pid,
    hostname: owner.hostname,
    startedAt: owner.startedAt,
  });
}

/** A normal exit (even without closing the case) leaves no lock behind; only a kill or crash does, and that is stale. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const lockPath of held.keys()) fs.rmSync(lockPath, { force: true });
  });
}
