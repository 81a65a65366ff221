import { InvalidArgumentError, Option, type Command } from 'commander';
import { decimalToBaseUnits, formatBaseUnits } from '../../../shared/amount';
import { TAINT_MODELS, type TaintModel, type TraceParamsInput } from '../../../shared/domain/analysis';
import { explainTrace } from '../../../shared/domain/trace-explain';
import { printJson, withCase, type CliIO } from '../context';

const list = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
export const int = (value: string): number => {
  if (!/^\d+$/.test(value)) throw new Error(`not a whole number: ${value}`);
  return Number(value);
};
/** The CLI spells every word in kebab-case (address-fifo); the API keeps its enum (address_fifo), also accepted here. */
const cliModel = (model: string): string => model.replace(/_/g, '-');
const MODEL_WORDS = new Map<string, TaintModel>(TAINT_MODELS.flatMap((m) => [[cliModel(m), m], [m, m]] as [string, TaintModel][]));
const models = (value: string, previous: TaintModel[] = []): TaintModel[] => [
  ...previous,
  ...list(value).map((word) => {
    const model = MODEL_WORDS.get(word.toLowerCase());
    if (!model) throw new InvalidArgumentError(`unknown model "${word.slice(0, 40)}"; the models are ${TAINT_MODELS.map(cliModel).join(', ')}.`);
    return model;
  }),
];
/** Unix seconds or an ISO date. */
export const when = (value: string): number => {
  const t = /^\d+$/.test(value) ? Number(value) : Date.parse(value) / 1000;
  if (!Number.isFinite(t)) throw new Error(`not a time: ${value}`);
  return Math.floor(t);
};

export function registerTrace(program: Command, io: CliIO): void {
  program
    .command('trace')
    .description('trace funds under every taint model side by side (poison, haircut, FIFO, LIFO, TIHO, address FIFO)')
    .argument('<case>', 'case file')
    .requiredOption('--from <refs...>', 'seeds: ADDR, TXID or TXID:VOUT')
    .addOption(new Option('--direction <direction>', 'forward or backward').choices(['forward', 'backward']).default('forward'))
    .option('--model <models>', `models, comma-separated: ${TAINT_MODELS.map(cliModel).join(', ')} (default: all)`, models)
    .option('--hops <n>', 'maximum hops', int, 6)
    .option('--min-amount <btc>', 'do not follow outputs below this amount (BTC)')
    .option('--from-time <time>', 'ignore transactions before (unix seconds or ISO date)', when)
    .option('--to-time <time>', 'ignore transactions after', when)
    .option('--stop-at <categories>', 'stop at addresses tagged with these categories (comma-separated)', list)
    .option('--max-degree <n>', 'skip transactions with more inputs + outputs', int)
    .option('--fee-taint', 'haircut: pass the fee share of taint to the block coinbase')
    .option('--no-offchain', 'do not cross off-chain links')
    .option('--json', 'print JSON')
    .action(async (casePath: string, opts: {
      from: string[]; direction: 'forward' | 'backward'; model?: TaintModel[]; hops: number; minAmount?: string; fromTime?: number; toTime?: number;
      stopAt?: string[]; maxDegree?: number; feeTaint?: boolean; offchain: boolean; json?: boolean;
    }) => {
      const params: TraceParamsInput = {
        from: opts.from,
        direction: opts.direction,
        hops: opts.hops,
        crossOffchain: opts.offchain,
        feeTaint: opts.feeTaint === true,
        ...(opts.model ? { models: opts.model } : {}),
        ...(opts.minAmount ? { minAmount: decimalToBaseUnits(opts.minAmount, 8).toString() } : {}),
        ...(opts.fromTime !== undefined ? { fromTime: opts.fromTime } : {}),
        ...(opts.toTime !== undefined ? { toTime: opts.toTime } : {}),
        ...(opts.stopAt ? { stopAt: opts.stopAt } : {}),
        ...(opts.maxDegree !== undefined ? { maxDegree: opts.maxDegree } : {}),
      };
      await withCase(casePath, async (api) => {
        const result = await api.call('trace.run', params);
        if (opts.json) return printJson(io, result);
        const btc = (v: string) => formatBaseUnits(v, 8);
        io.out(`${result.direction} trace, ${result.stats.txs} transactions, ${result.outputsTotal} tainted outputs (${result.stats.seconds.toFixed(3)} s)\n`);
        io.out(`holdings by model: ${result.models.map((m) => `${cliModel(m)} ${btc(result.totals[m] ?? '0')}`).join(', ')}\n`);
        io.out(`${result.direction === 'forward' ? 'at the trace ends' : "of the seeds' value"}, tainted / unknown / clean:\n`);
        for (const m of result.models) {
          const s = result.shares[m];
          if (s) io.out(`  ${cliModel(m)} ${btc(s.tainted)} / ${btc(s.unknown)} / ${btc(s.clean)}\n`);
        }
        if (result.dataEnds.inputs > 0) {
          const what = result.direction === 'forward' ? 'whose value is not in the case' : 'spending outputs not in the case';
          io.out(`the case's data ends at ${result.dataEnds.inputs} inputs ${what}, e.g.:\n`);
          for (const e of result.dataEnds.sample.slice(0, 5)) io.out(`  ${e.txid} input ${e.vin} spends ${e.prevTxid ?? '?'}:${e.prevVout ?? '?'}\n`);
        }
        for (const note of explainTrace(result)) io.out(`note: ${note}\n`);
        for (const o of result.outputs.slice(0, 30)) {
          const flags = [o.offchain ? 'off-chain link' : '', o.stoppedAt ? `stop: ${o.stoppedAt}` : ''].filter(Boolean).join(', ');
          io.out(`  hop ${o.hop} ${o.txid}:${o.vout} ${o.address ?? '?'} ${btc(o.value)}${flags ? ` [${flags}]` : ''}\n    ${result.models.map((m) => `${cliModel(m)} ${btc(o.taint[m] ?? '0')}`).join('  ')}\n`);
        }
        for (const c of result.offchain) io.out(`  crossed off-chain link ${c.from} -> ${c.to}: ${c.note}\n`);
        if (result.disagreement.length > 0) io.out('models disagree most at:\n');
        for (const d of result.disagreement.slice(0, 5)) io.out(`  ${d.txid}:${d.vout} ${cliModel(d.minModel)} ${btc(d.min)} vs ${cliModel(d.maxModel)} ${btc(d.max)}\n`);
        return undefined;
      }, { readOnly: true });
    });
}
