import Database from 'better-sqlite3';
import { handlers } from '../../api/handlers';
import '../engine.process';

/**
 * The engine process with ways to hang or die, for watchdog tests: graph.search for "stall" spins forever in
 * JavaScript, for "runaway-sql" runs one SQLite statement that never returns (native code, where a thread could not
 * be stopped), for "fail" throws an internal error and for "crash" ends the process; an import stalls at its COMMIT,
 * when every row is written inside the still-open transaction.
 */
const spin = (): never => {
  for (;;) {
    // Busy, like a query that never returns; only killing the process ends it.
  }
};

/** Counts an endless recursion: SQLite keeps one row in its queue, so this runs forever without growing. */
const ENDLESS = 'WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r';

const search = handlers['graph.search'];
handlers['graph.search'] = (params, backend) => {
  if (params.query === 'crash') process.exit(3);
  if (params.query === 'fail') throw new Error('a bug in the engine');
  if (params.query === 'runaway-sql') backend.session.caseFile.db.prepare(ENDLESS).get();
  return params.query === 'stall' ? spin() : search(params, backend);
};

let importing = false;
const importRun = handlers['import.run'];
handlers['import.run'] = async (params, backend) => {
  importing = true;
  try {
    return await importRun(params, backend);
  } finally {
    importing = false;
  }
};
const exec = Database.prototype.exec;
Database.prototype.exec = function stallAtCommit(this: Database.Database, sql: string) {
  if (importing && sql === 'COMMIT') spin();
  return exec.call(this, sql);
};
