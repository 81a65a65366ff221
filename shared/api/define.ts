import type { z } from 'zod';

/** One API method: a schema for its arguments and one for its result (checked in tests and by the in-memory transport). */
export interface MethodSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  params: P;
  result: R;
  /** One line for docs and the CLI. */
  summary: string;
}

export const method = <P extends z.ZodType, R extends z.ZodType>(spec: MethodSpec<P, R>): MethodSpec<P, R> => spec;
