import fc from 'fast-check';
import type { Seed } from './fixture-seeds';

/** One generated file: its bytes, the name it is imported under, and how it was made (for failure reports). */
export interface FuzzInput {
  name: string;
  bytes: Buffer;
  how: string;
  [fc.toStringMethod]: () => string;
}

/** Values of the wrong type or out of range, as raw text so they can be numbers JSON.stringify would never write. */
const WRONG_VALUES = [
  'null', 'true', '-1', '0', '1.5', '-0', '1e400', '-1e400', '123456789012345678901234567890', '9007199254740993',
  '""', '"x"', '"NaN"', '"-1"', '"=HYPERLINK(\\"http://x\\")"', '"\\u202etxt.exe"', '[]', '{}', '[[[[[[[[]]]]]]]]', '{"a":{"b":{}}}',
];
const WRONG_FIELDS = [
  '', '-1', '1e400', 'NaN', '0x', 'null', '=cmd|"/c calc"!A1', '"unterminated', '123456789012345678901234567890', '\u202e', '\u0000', ',,,',
];
const HUGE = [
  'A'.repeat(200_000),
  '9'.repeat(100_000),
  `"${'\\u0000'.repeat(20_000)}"`,
  '['.repeat(50_000),
  '{"a":'.repeat(20_000),
];

/** Counterexamples print as their recipe, not as a megabyte of bytes. */
const describe = (input: Omit<FuzzInput, typeof fc.toStringMethod>): FuzzInput => ({
  ...input,
  [fc.toStringMethod]: () => `${input.how} (${input.bytes.length} bytes)`,
});

const at = (n: number, length: number): number => (length === 0 ? 0 : n % (length + 1));
const spliceBytes = (bytes: Buffer, start: number, remove: number, insert: Buffer = Buffer.alloc(0)): Buffer =>
  Buffer.concat([bytes.subarray(0, start), insert, bytes.subarray(start + remove)]);

type Slot = { holder: Record<string | number, unknown>; key: string | number };

/** Every place in a parsed JSON value that holds a value (object member or array item), in document order. */
function jsonSlots(doc: unknown): Slot[] {
  const slots: Slot[] = [];
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value)) {
      slots.push({ holder: value as Record<string | number, unknown>, key: Array.isArray(value) ? Number(key) : key });
      walk(item);
    }
  };
  walk(doc);
  return slots;
}

/** The document's text with one slot holding `raw` verbatim (a number JSON.stringify would never write); the doc is left as it was. */
function withRaw(doc: unknown, slot: Slot, raw: string): string {
  const original = slot.holder[slot.key];
  slot.holder[slot.key] = '\u0000FUZZ\u0000';
  const text = JSON.stringify(doc).replace('"\\u0000FUZZ\\u0000"', raw);
  slot.holder[slot.key] = original;
  return text;
}

