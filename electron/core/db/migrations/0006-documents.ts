import type { Migration } from '../migration';

/** The largest off-chain document a case takes: the cap is named in the refusal (documents/document-store.ts). */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/**
 * Version 6: off-chain documents (subpoena returns, exchange KYC replies, rental-order records) kept in the case with
 * their SHA-256 and the date the examiner received them, so the case file stays the single source of truth. The bytes
 * live in their own table: the audit digest covers the document rows (hash, date, description) on every change
 * without reading megabytes, and `verify` re-hashes the bytes against the recorded SHA-256. A document may name the
 * finding it supports; a finding the analysis drops (never an accepted one) just unlinks it.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'documents',
  up: `
    CREATE TABLE documents (
      id          INTEGER PRIMARY KEY,
      file_name   TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
      sha256      TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
      size        INTEGER NOT NULL CHECK (size BETWEEN 0 AND ${MAX_DOCUMENT_BYTES}),
      received_at TEXT NOT NULL CHECK (received_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
      description TEXT NOT NULL DEFAULT '',
      finding_id  INTEGER REFERENCES findings(id) ON DELETE SET NULL,
      added_at    TEXT NOT NULL,
      added_by    TEXT NOT NULL
    ) STRICT;

    CREATE TABLE document_bytes (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      bytes       BLOB NOT NULL CHECK (length(bytes) <= ${MAX_DOCUMENT_BYTES})
    ) STRICT;
  `,
};
