import { z } from 'zod';
import { CsvMapping } from '../../../shared/api/methods/import';
import type { Chain } from '../../../shared/domain/chain';

export type MappingKind = CsvMapping['kind'];

export interface MappingField {
  name: string;
  required: boolean;
}

/** The column fields of each mapping kind, read from the schema the engine validates, so the form never drifts from it. */
export function mappingFields(kind: MappingKind): MappingField[] {
  const option = CsvMapping.options.find((o) => o.shape.kind.value === kind);
  if (!option) return [];
  return Object.entries(option.shape.columns.shape).map(([name, schema]) => ({ name, required: !(schema instanceof z.ZodOptional) }));
}

export const MAPPING_KINDS: MappingKind[] = CsvMapping.options.map((o) => o.shape.kind.value);

/** Guess a column per field from header names (case-insensitive exact match first, then a contained word). */
export function guessColumns(kind: MappingKind, columns: string[]): Record<string, string> {
  const guesses: Record<string, string> = {};
  for (const { name } of mappingFields(kind)) {
    const hit = columns.find((c) => c.toLowerCase() === name) ?? columns.find((c) => c.toLowerCase().includes(name));
    if (hit) guesses[name] = hit;
  }
  return guesses;
}

/** The mapping as the engine would validate it, or the first problem phrased for the form. */
export function buildMapping(
  kind: MappingKind,
  chain: Chain,
  decimals: number,
  columns: Record<string, string>,
): { mapping: CsvMapping } | { problem: string } {
  const chosen = Object.fromEntries(Object.entries(columns).filter(([, column]) => column !== ''));
  const candidate = kind === 'transfers' ? { kind, chain, decimals, columns: chosen } : { kind, chain, columns: chosen };
  const parsed = CsvMapping.safeParse(candidate);
  if (parsed.success) return { mapping: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.filter((p) => p !== 'columns').join('.') ?? '';
  return { problem: `${where || 'mapping'}: ${issue?.code === 'invalid_type' ? 'choose a column' : (issue?.message ?? 'invalid')}` };
}
