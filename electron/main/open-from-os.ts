import path from 'node:path';
import { CASE_EXTENSION } from '../core/case/locations';
import type { EngineClient } from '../core/engine/engine-client';

/** The case file a launch asks for (`assay Heist.assay`, a double click via the .assay association), if any. */
export function caseFileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const arg = [...argv].reverse().find((a) => !a.startsWith('-') && a.toLowerCase().endsWith(CASE_EXTENSION));
  return arg ? path.resolve(workingDirectory, arg) : null;
}

/**
 * Opens a case the operating system handed us. The user chose it (command line, file manager), so it is granted;
 * the renderer follows through the case.changed event. Failures are logged: there is no caller to answer.
 */
export async function openCaseFromOs(engine: Pick<EngineClient, 'grant' | 'call'>, filePath: string): Promise<void> {
  engine.grant(filePath);
  const outcome = await engine.call('case.open', { location: filePath });
  if (!outcome.ok) console.error(`[assay] could not open ${filePath}: ${outcome.error.message}`);
}
