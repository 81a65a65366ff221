import { useEffect, useState } from 'react';
import type { FlowPoint } from '../../../shared/api/methods/graph';
import { useApp } from '../app/runtime-context';
import { formatUnix } from '../ui/format';
import { flowBars } from './flow-bars';

const W = 220;
const H = 48;
const BUCKETS = 24;

/** Received (up) and sent (down) over time for the selected node, as a plain SVG bar chart. */
export function FlowChart({ nodeId }: { nodeId: string | null }) {
  const { client } = useApp();
  const [points, setPoints] = useState<FlowPoint[]>([]);
  useEffect(() => {
    let live = true;
    if (!nodeId) setPoints([]);
    else client.call('graph.flows', { nodeId }).then((p) => live && setPoints(p), () => live && setPoints([]));
    return () => void (live = false);
  }, [client, nodeId]);
  const bars = flowBars(points, BUCKETS);
  if (bars.length === 0) return null;
  const bw = W / BUCKETS;
  return (
    <figure className="flow-chart" data-testid="flow-chart">
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Flows over time for the selection">
        <line x1={0} x2={W} y1={H / 2} y2={H / 2} className="flow-axis" />
        {bars.map((b) => (
          <g key={b.x}>
            <title>{`${formatUnix(Math.round(b.from))} – ${formatUnix(Math.round(b.to))}`}</title>
            <rect x={b.x * bw + 1} y={H / 2 - b.received * (H / 2)} width={bw - 2} height={b.received * (H / 2)} className="flow-in" />
            <rect x={b.x * bw + 1} y={H / 2} width={bw - 2} height={b.sent * (H / 2)} className="flow-out" />
          </g>
        ))}
      </svg>
      <figcaption className="muted">received ▲ sent ▼ · {formatUnix(points[0]!.time)} – {formatUnix(points.at(-1)!.time)}</figcaption>
    </figure>
  );
}
