import { describe, expect, it } from 'vitest';
import { contentDigest } from '../audit/content-digest';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { useScratchDatabase } from '../test-support/scratch-db';
import { alteredDocument, listDocuments } from './document-store';

describe('documents in a case read without upgrading', () => {
  const scratch = useScratchDatabase();

  it('a schema 5 case has none: listing, the bytes check and the content digest read it as it is', () => {
    migrate(scratch.db, migrations.slice(0, 5));
    expect(listDocuments(scratch.db)).toEqual([]);
    expect(alteredDocument(scratch.db)).toBeNull();
    expect(Object.keys(contentDigest(scratch.db))).not.toContain('documents');
  });
});
