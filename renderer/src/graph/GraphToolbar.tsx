import type { LayoutKind } from '../layout/types';
import { LAYOUT_CHOICES } from './interactions/canvas-layout';
import type { Workbench } from './interactions/workbench';

export type Popover = 'expand' | 'views' | 'group' | null;

export interface GraphToolbarProps {
  workbench: Workbench;
  targets: string[];
  pathEnds: [string, string] | null;
  onPopover(p: Popover): void;
  onPath(): void;
  onExport(kind: 'png' | 'svg'): void;
  onClusters(): void;
  onExtract(): void;
}

/** The graph's edit bar: every button acts on the selected nodes (click; Shift/Ctrl-click or Shift-drag for more). */
export function GraphToolbar({ workbench, targets, pathEnds, onPopover, onPath, onExport, onClusters, onExtract }: GraphToolbarProps) {
  const none = targets.length === 0;
  const { undo, redo } = workbench.history.peek();
  const pinned = !none && targets.every((id) => workbench.cy.getElementById(id).hasClass('pinned'));
  const clustered = workbench.cy.nodes('.cluster').nonempty();
  const flow = workbench.txView === 'address-flow';
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph tools" data-testid="graph-toolbar">
      <button type="button" className="button" disabled={none} onClick={() => onPopover('expand')} title="Expand neighbours (counts first)">Expand…</button>
      <button type="button" className="button" disabled={none} onClick={() => void workbench.setClass('hide', targets, 'hidden', true)}>Hide</button>
      <button type="button" className="button" onClick={() => void workbench.unhideAll()}>Show all</button>
      <button type="button" className="button" disabled={none} aria-pressed={pinned} onClick={() => void workbench.setClass(pinned ? 'unpin' : 'pin', targets, 'pinned', !pinned)}>
        {pinned ? 'Unpin' : 'Pin'}
      </button>
      <button type="button" className="button" disabled={none} onClick={() => onPopover('group')} title="Group into a named wallet">Group…</button>
      <button type="button" className="button" aria-pressed={clustered} onClick={onClusters} title="Draw the analysis clusters of the shown addresses as boxes (double-click a box to fold it)">
        Clusters
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={flow}
        onClick={() => workbench.setTxView(flow ? 'transactions' : 'address-flow')}
        title="Fold transactions into address-to-address edges (pro rata); coinbase and very wide transactions stay"
      >
        Address flow
      </button>
      <button type="button" className="button" disabled={!pathEnds} onClick={onPath} title="Shortest path between two selected nodes (Shift-click the second)">Path</button>
      <button type="button" className="button" disabled={none} onClick={onExtract} title="SQL for the k-hop neighbourhood in a whole-chain copy (BigQuery, DuckDB), or run it here over exports">
        Extract…
      </button>
      <span className="graph-selection muted" data-testid="selection-count" data-count={targets.length}>
        {targets.length === 0 ? 'Click a node; Shift-click or Shift-drag selects more' : `${targets.length} selected${targets.length === 1 ? ' · Shift-click adds' : ''}`}
      </span>
      <label className="graph-layout-select">
        <span className="sr-only">Layout</span>
        <select aria-label="Layout" value="" onChange={(e) => e.target.value && void workbench.layout(e.target.value as LayoutKind)}>
          <option value="">Layout…</option>
          {LAYOUT_CHOICES.map((l) => <option key={l.kind} value={l.kind}>{l.label}</option>)}
        </select>
      </label>
      <button type="button" className="button" disabled={!undo} onClick={() => workbench.undo()} title={undo ? `Undo ${undo} (Ctrl+Z)` : 'Nothing to undo'}>Undo</button>
      <button type="button" className="button" disabled={!redo} onClick={() => workbench.redo()} title={redo ? `Redo ${redo} (Ctrl+Shift+Z)` : 'Nothing to redo'}>Redo</button>
      <button type="button" className="button" onClick={() => onPopover('views')}>Views…</button>
      <button type="button" className="button" onClick={() => onExport('png')}>PNG</button>
      <button type="button" className="button" onClick={() => onExport('svg')}>SVG</button>
    </div>
  );
}
