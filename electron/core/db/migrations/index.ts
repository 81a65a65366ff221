import type { Migration } from '../migration';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-analysis';
import { migration0003 } from './0003-coinbase-attribution';
import { migration0004 } from './0004-provenance-prices';
import { migration0005 } from './0005-audit-content';
import { migration0006 } from './0006-documents';

/** Every schema version in order; append a new file per version, never edit a shipped one. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006];

export const LATEST_SCHEMA_VERSION = migrations.length;
