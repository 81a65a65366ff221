import type { ImportRecord } from './records';

/** The first bytes of a file, for format detection without reading it all. */
export interface FileSample {
  name: string;
  head: Buffer;
  size: number;
}

export interface ImportInput {
  path: string;
  name: string;
  size: number;
  /** Called as bytes are consumed, for progress. */
  onBytes(bytesRead: number): void;
  signal: AbortSignal;
}

/** One file format. `detect` scores 0 (no) to 1 (certain); the highest score wins unless the user overrides. */
export interface ImportFormat {
  id: string;
  label: string;
  kind: 'ledger' | 'attribution';
  version: string;
  detect(sample: FileSample): number;
  read(input: ImportInput): AsyncIterable<ImportRecord>;
}
