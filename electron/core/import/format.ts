import type { Chain } from '../../../shared/domain/chain';
import type { CsvMapping } from '../../../shared/api/methods/import';
import type { ImportRecord } from './records';

/** The first bytes of a file, for format detection without reading it all. */
export interface FileSample {
  name: string;
  head: Buffer;
  size: number;
}

/** What the analyst told the importer that the file cannot say itself. */
export interface FormatOptions {
  /** For formats that do not name their chain (raw hex, generic CSV, label lists). */
  chain?: Chain | undefined;
  /** Column mapping for the generic CSV format. */
  mapping?: CsvMapping | undefined;
  /**
   * The confidence an analyst states for a TagPack's tags that state none (real packs such as OFAC's omit it); tags
   * that state their own keep theirs. Recorded in the import's audit entry.
   */
  confidence?: string | undefined;
}

/** A file an input pulled in (a TagPack's `!include`): its name as written, size and SHA-256, recorded with the source. */
export interface IncludedFile {
  path: string;
  size: number;
  sha256: string;
}

export interface ImportInput {
  path: string;
  name: string;
  size: number;
  options: FormatOptions;
  /** Called as bytes are consumed, for progress. */
  onBytes(bytesRead: number): void;
  /** Called for each file the input pulls in (a TagPack's `!include`), so the source records what it was made of. */
  onInclude?(file: IncludedFile): void;
  signal: AbortSignal;
}

/** One file format. `detect` scores 0 (no) to 1 (certain); the highest score wins unless the user overrides. */
export interface ImportFormat {
  id: string;
  label: string;
  kind: 'ledger' | 'attribution';
  version: string;
  detect(sample: FileSample): number;
  /** False when this file does not say its chain, so the analyst must choose one before importing; absent: it does. */
  namesChain?(sample: FileSample): boolean;
  read(input: ImportInput): AsyncIterable<ImportRecord>;
}
