import { nodeId } from '../../../shared/domain/graph';
import { shorten } from '../ui/format';

/** An address or txid inside a table: monospace, selects that node on the graph when clicked. */
export function NodeLink({ kind, chain, value, onNavigate }: { kind: 'address' | 'tx'; chain: string; value: string | null; onNavigate(id: string): void }) {
  if (value === null) return <span className="muted">—</span>;
  return (
    <button type="button" className="link-button mono nowrap" title={value} onClick={() => onNavigate(nodeId(kind, chain, value))}>
      {kind === 'tx' ? shorten(value, 10, 6) : shorten(value, 14, 8)}
    </button>
  );
}
