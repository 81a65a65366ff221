import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { formatBaseUnits } from '../../../shared/amount';
import type { ScreenRow } from '../../../shared/domain/screen';
import { parseAddressList } from '../../core/analysis/screen/address-list';
import { neutraliseCell } from '../../core/report/csv/neutralise';
import { csvField } from '../../../shared/csv-cell';
import { printJson, withCase, type CliIO } from '../context';
import { int } from './trace';

const CSV_COLUMNS = ['address', 'exposure', 'hops', 'entity', 'category', 'path', 'received_sat', 'tainted_sat'] as const;

/** RFC 4180 with formula neutralisation, like every CSV Assay writes; the path's steps are joined by " > ". */
const csvLine = (r: ScreenRow): string =>
  [
    neutraliseCell(r.address, 'text'), r.exposure.toFixed(6), neutraliseCell(r.hops, 'number'), neutraliseCell(r.entity, 'text'),
    neutraliseCell(r.category, 'text'), neutraliseCell(r.path.join(' > '), 'text'), neutraliseCell(r.received, 'number'), neutraliseCell(r.tainted, 'number'),
  ].map(csvField).join(',');

export function registerScreen(program: Command, io: CliIO): void {
  program
    .command('screen')
    .description('screen a list of addresses (one per line) for exposure to abuse-tagged funds in the case (haircut)')
    .argument('<case>', 'case file')
    .argument('<file>', 'addresses, one per line (or a CSV with an address column first)')
    .option('--hops <n>', 'hops from a tagged source (default: the case taint reach)', int)
    .option('--json', 'print a JSON array of {address, exposure, hops, entity, category, path, received, tainted}')
    .option('--csv', 'print CSV')
    .action(async (casePath: string, file: string, opts: { hops?: number; json?: boolean; csv?: boolean }) => {
      const addresses = parseAddressList(fs.readFileSync(file, 'utf8'), path.basename(file));
      await withCase(casePath, async (api) => {
        const { rows, stats } = await api.call('screen.run', { addresses, ...(opts.hops === undefined ? {} : { hops: opts.hops }) });
        if (opts.json) return printJson(io, rows);
        if (opts.csv) return io.out(`${[CSV_COLUMNS.join(','), ...rows.map(csvLine)].join('\r\n')}\r\n`);
        io.out(`${stats.addresses} addresses screened, ${stats.exposed} exposed, ${stats.notInCase} not in the case (${stats.hops} hops, ${stats.seconds.toFixed(2)} s)\n`);
        for (const r of rows) {
          const amount = r.tainted === null ? 'not in the case' : `${formatBaseUnits(r.tainted, 8)} of ${formatBaseUnits(r.received ?? '0', 8)} BTC`;
          const source = r.hops === null ? '' : ` ${r.hops} hop${r.hops === 1 ? '' : 's'} from ${r.entity ?? r.path[0]} (${r.category})`;
          io.out(`${r.address} ${(r.exposure * 100).toFixed(2)}% ${amount}${source}\n`);
        }
        return undefined;
      });
    });
}
