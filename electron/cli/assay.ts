import { runCli } from './program';

// A reader that stops early (`assay findings CASE --json | head`) closes the pipe: stop quietly, as Unix tools do,
// instead of a stack trace. A case left mid-write is rolled back by SQLite, like after Ctrl+C.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

runCli(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
