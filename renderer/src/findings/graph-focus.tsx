import { useMemo, useState, type ReactNode } from 'react';
import { CHAINS, type Chain } from '../../../shared/domain/chain';
import { nodeId, parseNodeId } from '../../../shared/domain/graph';
import type { PathRequest } from '../pathview/path-request';
import { strictContext } from '../ui/strict-context';

type PathRequestInput = Pick<PathRequest, 'title'> & Partial<Omit<PathRequest, 'title'>>;

/**
 * What the panels ask the graph to highlight: the subjects of a finding or the addresses of a trace result.
 * Contract for the graph: read `useGraphFocus().focus` and add a highlight class to the nodes whose ids are in
 * `focus.nodeIds` (graph node ids, "address:BTC:..." / "tx:BTC:..."); ids the graph does not show are ignored.
 */
export interface GraphFocus {
  /** Who asked (e.g. "finding 12", "trace"), shown beside the highlight. */
  label: string;
  nodeIds: string[];
}

/** A path view asked for (each ask a new object, so asking twice for the same path opens it again). */
export type PathAsk = PathRequestInput;

interface GraphFocusApi {
  focus: GraphFocus | null;
  highlight(focus: GraphFocus): void;
  clear(): void;
  /** The path view the panels asked for last (findings' "Open subgraph", a trace's "Show path"). */
  path: PathAsk | null;
  showPath(ask: PathAsk): void;
}

const [Provider, useGraphFocus] = strictContext<GraphFocusApi>('useGraphFocus');
export { useGraphFocus };

export function GraphFocusProvider({ children }: { children: ReactNode }) {
  const [focus, setFocus] = useState<GraphFocus | null>(null);
  const [path, setPath] = useState<PathAsk | null>(null);
  const api = useMemo<GraphFocusApi>(() => ({ focus, highlight: setFocus, clear: () => setFocus(null), path, showPath: (ask) => setPath({ ...ask }) }), [focus, path]);
  return <Provider value={api}>{children}</Provider>;
}

/** The graph node id of a subject named without its chain (findings, trace rows); "txid:vout" outputs map to their tx. */
export function subjectNodeId(chain: Chain, subject: { type: string; id: string }): string | null {
  if (subject.type === 'address') return nodeId('address', chain, subject.id);
  if (subject.type === 'tx') return nodeId('tx', chain, subject.id);
  if (subject.type === 'output') return nodeId('tx', chain, subject.id.split(':')[0] ?? subject.id);
  return null;
}

/** Findings and traces do not carry a chain: the ids for every chain, of which the graph shows the real ones. */
export const focusNodeIds = (subjects: { type: string; id: string }[]): string[] =>
  subjects.flatMap((s) => CHAINS.map((chain) => subjectNodeId(chain, s))).filter((id): id is string => id !== null);

/** The chain of the current selection, else BTC: findings and traces name subjects without their chain. */
export function selectionChain(selectedId: string | null): Chain {
  const chain = selectedId ? parseNodeId(selectedId)?.chain : undefined;
  return CHAINS.find((c) => c === chain) ?? 'BTC';
}
