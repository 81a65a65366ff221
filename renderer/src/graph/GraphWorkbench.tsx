import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useMemo, useReducer, useState, type MutableRefObject } from 'react';
import type { GraphSlice } from '../../../shared/domain/graph';
import { useApp } from '../app/runtime-context';
import { useDialogs } from '../dialogs/DialogHost';
import { ExtractDialog } from '../extract/ExtractDialog';
import { useGraphFocus } from '../findings/graph-focus';
import { FlowChart } from '../timefilter/FlowChart';
import { TimeFilter } from '../timefilter/TimeFilter';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useLastSession } from '../views/use-last-session';
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
import { useCoveredArea } from './use-covered-area';
import { useUndoKeys } from './use-undo-keys';
import { allInView, cappedFit, panToCentre } from './viewport';
import { PathRequest } from '../pathview/path-request';

export interface GraphWorkbenchProps {
  cy: Core;
  /** The canvas reloads when the slice changes: history from before means nothing then. */
  slice: GraphSlice;
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** Opening a case: show the findings' paths first (when there are findings) instead of the ledger's newest flows. */
  startWithPaths: boolean;
  /** Leaves a path view for the full ledger overview. */
  onFullLedger(): void;
  /** A search result to pan to, even when it is already on screen; `n` repeats the request for the same node. */
  reveal?: { id: string; n: number } | null;
  /** Set here to what must run before the case closes (saving the last session's layout). */
  closing?: MutableRefObject<(() => Promise<void>) | null>;
}

/** How many findings the opening overview draws (strongest first): a readable picture, and a fast one on big cases. */
const OVERVIEW_FINDINGS = 6;

