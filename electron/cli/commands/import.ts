import fs from 'node:fs';
import { Option, type Command } from 'commander';
import yaml from 'js-yaml';
import { AppError } from '../../../shared/api/errors';
import { CsvMapping } from '../../../shared/api/methods/import';
import { CHAINS, type Chain } from '../../../shared/domain/chain';
import { TagConfidence } from '../../../shared/domain/confidence';
import type { ImportResult } from '../../../shared/domain/source';
import { printJson, withCase, type CliIO } from '../context';

interface ImportOpts {
  format?: string;
  chain?: Chain;
  mapping?: string;
  confidence?: string;
  refuseBadRows?: boolean;
  json?: boolean;
}

export function registerImport(program: Command, io: CliIO): void {
  program
    .command('import')
    .description('import files into a case (one transaction per file)')
    .argument('<case>', 'case file')
    .argument('<files...>', 'files to import')
    .option('--format <format>', 'override format detection')
    .addOption(new Option('--chain <chain>', 'chain, for formats that cannot tell (raw hex, label lists, ETC exports)').choices([...CHAINS]))
    .option('--mapping <file>', 'column mapping (JSON or YAML) for a generic CSV file')
    .addOption(new Option('--confidence <level>', "confidence for a TagPack's tags that state none (recorded in the audit log)").choices(TagConfidence.options))
    .option('--refuse-bad-rows', 'refuse a file with any bad row instead of skipping the row')
    .option('--json', 'print one JSON document with a result per file')
    .action(async (casePath: string, files: string[], opts: ImportOpts) => {
      const mapping = opts.mapping ? readMapping(opts.mapping) : undefined;
      await withCase(casePath, async (api, backend) => {
        const refs = files.map((f) => backend.files.register(f));
        const results = await api.call('import.run', {
          jobId: 'cli',
          files: refs.map((r) => r.id),
          ...(opts.format ? { format: opts.format } : {}),
          ...(opts.chain ? { chain: opts.chain } : {}),
          ...(mapping ? { mapping } : {}),
          ...(opts.confidence ? { confidence: opts.confidence } : {}),
          onBadRows: opts.refuseBadRows ? 'refuse' : 'skip',
        });
        if (opts.json) return printJson(io, results.map(jsonResult));
        for (const r of results) io.out(summary(r));
        return undefined;
      });
    });
}

/** Per source: file, sha256, format, counts, rows new to the case, and the rejected rows (DESIGN 7). */
const jsonResult = (r: ImportResult) => ({
  file: r.file,
  sha256: r.sha256,
  format: r.format,
  sourceId: r.sourceId,
  counts: r.counts,
  added: r.added,
  rejectedCount: r.rejectedCount,
  rejected: r.rejected,
});

function summary(r: ImportResult): string {
  const c = r.counts;
  const a = r.added;
  const attribution = c.tags + c.actors + c.pools > 0 ? `, ${c.tags} tags (${a.tags} new), ${c.actors} actors (${a.actors} new), ${c.pools} pools (${a.pools} new)` : '';
  const lines = [
    `${r.file}: ${r.format}, sha256 ${r.sha256}`,
    `  ${c.blocks} blocks, ${c.transactions} transactions (${r.added.transactions} new), ${c.inputs} inputs, ${c.outputs} outputs, ` +
      `${c.transfers} transfers, ${c.addresses} addresses${attribution}; ${r.rejectedCount} rejected`,
    ...r.rejected.slice(0, 20).map((row) => `  rejected ${row.file}${row.line !== null ? `:${row.line}` : row.byteOffset !== null ? `@${row.byteOffset}` : ''}${row.field ? ` [${row.field}]` : ''}: ${row.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** A mapping file: JSON or YAML, validated against the same schema the UI's mapping step produces. */
function readMapping(file: string): CsvMapping {
  let raw: unknown;
  try {
    raw = yaml.load(fs.readFileSync(file, 'utf8'), { schema: yaml.JSON_SCHEMA });
  } catch (error) {
    throw new AppError('VALIDATION', `${file}: not readable as a JSON or YAML mapping (${(error as Error).message.split('\n')[0]}).`, { field: 'mapping' });
  }
  const parsed = CsvMapping.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('VALIDATION', `${file}: ${issue?.path.join('.') || 'mapping'}: ${issue?.message ?? 'invalid mapping'}.`, { field: 'mapping' });
  }
  return parsed.data;
}
