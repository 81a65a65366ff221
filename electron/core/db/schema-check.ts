import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { migrate } from './migrate';
import { migrations } from './migrations';

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** Statistics tables SQLite itself adds (ANALYZE, PRAGMA optimize); the planner reads them, nothing runs from them. */
const SQLITE_STATS = /^sqlite_stat[1-4]$/;

/**
 * Before any query touches a case's data: every table, index, view and trigger in the file must be exactly what
 * Assay's migrations create at its schema version. A trigger added with the sqlite3 shell (rewriting evidence on the
 * next insert) or a view in place of a table (a recursive query that never ends) is refused, named.
 */
export function checkSchema(db: Database.Database, version: number): void {
  const expected = expectedSchema(version);
  const actual = readSchema(db);
  for (const [name, object] of actual) {
    const want = expected.get(name);
    if (!want) {
      if (object.type === 'table' && SQLITE_STATS.test(name)) continue;
      throw refusal(`it holds a ${object.type} Assay does not create: ${label(object)}`, 'UNKNOWN_OBJECT', object);
    }
    if (want.type !== object.type || want.tbl_name !== object.tbl_name || normalise(want.sql) !== normalise(object.sql)) {
      throw refusal(`its ${label(object)} differs from the ${want.type} Assay creates`, 'CHANGED_OBJECT', object);
    }
  }
  for (const [name, want] of expected) {
    if (!actual.has(name)) throw refusal(`its ${want.type} "${name}" is missing`, 'MISSING_OBJECT', want);
  }
}

const label = (o: SchemaObject): string =>
  `${o.type} ${JSON.stringify(o.name.slice(0, 80))}${o.type === 'trigger' || o.type === 'index' ? ` on ${JSON.stringify(o.tbl_name.slice(0, 80))}` : ''}`;

const refusal = (what: string, reason: string, object: SchemaObject): AppError =>
  new AppError('CASE_INVALID', `The case file was changed outside Assay and is refused before anything in it runs: ${what}.`, {
    reason,
    type: object.type,
    name: object.name.slice(0, 200),
  });

/** SQLite keeps each statement's text as written; only whitespace differs between equal definitions. */
const normalise = (sql: string | null): string | null => sql?.replace(/\s+/g, ' ').trim() ?? null;

function readSchema(db: Database.Database): Map<string, SchemaObject> {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM main.sqlite_schema').all() as SchemaObject[];
  return new Map(rows.map((r) => [r.name, r]));
}

/** The schema the migrations create up to `version`, built once per version in a scratch in-memory database. */
const expectedByVersion = new Map<number, Map<string, SchemaObject>>();
function expectedSchema(version: number): Map<string, SchemaObject> {
  let schema = expectedByVersion.get(version);
  if (!schema) {
    const scratch = new Database(':memory:');
    try {
      migrate(scratch, migrations.slice(0, version));
      schema = readSchema(scratch);
    } finally {
      scratch.close();
    }
    expectedByVersion.set(version, schema);
  }
  return schema;
}
