import type { Command } from 'commander';
import { printJson, withCase, type CliIO } from '../context';

const HEURISTICS = ['sharedInput', 'coinjoinVeto', 'changeMerge', 'peelChainMerge'] as const;
type HeuristicName = (typeof HEURISTICS)[number];

const heuristic = (value: string, previous: HeuristicName[] = []): HeuristicName[] => {
  if (!(HEURISTICS as readonly string[]).includes(value)) throw new Error(`unknown heuristic ${value} (one of ${HEURISTICS.join(', ')})`);
  return [...previous, value as HeuristicName];
};

export function registerAnalyze(program: Command, io: CliIO): void {
  program
    .command('analyze')
    .description('cluster, trace taint, compute coinbase lineage and run every detector (idempotent)')
    .argument('<case>', 'case file')
    .option('--enable <heuristic>', `turn a clustering heuristic on (${HEURISTICS.join(', ')})`, heuristic)
    .option('--disable <heuristic>', 'turn a clustering heuristic off', heuristic)
    .option('--json', 'print JSON')
    .action(async (casePath: string, opts: { enable?: HeuristicName[]; disable?: HeuristicName[]; json?: boolean }) => {
      await withCase(casePath, async (api) => {
        const toggles = Object.fromEntries([...(opts.enable ?? []).map((h) => [h, true]), ...(opts.disable ?? []).map((h) => [h, false])]);
        if (Object.keys(toggles).length > 0) await api.call('analysis.settings.set', { settings: { heuristics: toggles } });
        const summary = await api.call('analysis.run', {});
        if (opts.json) return printJson(io, summary);
        io.out(`${summary.clusters} clusters (${summary.clusteredAddresses} addresses), ${summary.coinjoins} CoinJoins vetoed, ${summary.poolPayouts} pool payouts\n`);
        io.out(`clusters merged: ${summary.diff.merged.length}, split: ${summary.diff.split.length} (before ${summary.diff.clustersBefore}, after ${summary.diff.clustersAfter})\n`);
        for (const [detector, n] of Object.entries(summary.findings)) io.out(`  ${detector}: ${n}\n`);
        return undefined;
      });
    });
}
