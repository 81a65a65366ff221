import cytoscape, { type Core, type EventObject } from 'cytoscape';
import type { ApiClient } from '../../../../shared/api/client';
import type { ExpandDirection } from '../../../../shared/api/methods/graph';
import type { GraphSlice } from '../../../../shared/domain/graph';
import type { ViewData } from '../../../../shared/domain/view';
import type { LayoutKind } from '../../layout/types';
import { applyTimeWindow } from '../../timefilter/time-window';
import { replaceElements } from '../../views/replace-elements';
import { collectView, savedPlaces, viewElements, WorkbenchFilters } from '../../views/view-data';
import { layPath, pathElements } from '../../pathview/path-elements';
import { fetchPath, type PathRequest } from '../../pathview/path-request';
import { isLarge } from '../choose-layout';
import { applyFocus } from '../focus';
import { fitView } from '../viewport';
import { legendKey } from '../encoding';
import { History } from '../history';
import { applyAddressFlow } from './address-flow';
import { addSlice, ledgerNodes, restore, snapshot, type CanvasState } from './canvas-state';
import { layoutCanvas } from './canvas-layout';
import { collapseBox, expandBox, foldedHolders, gather } from './compounds';

/** How transactions are drawn: as nodes, or folded into address-to-address edges. */
export type TxView = 'transactions' | 'address-flow';

/**
 * Every graph edit, undoable: each records the canvas before it changes, so undo/redo restore positions and all.
 * The time window is a filter, not an edit: it is re-applied after every change.
 */
export class Workbench {
  readonly history = new History<CanvasState>();
  /** Counts recorded edits (moves included): the last-session view is saved only when it moved on since. */
  revision = 0;
  timeWindow: [number, number] | null = null;
  layoutKind: LayoutKind = 'force';
  txView: TxView = 'transactions';
  /** What the canvas shows when it is a path view (a finding's or trace's figure), else null. */
  pathView: PathRequest | null = null;
  /** The highlighted nodes (a finding's, a trace's), kept over edits: an expansion's new nodes fade like the rest. */
  focus: readonly string[] | null = null;
  private groupSeq = 0;
  private moveStart: CanvasState | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly onGrab = () => void (this.moveStart = snapshot(this.cy));
  private readonly onFree = (e: EventObject) => {
    const before = this.moveStart?.find((el) => el.data.id === e.target.id());
    const now = e.target.position() as { x: number; y: number };
    if (this.moveStart && before?.position && (before.position.x !== now.x || before.position.y !== now.y)) {
      this.history.record('move', this.moveStart);
      this.revision += 1;
      this.changed();
    }
    this.moveStart = null;
  };

  constructor(readonly cy: Core, private readonly client: ApiClient) {}

