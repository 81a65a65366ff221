import type Database from 'better-sqlite3';

/** A statement the code under test ran, with the arguments of its first run (EXPLAIN needs them bound). */
export interface RanStatement {
  sql: string;
  args: unknown[];
}

const RUNS = ['get', 'all', 'run', 'iterate'] as const;

/** Runs `work` with db.prepare wrapped so every statement it runs is recorded once, then restores prepare. */
export function recordStatements(db: Database.Database, work: () => void): RanStatement[] {
  const ran = new Map<string, RanStatement>();
  const prepare = db.prepare.bind(db);
  const wrapped = (sql: string): Database.Statement => {
    const statement = prepare(sql);
    for (const name of RUNS) {
      const run = statement[name].bind(statement) as (...args: unknown[]) => unknown;
      Object.defineProperty(statement, name, {
        value: (...args: unknown[]) => {
          if (!ran.has(sql)) ran.set(sql, { sql, args });
          return run(...args);
        },
      });
    }
    return statement;
  };
  db.prepare = wrapped as typeof db.prepare;
  try {
    work();
  } finally {
    db.prepare = prepare as typeof db.prepare;
  }
  return [...ran.values()];
}

/**
 * The full scans of `tables` in a statement's query plan, as "table (alias)" strings: SQLite reports `SCAN x` for
 * reading every row of x (through an index or not) and `SEARCH x` for a lookup, and names x by its alias.
 */
export function fullScans(db: Database.Database, statement: RanStatement, tables: readonly string[]): string[] {
  const aliases = new Map<string, string>(tables.map((t) => [t, t]));
  for (const m of statement.sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+AS)?\s+(\w+)/gi)) {
    const [, table, alias] = m as unknown as [string, string, string];
    if (tables.includes(table)) aliases.set(alias, table);
  }
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.args) as { detail: string }[];
  return plan.flatMap(({ detail }) => {
    const scanned = /^SCAN (\w+)/.exec(detail)?.[1];
    const table = scanned === undefined ? undefined : aliases.get(scanned);
    return table === undefined ? [] : [`${table} (${detail})`];
  });
}
