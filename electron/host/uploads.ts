import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { AppError } from '../../shared/api/errors';

/** A display name for an upload: the browser's file name, stripped of any path and control characters. */
export function uploadDisplayName(raw: string | null): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  if (!clean) throw new AppError('VALIDATION', 'An upload needs a file name.', { field: 'name' });
  return clean;
}

/**
 * Streams a request body to a new file in `dir` (never buffered: imports can be gigabytes), refusing bodies
 * over `limit` bytes. The partial file is removed on any failure.
 */
export async function receiveUpload(req: IncomingMessage, dir: string, limit: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    throw new AppError('VALIDATION', `The file is larger than the upload limit (${limit} bytes).`, { field: 'body' });
  }
  const target = path.join(dir, `upload-${randomBytes(12).toString('hex')}`);
  let size = 0;
  const limiter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) done(new AppError('VALIDATION', `The file is larger than the upload limit (${limit} bytes).`, { field: 'body' }));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(req, limiter, fs.createWriteStream(target, { flags: 'wx', mode: 0o600 }));
    return target;
  } catch (error) {
    await fs.promises.rm(target, { force: true });
    throw error;
  }
}