const parseJson = (text: string): { ok: true; doc: unknown } | { ok: false } => {
  try {
    return { ok: true, doc: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/** Replaces the k-th node of a JSON value with a raw wrong-typed value; null when the text is not JSON. */
function mutateJson(text: string, k: number, raw: string): string | null {
  const parsed = parseJson(text);
  if (!parsed.ok) return null;
  const slots = jsonSlots(parsed.doc);
  return slots.length === 0 ? raw : withRaw(parsed.doc, slots[k % slots.length]!, raw);
}

/** 10^29: more than any 64-bit integer column holds, and not a safe JavaScript integer either. */
const OVERSIZED = '123456789012345678901234567890';

/**
 * The same JSON seed (whole document, or its first JSON line) once per integer field, that field set to 10^29:
 * a deterministic sweep for values that pass a digits-only check but cannot be stored.
 */
export function oversizedIntegers(seed: Seed, limit: number): FuzzInput[] {
  const text = seed.bytes.toString('utf8');
  const newline = text.indexOf('\n');
  const whole = parseJson(text);
  const [parsed, rest] = whole.ok ? [whole, ''] : [parseJson(newline < 0 ? text : text.slice(0, newline)), newline < 0 ? '' : text.slice(newline)];
  if (!parsed.ok) return [];
  const integerLike = (v: unknown): boolean => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d+$/.test(v));
  return jsonSlots(parsed.doc)
    .filter((slot) => integerLike(slot.holder[slot.key]))
    .slice(0, limit)
    .map((slot) => describe({ name: seed.name, bytes: Buffer.from(withRaw(parsed.doc, slot, OVERSIZED) + rest), how: `${seed.name}: ${String(slot.key)} := 10^29` }));
}

/** Wrong types inside structure: a JSON node (whole file or one JSON line) or one delimited field of one line. */
function wrongType(seed: Seed, k: number, pick: number): Omit<FuzzInput, typeof fc.toStringMethod> {
  const text = seed.bytes.toString('utf8');
  const raw = WRONG_VALUES[pick % WRONG_VALUES.length]!;
  const whole = mutateJson(text, k, raw);
  if (whole !== null) return { name: seed.name, bytes: Buffer.from(whole), how: `json node ${k} := ${raw.slice(0, 40)}` };
  const lines = text.split('\n');
  const index = k % lines.length;
  const line = lines[index]!;
  const inLine = mutateJson(line, pick, raw);
  if (inLine !== null) {
    lines[index] = inLine;
    return { name: seed.name, bytes: Buffer.from(lines.join('\n')), how: `line ${index + 1} json := ${raw.slice(0, 40)}` };
  }
  const delimiter = [',', '\t', ': ', ' '].find((d) => line.includes(d)) ?? ',';
  const fields = line.split(delimiter);
  const field = WRONG_FIELDS[pick % WRONG_FIELDS.length]!;
  fields[pick % fields.length] = field;
  lines[index] = fields.join(delimiter);
  return { name: seed.name, bytes: Buffer.from(lines.join('\n')), how: `line ${index + 1} field := ${JSON.stringify(field)}` };
}

/** Generated and mutated files: real fixtures as they are, cut, bit-flipped, padded with garbage, re-typed, or pure noise. */
export function fuzzInputs(seeds: readonly Seed[]): fc.Arbitrary<FuzzInput> {
  if (seeds.length === 0) throw new Error('fuzzInputs needs at least one seed');
  const seed = fc.nat(seeds.length - 1).map((i) => seeds[i]!);
  const as = (s: Seed, bytes: Buffer, how: string): FuzzInput => describe({ name: s.name, bytes, how: `${s.name}: ${how}` });
  return fc.oneof(
    seed.map((s) => as(s, s.bytes, 'as is')),
    fc.tuple(seed, fc.nat()).map(([s, n]) => as(s, s.bytes.subarray(0, at(n, s.bytes.length)), `truncated at ${at(n, s.bytes.length)}`)),
    fc.tuple(seed, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 16 })).map(([s, flips]) => {
      const bytes = Buffer.from(s.bytes);
      for (const [pos, mask] of flips) if (bytes.length > 0) bytes[pos % bytes.length]! ^= mask;
      return as(s, bytes, `${flips.length} byte(s) flipped`);
    }),
    fc.tuple(seed, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 256 })).map(([s, n, junk]) =>
      as(s, spliceBytes(s.bytes, at(n, s.bytes.length), 0, Buffer.from(junk)), `${junk.length} garbage bytes inserted`),
    ),
    fc.tuple(seed, fc.nat(), fc.nat(4096)).map(([s, n, len]) => as(s, spliceBytes(s.bytes, at(n, s.bytes.length), len), `${len} bytes deleted`)),
    fc.tuple(seed, fc.nat(), fc.nat(4096)).map(([s, n, len]) => {
      const start = at(n, s.bytes.length);
      return as(s, spliceBytes(s.bytes, start, 0, s.bytes.subarray(start, start + len)), `${len} bytes duplicated`);
    }),
    fc.tuple(seed, fc.nat(), fc.nat(HUGE.length - 1)).map(([s, n, h]) => {
      const start = s.bytes.indexOf(0x0a, at(n, s.bytes.length)) + 1;
      return as(s, spliceBytes(s.bytes, start, 0, Buffer.from(`${HUGE[h]}\n`)), `huge line ${h} inserted`);
    }),
    fc.tuple(seed, fc.nat(), fc.nat()).map(([s, k, pick]) => {
      const input = wrongType(s, k, pick);
      return describe({ ...input, how: `${s.name}: ${input.how}` });
    }),
    fc.tuple(seed, fc.uint8Array({ minLength: 1, maxLength: 4096 })).map(([s, noise]) => as(s, Buffer.from(noise), 'random bytes')),
    fc.tuple(seed, fc.string({ unit: 'binary', minLength: 1, maxLength: 2000 })).map(([s, text]) => as(s, Buffer.from(text), 'random text')),
  );
}
