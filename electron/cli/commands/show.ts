import { Command, Option } from 'commander';
import { formatBaseUnits, CHAIN_DECIMALS } from '../../../shared/amount';
import { printJson, withCase, type CliIO } from '../context';
import { showCluster } from './show-cluster';

export function registerShow(program: Command, io: CliIO): void {
  program
    .command('show')
    .description('show one address, transaction or cluster')
    .argument('<case>', 'case file')
    .addArgument(new Command().createArgument('<kind>', 'what to show').choices(['tx', 'address', 'cluster']))
    .argument('<id>', 'txid, address, or cluster id / member address')
    .addOption(new Option('--chain <chain>', 'chain, when the id exists on several').choices(['BTC', 'LTC', 'BCH', 'ETH', 'ETC']))
    .option('--why <address>', 'cluster: the chain of evidence joining ID to this address')
    .option('--json', 'print JSON')
    .action(async (casePath: string, kind: 'tx' | 'address' | 'cluster', id: string, opts: { chain?: 'BTC'; json?: boolean; why?: string }) => {
      await withCase(casePath, async (api) => {
        if (kind === 'cluster') return showCluster(api, io, id, opts.json === true, opts.why);
        const chain = opts.chain ? { chain: opts.chain } : {};
        if (kind === 'tx') {
          const tx = await api.call('tx.get', { txid: id, ...chain });
          if (opts.json) return printJson(io, tx);
          const d = CHAIN_DECIMALS[tx.chain] ?? 8;
          io.out(`${tx.chain} tx ${tx.txid}\n  block ${tx.blockHeight ?? '?'} at ${tx.blockTime ? new Date(tx.blockTime * 1000).toISOString() : '?'}${tx.isCoinbase ? ', coinbase' : ''}\n`);
          for (const i of tx.inputs) io.out(`  in  ${i.address ?? '?'}  ${i.value === null ? '?' : formatBaseUnits(i.value, d)}\n`);
          for (const o of tx.outputs) io.out(`  out ${o.address ?? `(${o.scriptType})`}  ${formatBaseUnits(o.value, d)}\n`);
          for (const t of tx.transfers) {
            const what = t.token === '' ? `${formatBaseUnits(t.value, d)} ${tx.chain}` : `${t.value} of token ${t.token}`;
            io.out(`  transfer ${t.from ?? '?'} -> ${t.to ?? '(contract creation)'}  ${what}\n`);
          }
          if (tx.inputs.length > 0 || tx.transfers.length > 0) io.out(`  fee ${tx.fee === null ? 'unknown' : formatBaseUnits(tx.fee, d)}\n`);
          for (const p of tx.pool) io.out(`  pool ${p.pool ?? 'unknown'} (${p.method}, ${p.list})\n`);
          return undefined;
        }
        const address = await api.call('address.get', { address: id, ...chain });
        if (opts.json) return printJson(io, address);
        const d = CHAIN_DECIMALS[address.chain] ?? 8;
        io.out(`${address.chain} address ${address.address}\n  received ${formatBaseUnits(address.received, d)}, sent ${formatBaseUnits(address.sent, d)}, ${address.txCount} transactions\n`);
        for (const t of address.tags) io.out(`  tag ${t.label} [${t.category ?? '-'}] ${t.actor ?? ''} (${t.origin}, confidence ${t.confidence ?? '?'})\n`);
        return undefined;
      }, { readOnly: true });
    });
}
