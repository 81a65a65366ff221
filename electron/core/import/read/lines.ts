import fs from 'node:fs';
import { AppError } from '../../../../shared/api/errors';
import type { ImportInput } from '../format';

/** One text line of a file, located for rejects. */
export interface Line {
  text: string;
  /** 1-based line number. */
  line: number;
  byteOffset: number;
}

/** Longer lines are refused: a "line" of gigabytes is a broken or hostile file, and must not exhaust memory. */
export const MAX_LINE_BYTES = 32 * 1024 * 1024;

/** Streams the non-blank lines of a file (LF or CRLF) with flat memory; refuses a line longer than the cap. */
export async function* readLines(input: ImportInput, maxLineBytes = MAX_LINE_BYTES): AsyncIterable<Line> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = 0;
  let lineStart = 0;
  let lineNo = 0;
  const tooLong = (): AppError =>
    new AppError('IMPORT_REJECTED', `${input.name}: line ${lineNo + 1} (byte offset ${lineStart}) is longer than ${maxLineBytes >> 20} MiB; the file was refused.`, {
      file: input.name,
      line: lineNo + 1,
      byteOffset: lineStart,
    });
  for await (const data of fs.createReadStream(input.path, { highWaterMark: 1 << 20, signal: input.signal })) {
    const chunk = data as Buffer;
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      if (pendingBytes + nl - from > maxLineBytes) throw tooLong();
      const piece = chunk.subarray(from, nl);
      const bytes = pendingBytes > 0 ? Buffer.concat([...pending, piece]) : piece;
      lineNo += 1;
      const text = trimCr(bytes.toString('utf8'));
      if (text.trim() !== '') yield { text, line: lineNo, byteOffset: lineStart };
      pending = [];
      pendingBytes = 0;
      from = nl + 1;
      lineStart = offset + from;
    }
    if (from < chunk.length) {
      pending.push(chunk.subarray(from));
      pendingBytes += chunk.length - from;
      if (pendingBytes > maxLineBytes) throw tooLong();
    }
    offset += chunk.length;
    input.onBytes(offset);
  }
  if (pendingBytes > 0) {
    const text = trimCr(Buffer.concat(pending).toString('utf8'));
    if (text.trim() !== '') yield { text, line: lineNo + 1, byteOffset: lineStart };
  }
}

const trimCr = (text: string): string => (text.endsWith('\r') ? text.slice(0, -1) : text);
