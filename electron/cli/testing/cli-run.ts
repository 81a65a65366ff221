import { runCli } from '../program';

/** Runs the CLI in-process with its output captured, for tests. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
