import fs from 'node:fs';
import type { z } from 'zod';
import type { AnnotationInput, EvidenceDocument } from '../../../../shared/domain/annotation';
import { sha256File } from '../../import/file-digest';
import type { AnnotationFields } from './annotation-store';

type ParsedInput = z.output<typeof AnnotationInput>;

/**
 * Turns the validated input into stored fields: the evidence file the user picked is hashed and only its name,
 * SHA-256 and size are kept (the examiner keeps the document; the case proves which one it was).
 */
export async function resolveAnnotationFields(input: ParsedInput, resolveFile: (id: string) => { path: string; name: string }): Promise<AnnotationFields> {
  const { note, labels, confidence, deposit } = input;
  if (!deposit) return { note, labels, confidence, deposit: null };
  const { evidenceFile, ...fields } = deposit;
  let evidenceDocument: EvidenceDocument | null = null;
  if (evidenceFile !== null) {
    const file = resolveFile(evidenceFile);
    evidenceDocument = { name: file.name, sha256: await sha256File(file.path), size: fs.statSync(file.path).size };
  }
  return { note, labels, confidence, deposit: { ...fields, evidenceDocument } };
}