/** Everything layered over the canvas: edit bar, popovers, context menu, legend, hover card, time filter. */
export function GraphWorkbench({ cy, slice, selectedId, onSelect, startWithPaths, onFullLedger, reveal, closing }: GraphWorkbenchProps) {
  const { client } = useApp();
  const workbench = useMemo(() => new Workbench(cy, client), [cy, client]);
  useEffect(() => workbench.attach(), [workbench]);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [popover, setPopover] = useState<Popover>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { focus, path } = useGraphFocus();
  const dialogs = useDialogs();
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
  const attempt = useCallback((task: Promise<unknown>) => void task.catch(setError), []);
  useEffect(() => {
    workbench.history.clear();
    workbench.pathView = null;
  }, [workbench, slice]);
  const lastSession = useLastSession(workbench, closing);
  // Reopening a case restores the layout the analyst left; a first opening tells the story first: the strongest
  // findings' paths, the full ledger one click away.
  useEffect(() => {
    if (!startWithPaths) return lastSession.settled();
    attempt(
      lastSession
        .open(async () => {
          const findings = await client.call('findings.list', { limit: 50 });
          const ids = findings.filter((f) => f.status !== 'dismissed').slice(0, OVERVIEW_FINDINGS).map((f) => f.id);
          if (ids.length === 0) return false;
          await workbench.openPath({ title: ids.length === 1 ? 'the finding’s path' : `the paths of ${ids.length} findings`, findingIds: ids, txids: [], subjects: [], expanded: [] });
          return true;
        })
        .then((restored) => restored && setMessage('Reopened as you left it: the layout of your last session (kept under Views…).')),
    );
  }, [client, workbench, slice, startWithPaths, attempt, lastSession]);
  useCoveredArea(cy);
  useUndoKeys(workbench);
  // Double-clicking a wallet or cluster box folds it into one node, or unfolds it; a path view's fan unfolds.
  useEffect(() => {
    const toggle = (e: EventObject) => void workbench.toggleCollapsed((e.target as NodeSingular).id()).catch(setError);
    const unfold = (e: EventObject) => void workbench.expandFan((e.target as NodeSingular).id()).catch(setError);
    cy.on('dbltap', 'node.group', toggle);
    cy.on('dbltap', 'node.fan', unfold);
    return () => {
      cy.off('dbltap', 'node.group', toggle);
      cy.off('dbltap', 'node.fan', unfold);
    };
  }, [cy, workbench]);
  // Findings and traces ask for their path view.
  useEffect(() => {
    if (path) attempt(workbench.openPath(PathRequest.parse(path)));
  }, [workbench, path, attempt]);

  // Findings and traces ask for a highlight: bring their nodes onto the canvas, highlight them and fit the view on them.
  useEffect(() => {
    if (!focus) return workbench.setFocus(null);
    attempt(
      workbench.ensureNodes(focus.nodeIds).then(() => {
        workbench.setFocus(focus.nodeIds);
        const shown = cy.elements('node.focus');
        // Moved only when something is out of sight: a path view already shows its finding whole.
        if (shown.nonempty() && !allInView(cy, shown)) cy.animate(cappedFit(cy, shown, 80), { duration: 300 });
      }),
    );
  }, [cy, workbench, focus, slice, attempt]);

  // A search hit or table link may name a node the canvas does not show yet: add it, select it, centre it.
  useEffect(() => {
    if (!selectedId || cy.getElementById(selectedId).nonempty()) return;
    attempt(workbench.ensureNodes([selectedId]).then(() => {
      const node = cy.getElementById(selectedId);
      node.select();
      // Not when it is in sight already: a finding's path view, just fitted, would shift under the analyst.
      if (node.nonempty() && !allInView(cy, node)) cy.pan(panToCentre(cy, node.position()));
    }));
  }, [cy, workbench, selectedId, attempt]);

  // A search result: unfold or fetch it if need be, then pan so it sits in the middle of the canvas.
  useEffect(() => {
    if (!reveal) return;
    attempt(workbench.ensureNodes([reveal.id]).then(() => {
      const node = cy.getElementById(reveal.id);
      if (node.empty() || !node.visible()) return;
      // The node's own centre, not its bounding box (which holds its caption, off to one side).
      cy.stop(true);
      cy.animate({ pan: panToCentre(cy, node.position()) }, { duration: 250 });
    }));
  }, [cy, workbench, reveal, attempt]);

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
  const extract = (ids: string[]) => dialogs.open('Extract neighbourhood', () => <ExtractDialog nodeIds={ids} />);
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
      { label: `Extract neighbourhood${several}…`, run: () => extract(ids), disabled: group },
      { label: 'Shortest path between the two selected', run: () => ends && findPath(...ends), disabled: !ends },
      { label: `Remove from graph${several}`, run: () => attempt(workbench.remove(ids)) },
    ];
  };

  return (
    <>
      {/* Notices flow under the toolbar, however many rows it wraps to: they never cover its buttons. */}
      <div className="graph-top">
        <GraphToolbar workbench={workbench} targets={targets} pathEnds={ends} onPopover={setPopover} onPath={() => ends && findPath(...ends)} onExport={exportView} onClusters={toggleClusters} onExtract={() => extract(targets)} />
        {(message || error !== null || workbench.pathView) && (
          <div className="graph-notices">
            {workbench.pathView && (
              <div className="path-banner" role="status" data-testid="path-banner">
                Path view: {workbench.pathView.title} <span className="muted">· double-click a fan to unfold it</span>
                <button type="button" className="link-button" onClick={onFullLedger}>Show full ledger</button>
              </div>
            )}
            {(message || error !== null) && (
              <div className="graph-message" role="status" data-testid="graph-message">
                {message}
                <ErrorMessage error={error} onDismiss={() => setError(null)} />
                {message && <button type="button" className="link-button" onClick={() => setMessage(null)}>Dismiss</button>}
              </div>
            )}
          </div>
        )}
      </div>
      {popover === 'expand' && targets.length > 0 && <ExpandPanel workbench={workbench} nodeIds={targets} onClose={() => setPopover(null)} />}
      {popover === 'group' && targets.length > 0 && <GroupPanel workbench={workbench} nodeIds={targets} onClose={() => setPopover(null)} />}
      {popover === 'views' && <ViewsMenu workbench={workbench} onClose={() => setPopover(null)} />}
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
