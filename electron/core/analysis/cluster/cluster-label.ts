import type { ClusterTag } from '../../../../shared/domain/analysis';
import type { AddressTag } from '../tags';
import { conflicting } from './clustering';

/**
 * Tags propagate to their cluster weighted by confidence: the label is the tag with the most weight, and every tag
 * naming a different entity (another actor or service category) is listed as a conflict.
 */
export function clusterLabel(tags: readonly AddressTag[]): { label: ClusterTag | null; conflicts: ClusterTag[] } {
  const weights = new Map<string, ClusterTag & { tag: AddressTag }>();
  for (const t of tags) {
    const key = JSON.stringify([t.label, t.category, t.actor]);
    const entry = weights.get(key) ?? { label: t.label, category: t.category, actor: t.actor, weight: 0, tag: t };
    entry.weight += t.confidence / 100;
    weights.set(key, entry);
  }
  const ranked = [...weights.values()].sort((x, y) => y.weight - x.weight || x.label.localeCompare(y.label));
  const top = ranked[0];
  if (!top) return { label: null, conflicts: [] };
  const plain = ({ label, category, actor, weight }: ClusterTag): ClusterTag => ({ label, category, actor, weight: Math.round(weight * 100) / 100 });
  return { label: plain(top), conflicts: ranked.filter((r) => conflicting(top.tag, r.tag)).map(plain) };
}
