import type { Manifest } from '../../../shared/domain/report';
import { GENESIS_HASH } from '../audit/audit-log';
import { checkCaseIntegrity } from '../audit/case-integrity';
import { digestHash, parseDigest } from '../audit/content-digest';
import { openDatabase } from '../db/open-database';

type Binding = { ok: true; note: string } | { ok: false; item: string; reason: string };

/**
 * `verify PKG --case CASE`: the case verifies, is the case the manifest names, and its audit chain contains the
 * package's head, where the content digest recorded matches the manifest's. So the package came from that history.
 */
export function checkCaseBinding(manifest: Manifest, caseFile: string): Binding {
  const db = openDatabase(caseFile, { readonly: true });
  try {
    const integrity = checkCaseIntegrity(db);
    if (!integrity.ok) return { ok: false, item: `case file: ${integrity.item}`, reason: integrity.reason };
    const caseId = db.prepare("SELECT value FROM case_meta WHERE key = 'case_id'").pluck().get() as string | undefined;
    if (caseId !== manifest.caseId) return { ok: false, item: 'manifest.json caseId', reason: `the package is from case ${manifest.caseId}, the case file is ${caseId ?? 'unnamed'}` };
    if (manifest.auditHead === GENESIS_HASH) return { ok: true, note: `case ${caseId} had no audit entries at export` };
    const entry = db.prepare('SELECT seq, content_digest AS digest FROM audit_log WHERE hash = ?').get(manifest.auditHead) as { seq: number; digest: string | null } | undefined;
    if (!entry) {
      return { ok: false, item: 'manifest.json auditHead', reason: `${manifest.auditHead} is not in the audit chain of case ${caseId}: the package did not come from this case's history` };
    }
    const recorded = entry.digest ? parseDigest(entry.digest) : null;
    if (manifest.contentDigest && recorded && digestHash(recorded) !== manifest.contentDigest) {
      return { ok: false, item: 'manifest.json contentDigest', reason: `differs from the digest audit entry ${entry.seq} recorded` };
    }
    return { ok: true, note: `bound to case ${caseId}: its intact audit chain (${integrity.entries} entries) holds the package's head at entry ${entry.seq}` };
  } finally {
    db.close();
  }
}
