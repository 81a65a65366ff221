import { useEffect, useState } from 'react';
import type { ExpandCounts, ExpandDirection } from '../../../shared/api/methods/graph';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useDismiss } from '../ui/use-dismiss';
import { formatCount, shorten } from '../ui/format';
import type { Workbench } from './interactions/workbench';

/** Above this many new nodes the analyst confirms the expansion (or takes the first EXPAND_CAP). */
export const EXPAND_CAP = 200;
const MAX_EXPAND = 5000;

/** Expand neighbours: counts per selected node come first, the expansion only when asked (and confirmed if large). */
export function ExpandPanel({ workbench, nodeIds, onClose }: { workbench: Workbench; nodeIds: string[]; onClose(): void }) {
  const { client } = useApp();
  const [direction, setDirection] = useState<ExpandDirection>('both');
  const [hops, setHops] = useState(1);
  const [counts, setCounts] = useState<ExpandCounts | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    setCounts(null);
    setConfirming(false);
    client.call('graph.expandCounts', { nodeIds, shown: workbench.shownIds(), direction, hops, cap: MAX_EXPAND }).then((c) => live && setCounts(c), (e: unknown) => live && setError(e));
    return () => void (live = false);
  }, [client, workbench, nodeIds, direction, hops]);

  const run = async (limit: number) => {
    setBusy(true);
    try {
      await workbench.expand(nodeIds, direction, hops, limit);
      onClose();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const total = counts?.total ?? 0;
  const ref = useDismiss<HTMLElement>(onClose);
  return (
    <section ref={ref} className="graph-popover" data-testid="expand-panel" aria-label="Expand neighbours">
      <h3>Expand {nodeIds.length === 1 ? 'node' : `${nodeIds.length} nodes`}</h3>
      <div className="graph-popover-row">
        <label>Direction <select value={direction} onChange={(e) => setDirection(e.target.value as ExpandDirection)}>
          <option value="both">Inputs and outputs</option><option value="in">Inputs (where from)</option><option value="out">Outputs (where to)</option>
        </select></label>
        <label>Hops <select value={hops} onChange={(e) => setHops(Number(e.target.value))}>{[1, 2, 3].map((h) => <option key={h} value={h}>{h}</option>)}</select></label>
      </div>
      {counts ? (
        <ul className="expand-counts" data-testid="expand-counts">
          {counts.perNode.map((c) => <li key={c.nodeId}>{shorten(c.nodeId.split(':').slice(2).join(':'))}: +{formatCount(c.count)}{c.capped ? '+' : ''}</li>)}
          <li><strong data-testid="expand-total">{formatCount(total)}{counts.capped ? '+' : ''} new node{total === 1 ? '' : 's'}</strong></li>
        </ul>
      ) : <p className="muted">Counting…</p>}
      {confirming && <p className="warning" role="alert">This adds {formatCount(total)} nodes (more than {EXPAND_CAP}). The canvas may slow down.</p>}
      <div className="graph-popover-row">
        {total > EXPAND_CAP && !confirming && <button type="button" className="button" disabled={busy} onClick={() => void run(EXPAND_CAP)}>Add first {EXPAND_CAP}</button>}
        <button type="button" className="button primary" disabled={!counts || total === 0 || busy} data-testid="expand-run"
          onClick={() => (total > EXPAND_CAP && !confirming ? setConfirming(true) : void run(Math.min(total, MAX_EXPAND)))}>
          {confirming ? `Yes, add ${formatCount(total)}` : `Expand (+${formatCount(total)})`}
        </button>
        <button type="button" className="button" onClick={onClose}>Cancel</button>
      </div>
      <ErrorMessage error={error} />
    </section>
  );
}
