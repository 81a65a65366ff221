import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { AppError } from '../../../../shared/api/errors';
import type { ImportInput, IncludedFile } from '../format';
import { describe } from './fields';

/**
 * Limits on a YAML pack, each named in the refusal so the analyst knows which one a file hit. js-yaml (15x faster than
 * the `yaml` library on miners.yaml) has no alias options of its own, so its node listener enforces them.
 */
export const PACK_LIMITS = {
  /** A pack is read whole; larger files are refused rather than exhausting memory. */
  maxPackBytes: 256 * 1024 * 1024,
  /** Alias nodes (`*name`) per document; the `yaml` library's maxAliasCount default. Real packs use none. */
  maxAliasCount: 100,
  /** What all aliases together may expand to (nodes plus one per 64 characters of text): "billion laughs" stop here. */
  maxAliasExpansion: 1_000_000,
  /** One `!include`d file: a shared header, not a pack. */
  maxIncludeBytes: 1024 * 1024,
  /** All `!include`d bytes of one pack together, a file included twice counted twice. */
  maxIncludedBytes: 16 * 1024 * 1024,
} as const;

/** Thrown inside the parser; located afterwards by the directive's text or the parser's mark. */
class PackLimitError extends Error {
  constructor(
    message: string,
    readonly directive: string | null = null,
  ) {
    super(message);
  }
}

/**
 * Reads a YAML pack whole, resolving `!include FILE` to regular files inside the pack's own folder (real paths, so no
 * link leads out; no devices or pipes), each hashed and reported through `input.onInclude`. The JSON schema keeps 0x
 * addresses and dates as text.
 */
export async function loadPackYaml(input: ImportInput): Promise<{ doc: unknown; text: string }> {
  if (input.size > PACK_LIMITS.maxPackBytes) {
    throw new AppError('IMPORT_REJECTED', `${input.name}: larger than ${PACK_LIMITS.maxPackBytes >> 20} MiB (pack size limit); split the pack.`, {
      file: input.name,
      limit: 'maxPackBytes',
    });
  }
  const text = await fs.promises.readFile(input.path, 'utf8');
  input.onBytes(input.size);
  const includes = new IncludeReader(path.dirname(input.path));
  const include = new yaml.Type('!include', {
    kind: 'scalar',
    construct: (value: string): unknown => {
      const { text: included, first } = includes.read(value);
      if (first) input.onInclude?.(first);
      return yaml.load(included, { schema: yaml.JSON_SCHEMA, listener: aliasGuard() });
    },
  });
  try {
    return { doc: yaml.load(text, { schema: yaml.JSON_SCHEMA.extend([include]), filename: input.name, listener: aliasGuard() }), text };
  } catch (error) {
    const directive = error instanceof PackLimitError ? error.directive : null;
    const line = directive !== null ? lineOf(text, text.indexOf(`!include ${directive}`)) : ((error as { mark?: { line?: number } }).mark?.line ?? -1) + 1;
    const reason = error instanceof PackLimitError ? error.message : ((error as { reason?: string }).reason ?? (error as Error).message);
    throw new AppError('IMPORT_REJECTED', `${input.name}: line ${line || '?'}: not valid YAML (${reason.slice(0, 200)}).`, { file: input.name, line: line || null });
  }
}

const lineOf = (text: string, index: number): number => (index < 0 ? 0 : text.slice(0, index).split('\n').length);

/** A js-yaml listener that counts alias nodes and what they expand to, refusing past the limits. */
function aliasGuard(): (event: yaml.EventType, state: yaml.State) => void {
  let aliases = 0;
  let expansion = 0;
  return (event, state) => {
    // An alias is the one node that closes with neither kind nor tag but a value (the typings omit the parser's `tag`).
    const node = state as { kind: string | null; tag?: string | null; result: unknown };
    if (event !== 'close' || node.kind !== null || node.tag !== null || node.result === null || node.result === undefined) return;
    aliases += 1;
    if (aliases > PACK_LIMITS.maxAliasCount) throw new PackLimitError(`more than ${PACK_LIMITS.maxAliasCount} aliases (maxAliasCount)`);
    expansion += expandedSize(node.result, PACK_LIMITS.maxAliasExpansion - expansion);
    if (expansion > PACK_LIMITS.maxAliasExpansion) {
      throw new PackLimitError(`aliases expand to more than ${PACK_LIMITS.maxAliasExpansion.toLocaleString('en-US')} nodes (maxAliasExpansion)`);
    }
  };
}

/** Nodes (plus one per 64 characters of text) in a value as if every shared reference were copied; stops past `budget`. */
function expandedSize(value: unknown, budget: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= budget) {
    const v = stack.pop();
    size += 1;
    if (typeof v === 'string') size += v.length >> 6;
    else if (Array.isArray(v)) stack.push(...(v as unknown[]));
    else if (v !== null && typeof v === 'object') for (const [key, item] of Object.entries(v)) stack.push(key, item);
  }
  return size;
}

/**
 * Reads `!include` targets: regular files under the pack's real folder, each and all together under their caps. Each
 * file is read once (the parser may construct a node twice when it backtracks); `first` is set on that first read.
 */
class IncludeReader {
  private total = 0;
  private readonly realBase: string;
  private readonly cache = new Map<string, string>();

  constructor(private readonly baseDir: string) {
    this.realBase = fs.realpathSync(baseDir);
  }

  read(value: string): { text: string; first: IncludedFile | null } {
    const fail = (reason: string): PackLimitError => new PackLimitError(`!include ${describe(value)} ${reason}`, value);
    let real: string;
    try {
      real = fs.realpathSync(path.resolve(this.baseDir, value));
    } catch {
      throw fail('does not exist');
    }
    if (!real.startsWith(this.realBase + path.sep)) throw fail("points outside the pack's folder (links are followed to where they lead)");
    const cached = this.cache.get(real);
    // Counted on every use, cached or not: parsing the same file a million times costs as much as a million files.
    const count = (size: number): void => {
      this.total += size;
      if (this.total > PACK_LIMITS.maxIncludedBytes) throw fail(`brings the included total over ${PACK_LIMITS.maxIncludedBytes >> 20} MiB (maxIncludedBytes)`);
    };
    if (cached !== undefined) {
      count(cached.length);
      return { text: cached, first: null };
    }
    const bytes = this.readRegular(real, fail);
    count(bytes.length);
    const text = bytes.toString('utf8');
    this.cache.set(real, text);
    return { text, first: { path: value, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } };
  }

  private readRegular(real: string, fail: (reason: string) => PackLimitError): Buffer {
    // O_NONBLOCK: opening a named pipe must not wait for a writer; fstat then refuses it like any non-regular file.
    let fd: number;
    try {
      fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    } catch (error) {
      throw fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) throw fail('is not a regular file (a device, pipe or folder)');
      if (stat.size > PACK_LIMITS.maxIncludeBytes) throw fail(`is larger than ${PACK_LIMITS.maxIncludeBytes >> 20} MiB (maxIncludeBytes)`);
      // One byte past the size seen: a file growing after fstat cannot push more than that into memory.
      const buffer = Buffer.alloc(stat.size + 1);
      const bytes = buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0));
      if (bytes.length > stat.size) throw fail('changed while it was read');
      return bytes;
    } finally {
      fs.closeSync(fd);
    }
  }
}
