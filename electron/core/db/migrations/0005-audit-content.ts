import type { Migration } from '../migration';

/**
 * Version 5: each audit entry records a digest of the case's evidence tables (audit/content-digest.ts) after its change,
 * so an edit made outside Assay (sqlite3 on the file) is named by `assay verify CASE`. Older entries keep NULL and their
 * hashes: the hash covers the digest only where one is recorded.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'audit-content',
  up: `ALTER TABLE audit_log ADD COLUMN content_digest TEXT;`,
};
