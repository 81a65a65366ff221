import fs from 'node:fs';
import type { ImportPreview } from '../../../shared/api/methods/import';
import { readHead } from './file-digest';
import { bestFormat, findFormat } from './formats';
import { looksBinary } from './read/binary';
import { csvHeader } from './read/csv-rows';

const PREVIEW_LINES = 20;
const MAX_LINE_CHARS = 500;

/** What the import dialog shows before importing: the detected format, the CSV header and the first lines. */
export async function previewFile(filePath: string, name: string, format?: string): Promise<ImportPreview> {
  const head = await readHead(filePath);
  const sample = { name, head, size: fs.statSync(filePath).size };
  const chosen = format ? findFormat(format) : bestFormat(sample);
  const binary = looksBinary(head);
  const lines = binary
    ? [`(binary data) ${head.subarray(0, 64).toString('hex')}`]
    : head
        .toString('utf8')
        .split(/\r?\n/)
        .slice(0, PREVIEW_LINES)
        .map((line) => (line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line));
  const namesChain = chosen?.namesChain?.(sample) ?? true;
  return { file: name, format: chosen?.id ?? null, label: chosen?.label ?? null, namesChain, columns: binary ? [] : csvHeader(head), lines };
}