  /**
   * Starts answering drags (a drag is an edit too: the canvas at grab is recorded if the node really moved); returns
   * the detach. Not done in the constructor: React may build a workbench and drop it, and a dropped one must not answer
   * drags with its own, stale time window and transaction view.
   */
  attach(): () => void {
    this.cy.on('grab', 'node', this.onGrab);
    this.cy.on('free', 'node', this.onFree);
    return () => {
      this.cy.off('grab', 'node', this.onGrab);
      this.cy.off('free', 'node', this.onFree);
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    applyTimeWindow(this.cy, this.timeWindow);
    applyAddressFlow(this.cy, this.txView === 'address-flow');
    applyFocus(this.cy, this.focus);
    for (const l of this.listeners) l();
  }

  /** Runs an edit with its undo point; async edits record before they start so undo never sees a half state. */
  async edit(label: string, change: () => void | Promise<void>): Promise<void> {
    this.history.record(label, snapshot(this.cy));
    this.revision += 1;
    try {
      await change();
    } finally {
      this.changed();
    }
  }

  undo(): string | null {
    const entry = this.history.undo(snapshot(this.cy));
    if (entry) {
      this.revision += 1;
      restore(this.cy, entry.state);
    }
    this.changed();
    return entry?.label ?? null;
  }

  redo(): string | null {
    const entry = this.history.redo(snapshot(this.cy));
    if (entry) {
      this.revision += 1;
      restore(this.cy, entry.state);
    }
    this.changed();
    return entry?.label ?? null;
  }

  /** Adds a slice and places only its new nodes with the worker force layout (nothing else moves). */
  async addAndPlace(label: string, slice: GraphSlice): Promise<string[]> {
    let added: string[] = [];
    await this.edit(label, async () => {
      added = addSlice(this.cy, slice);
      if (added.length > 0) await layoutCanvas(this.cy, 'force', new Set(added), true);
    });
    return added;
  }

  async expand(nodeIds: string[], direction: ExpandDirection, hops: number, limit: number): Promise<string[]> {
    const slice = await this.client.call('graph.expand', { nodeIds, shown: this.shownIds(), direction, hops, limit });
    return this.addAndPlace('expand', slice);
  }

  /**
   * Makes sure nodes are on the canvas (search hits, finding subjects): boxes folding any of them are expanded, the
   * rest are fetched.
   */
  async ensureNodes(ids: string[]): Promise<void> {
    const holders = foldedHolders(this.cy);
    const boxes = new Set(ids.flatMap((id) => holders.get(id) ?? []));
    if (boxes.size > 0) await this.edit('expand box', () => boxes.forEach((box) => void expandBox(this.cy, box)));
    const missing = ids.filter((id) => this.cy.getElementById(id).empty()).slice(0, 2000);
    if (missing.length === 0) return;
    await this.addAndPlace('add', await this.client.call('graph.nodes', { nodeIds: missing }));
  }

  setClass(label: string, ids: string[], cls: string, on: boolean): Promise<void> {
    return this.edit(label, () => {
      for (const id of ids) this.cy.getElementById(id)[on ? 'addClass' : 'removeClass'](cls);
    });
  }

  unhideAll(): Promise<void> {
    return this.edit('show all', () => void this.cy.nodes('.hidden').removeClass('hidden'));
  }

  remove(ids: string[]): Promise<void> {
    return this.edit('remove', () => void this.cy.nodes().filter((n) => ids.includes(n.id())).remove());
  }

  /** A named wallet: a compound box around the nodes (which leave any group they were in). */
  group(ids: string[], name: string): Promise<void> {
    return this.edit('group', () => {
      const id = `group:${Date.now().toString(36)}-${this.groupSeq++}`;
      this.cy.add({ group: 'nodes', data: { id, label: name }, classes: 'group' });
      for (const member of ids) this.cy.getElementById(member).move({ parent: id });
      this.dropEmptyGroups();
    });
  }

  ungroup(groupId: string): Promise<void> {
    return this.edit('ungroup', () => {
      expandBox(this.cy, groupId);
      const box = this.cy.getElementById(groupId);
      box.children().move({ parent: null });
      box.remove();
    });
  }

  /** Draws the stored clusters (analysis) of the shown addresses as boxes; nodes already in a box stay where they are. */
  async showClusters(): Promise<number> {
    const free = ledgerNodes(this.cy).filter((n) => n.hasClass('address') && n.parent().empty()).map((n) => n.id());
    const clusters = free.length > 0 ? await this.client.call('graph.clusters', { nodeIds: free }) : [];
    const fresh = clusters.filter((c) => this.cy.getElementById(c.id).empty());
    if (fresh.length === 0) return 0;
    await this.edit('show clusters', () => {
      for (const c of fresh) {
        const name = `${c.label ?? 'Cluster'} · ${c.size.toLocaleString('en-US')} addr${c.conflicts > 0 ? ' · tag conflict' : ''}`;
        this.cy.add({ group: 'nodes', data: { id: c.id, label: name, legend: legendKey(c.category) }, classes: 'group cluster' });
        for (const member of c.members) this.cy.getElementById(member).move({ parent: c.id });
        gather(this.cy, c.members);
      }
    });
    return fresh.length;
  }

  /** Removes every cluster box (collapsed ones are expanded first); named wallets stay. */
  hideClusters(): Promise<void> {
    return this.edit('hide clusters', () => {
      for (const id of this.cy.nodes('.cluster').map((n) => n.id())) {
        expandBox(this.cy, id);
        const box = this.cy.getElementById(id);
        box.children().move({ parent: null });
        box.remove();
      }
    });
  }

  /** Folds a wallet or cluster box into one node, or unfolds it. */
  toggleCollapsed(boxId: string): Promise<void> {
    const collapsed = this.cy.getElementById(boxId).hasClass('collapsed');
    return this.edit(collapsed ? 'expand box' : 'collapse box', () => void (collapsed ? expandBox : collapseBox)(this.cy, boxId));
  }

  setTxView(view: TxView): void {
    this.txView = view;
    this.changed();
  }

  private dropEmptyGroups(): void {
    this.cy.nodes('.group').filter((g) => g.children().empty()).remove();
  }

  async path(from: string, to: string): Promise<boolean> {
    const result = await this.client.call('graph.path', { from, to, maxHops: 12 });
    if (!result.found) return false;
    await this.addAndPlace('path', result.slice);
    this.highlightPath(result.nodeIds);
    return true;
  }

  /** Highlights a path's nodes and the edges between consecutive ones (a view state, not an edit). */
  highlightPath(nodeIds: string[]): void {
    this.cy.elements('.path').removeClass('path');
    nodeIds.forEach((id, i) => {
      const node = this.cy.getElementById(id).addClass('path');
      const next = nodeIds[i + 1];
      if (next) node.edgesWith(this.cy.getElementById(next)).addClass('path');
    });
    this.changed();
  }

  /**
   * Opens the path view of findings or a trace: the shared figure's nodes at its positions (role lanes left to right,
   * titled), folded fans, edges with amount and date, off-chain links dashed; fitted to the window. An undoable edit.
   */
  async openPath(request: PathRequest): Promise<void> {
    const elements = pathElements(layPath(await fetchPath(this.client, request), new Set(request.expanded)));
    await this.edit('path view', async () => {
      // Fitted on node centres: the labels' sizes are not measured yet at this point.
      await replaceElements(this.cy, elements, () => fitView(this.cy, true));
      this.pathView = request;
      this.timeWindow = null;
      this.txView = 'transactions';
      this.layoutKind = 'preset';
    });
  }

  /** Unfolds a fan of the path view: the figure is laid out again with the fan's members drawn one by one. */
  expandFan(fanId: string): Promise<void> {
    const request = this.pathView;
    if (!request || request.expanded.includes(fanId)) return Promise.resolve();
    return this.openPath({ ...request, expanded: [...request.expanded, fanId] });
  }

  layout(kind: LayoutKind): Promise<void> {
    this.layoutKind = kind;
    return this.edit(`layout ${kind}`, async () => {
      await layoutCanvas(this.cy, kind, new Set(), false, true);
    });
  }

  setFocus(nodeIds: readonly string[] | null): void {
    this.focus = nodeIds;
    this.changed();
  }

  setTimeWindow(window: [number, number] | null): void {
    this.timeWindow = window;
    this.changed();
  }

  /** The canvas as a saved view; folded boxes are unfolded on a headless copy so their members keep their places. */
  view(): ViewData {
    const collapsed = this.cy.nodes('.collapsed').map((n) => n.id());
    const extra = { timeWindow: this.timeWindow, layout: this.layoutKind, collapsed, txView: this.txView, pathView: this.pathView };
    if (collapsed.length === 0) return collectView(this.cy, extra);
    const copy = cytoscape({ headless: true });
    restore(copy, snapshot(this.cy));
    for (const id of collapsed) expandBox(copy, id);
    const view = collectView(copy, extra, { zoom: this.cy.zoom(), pan: this.cy.pan() });
    copy.destroy();
    return view;
  }

  /** Reopens a saved view exactly: same nodes, positions, hidden, pinned, groups, time window and viewport. */
  async openView(data: ViewData, slice: GraphSlice): Promise<void> {
    const filters = WorkbenchFilters.parse(data.filters);
    // A path view's figure (titles, fans, services) is drawn again from its request; its nodes keep their saved places.
    const figure = filters.pathView ? pathElements(layPath(await fetchPath(this.client, filters.pathView), new Set(filters.pathView.expanded))) : null;
    return this.edit('open view', async () => {
      // Several short tasks instead of one long one: a 5,000-node view would freeze the window for a second.
      await replaceElements(this.cy, figure ? savedPlaces(figure, data) : viewElements(slice, data, filters), () => {
        for (const id of filters.collapsed) collapseBox(this.cy, id);
        if (filters.viewport) this.cy.viewport(filters.viewport);
        else fitView(this.cy, isLarge(slice.nodes.length));
      });
      this.timeWindow = filters.timeWindow;
      this.txView = filters.txView;
      this.pathView = filters.pathView;
    });
  }

  /** Ledger nodes on the canvas (hidden and folded ones too): an expansion counts and adds only what is not among them. */
  shownIds(): string[] {
    return [...ledgerNodes(this.cy).map((n) => n.id()), ...foldedHolders(this.cy).keys()];
  }
}
