import type { ApiClient } from '../../../shared/api/client';
import { printJson, type CliIO } from '../context';

/**
 * `assay show CASE cluster ID`: members, label, conflicts and the evidence of its merges; with `--why ADDRESS`, the
 * shortest chain of merges joining ID (an address) to ADDRESS.
 */
export async function showCluster(api: ApiClient, io: CliIO, id: string, json: boolean, why?: string): Promise<void> {
  if (why !== undefined) {
    const answer = await api.call('cluster.why', { a: id, b: why });
    if (json) return printJson(io, answer);
    if (!answer.sameCluster) io.out(`${id} and ${why} are not in one cluster.\n`);
    else io.out(`${id} and ${why} are in cluster ${answer.clusterId}:\n`);
    for (const e of answer.chain) io.out(`  ${e.heuristic} (${e.confidence}) ${e.txid}: ${e.note}\n`);
    return undefined;
  }
  const cluster = await api.call('cluster.get', { id });
  if (json) return printJson(io, cluster);
  const label = cluster.label ? `${cluster.label.label} [${cluster.label.category ?? '-'}]` : 'unlabelled';
  io.out(`cluster ${cluster.id}: ${cluster.size} address(es), ${label}\n`);
  for (const c of cluster.conflicts) io.out(`  conflict: ${c.label} [${c.category ?? '-'}] ${c.actor ?? ''}\n`);
  for (const m of cluster.members) io.out(`  member ${m.address}${m.tags.length ? `  (${m.tags.join('; ')})` : ''}\n`);
  if (cluster.membersTruncated) io.out('  ... more members (use --json with a larger limit through the API)\n');
  for (const e of cluster.evidence) io.out(`  ${e.merged ? 'merge' : 'evidence'} ${e.heuristic} (${e.confidence}): ${e.note}\n`);
  return undefined;
}
