import { parse } from 'lossless-json';

/** Parses JSON keeping every number as its source text, so amounts like 0.1 BTC convert to base units exactly. */
export function parseJsonExact(text: string): unknown {
  return parse(text, null, (numberText: string) => numberText);
}

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an integer field kept as text by parseJsonExact; null when absent. */
export function intField(obj: JsonObject, key: string): number | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string' || !/^-?\d+$/.test(v)) throw new FieldError(key, 'expected an integer');
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new FieldError(key, `integer out of range: ${v.slice(0, 40)}`);
  return n;
}

export function stringField(obj: JsonObject, key: string): string | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new FieldError(key, 'expected a string');
  return v;
}

/** A problem with one field of one row; importers turn it into a located reject. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** Where a JSON parse error points ("... at position 12" from JSON.parse and lossless-json), as line and byte offset. */
export function jsonErrorLocation(text: string, error: unknown): { line: number; byteOffset: number } {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  const index = match ? Math.min(Number(match[1]), text.length) : text.length;
  const before = text.slice(0, index);
  return { line: before.split('\n').length, byteOffset: Buffer.byteLength(before) };
}
