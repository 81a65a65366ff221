import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Readable } from 'node:stream';

export interface FileDigest {
  size: number;
  sha256: string;
}

/** SHA-256 and size of a stream, read in chunks (package files can be hundreds of MB). */
export async function digestStream(stream: Readable): Promise<FileDigest> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}

export const digestFile = (filePath: string): Promise<FileDigest> => digestStream(fs.createReadStream(filePath));
