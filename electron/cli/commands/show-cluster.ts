import type { ApiClient } from '../../../shared/api/client';
import { printJson, type CliIO } from '../context';

/** `assay show CASE cluster ID`: members, label, conflicts and the evidence chain of its merges. */
export async function showCluster(api: ApiClient, io: CliIO, id: string, json: boolean): Promise<void> {
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
