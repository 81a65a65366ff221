import Database from 'better-sqlite3';
import { handlers } from '../../api/handlers';
import '../engine.worker';

/**
 * The engine worker with ways to hang or die, for watchdog tests: graph.search for "stall" spins forever (a runaway
 * query) and for "crash" ends the thread; an import stalls at its COMMIT, when every row is written inside the
 * still-open transaction.
 */
const spin = (): never => {
  for (;;) {
    // Busy, like a query that never returns; only terminating the thread ends it.
  }
};

const search = handlers['graph.search'];
handlers['graph.search'] = (params, backend) => {
  if (params.query === 'crash') process.exit(3);
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
