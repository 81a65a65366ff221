import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { GraphSlice } from '../../../shared/domain/graph';
import { useApp } from '../app/runtime-context';
import { useGraphFocus } from '../findings/graph-focus';
import { FlowChart } from '../timefilter/FlowChart';
import { TimeFilter } from '../timefilter/TimeFilter';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ViewsMenu } from '../views/ViewsMenu';
import { ContextMenu, type MenuItem } from './ContextMenu';
import { ExpandPanel } from './ExpandPanel';
import { download, exportName, graphPng } from './export';
import { GraphToolbar, type Popover } from './GraphToolbar';
import { GroupPanel } from './GroupPanel';
import { HoverCard } from './HoverCard';
import { Workbench } from './interactions/workbench';
import { Legend } from './Legend';
import { pathEnds, selectedNodeIds } from './selection';
import { useUndoKeys } from './use-undo-keys';

export interface GraphWorkbenchProps {
  cy: Core;
  /** The canvas reloads when the slice changes: history from before means nothing then. */
  slice: GraphSlice;
  selectedId: string | null;
  onSelect(id: string | null): void;
}

/** Everything layered over the canvas: edit bar, popovers, context menu, legend, hover card, time filter. */
export function GraphWorkbench({ cy, slice, selectedId, onSelect }: GraphWorkbenchProps) {
  const { client } = useApp();
  const workbench = useMemo(() => new Workbench(cy, client), [cy, client]);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [popover, setPopover] = useState<Popover>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { focus } = useGraphFocus();
  useEffect(() => workbench.subscribe(rerender), [workbench]);
  // The toolbar follows the selection (Shift-click, box): one redraw per burst of select/unselect events.
  useEffect(() => {
    let queued = false;
    const onChange = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => { queued = false; rerender(); });
    };
    cy.on('select unselect', onChange);
    return () => void cy.off('select unselect', onChange);
  }, [cy]);
  useEffect(() => workbench.history.clear(), [workbench, slice]);
  useUndoKeys(workbench);
  // Double-clicking a wallet or cluster box folds it into one node, or unfolds it.
  useEffect(() => {
    const toggle = (e: EventObject) => void workbench.toggleCollapsed((e.target as NodeSingular).id()).catch(setError);
    cy.on('dbltap', 'node.group', toggle);
    return () => void cy.off('dbltap', 'node.group', toggle);
  }, [cy, workbench]);
  const attempt = useCallback((task: Promise<unknown>) => void task.catch(setError), []);

  // Findings and traces ask for a highlight: bring their nodes onto the canvas, then mark them.
  useEffect(() => {
    cy.nodes('.focus').removeClass('focus');
    if (!focus) return;
    const ids = new Set(focus.nodeIds);
    attempt(workbench.ensureNodes(focus.nodeIds).then(() => cy.nodes().filter((n) => ids.has(n.id())).addClass('focus')));
  }, [cy, workbench, focus, attempt]);

  // A search hit or table link may name a node the canvas does not show yet: add it, select it, centre it.
  useEffect(() => {
    if (!selectedId || cy.getElementById(selectedId).nonempty()) return;
    attempt(workbench.ensureNodes([selectedId]).then(() => {
      const node = cy.getElementById(selectedId);
      node.select();
      if (node.nonempty()) cy.center(node);
    }));
  }, [cy, workbench, selectedId, attempt]);

  const targets = selectedNodeIds(cy);
  const ends = pathEnds(cy);

  const findPath = (from: string, to: string) =>
    attempt(workbench.path(from, to).then((found) => setMessage(found ? null : 'No path between these nodes within 12 hops.')));
  const exportView = (kind: 'png' | 'svg') =>
    attempt(
      kind === 'png'
        ? Promise.resolve(download(graphPng(cy, getComputedStyle(document.documentElement).getPropertyValue('--graph-bg').trim() || '#ffffff'), exportName('graph', 'png')))
        : client.call('graph.viewSvg', { view: workbench.view() }).then(({ svg }) => download(new Blob([svg], { type: 'image/svg+xml' }), exportName('graph', 'svg'))),
    );
  const toggleClusters = () =>
    attempt(
      cy.nodes('.cluster').nonempty()
        ? workbench.hideClusters()
        : workbench.showClusters().then((n) => setMessage(n > 0 ? null : 'No clusters of two or more shown addresses: run analysis (Findings tab) first, or expand.')),
    );
  // The menu opens on a node of the selection (right-click selects it first): every item acts on the whole selection.
  const menuItems = (id: string): MenuItem[] => {
    const node = cy.getElementById(id);
    const ids = targets.includes(id) ? targets : [id];
    const several = ids.length > 1 ? ` (${ids.length})` : '';
    const pinned = ids.every((n) => cy.getElementById(n).hasClass('pinned'));
    const group = node.hasClass('group');
    return [
      ...(group ? [{ label: node.hasClass('collapsed') ? 'Expand box' : 'Collapse box', run: () => attempt(workbench.toggleCollapsed(id)) }] : []),
      { label: `Expand neighbours${several}…`, run: () => setPopover('expand'), disabled: group },
      { label: `Hide${several}`, run: () => attempt(workbench.setClass('hide', ids, 'hidden', true)) },
      { label: `${pinned ? 'Unpin' : 'Pin'}${several}`, run: () => attempt(workbench.setClass(pinned ? 'unpin' : 'pin', ids, 'pinned', !pinned)) },
      { label: `Group selection into wallet${several}…`, run: () => setPopover('group'), disabled: group },
      ...(group ? [{ label: 'Ungroup', run: () => attempt(workbench.ungroup(id)) }] : []),
      { label: 'Shortest path between the two selected', run: () => ends && findPath(...ends), disabled: !ends },
      { label: `Remove from graph${several}`, run: () => attempt(workbench.remove(ids)) },
    ];
  };

  return (
    <>
      <GraphToolbar workbench={workbench} targets={targets} pathEnds={ends} onPopover={setPopover} onPath={() => ends && findPath(...ends)} onExport={exportView} onClusters={toggleClusters} />
      {popover === 'expand' && targets.length > 0 && <ExpandPanel workbench={workbench} nodeIds={targets} onClose={() => setPopover(null)} />}
      {popover === 'group' && targets.length > 0 && <GroupPanel workbench={workbench} nodeIds={targets} onClose={() => setPopover(null)} />}
      {popover === 'views' && <ViewsMenu workbench={workbench} onClose={() => setPopover(null)} />}
      {(message || error !== null) && (
        <div className="graph-message" role="status" data-testid="graph-message">
          {message}
          <ErrorMessage error={error} onDismiss={() => setError(null)} />
          {message && <button type="button" className="link-button" onClick={() => setMessage(null)}>Dismiss</button>}
        </div>
      )}
      <ContextMenu cy={cy} items={menuItems} onSelect={onSelect} />
      <HoverCard cy={cy} />
      <div className="graph-bottom">
        <Legend />
        <div className="graph-time">
          <FlowChart nodeId={selectedId} />
          <TimeFilter workbench={workbench} />
        </div>
      </div>
    </>
  );
}
