import type { ClusterView } from '../../../shared/domain/analysis';
import type { Chain } from '../../../shared/domain/chain';
import { ClusterBody } from './ClusterSection';

/** A cluster box selected on the graph: its label, conflicts, members and merge evidence; "why" starts at its first member. */
export function ClusterInspector({ view, chain, onNavigate }: { view: ClusterView; chain: Chain; onNavigate(id: string): void }) {
  return (
    <div className="inspector-body" data-testid="inspector-cluster">
      <header className="inspector-head">
        <span className="kind-badge address">Cluster</span>
        <span className="chain-badge">{chain}</span>
      </header>
      <ClusterBody view={view} anchor={view.members[0]?.address ?? ''} anchorNote="why starts here" chain={chain} onNavigate={onNavigate} />
    </div>
  );
}
