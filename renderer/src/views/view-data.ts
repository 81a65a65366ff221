import type { Core, ElementDefinition } from 'cytoscape';
import { z } from 'zod';
import type { GraphSlice } from '../../../shared/domain/graph';
import type { ViewData } from '../../../shared/domain/view';
import { ledgerNodes } from '../graph/interactions/canvas-state';
import { toElements } from '../graph/graph-elements';
import { PathRequest } from '../pathview/path-request';

/**
 * What the workbench keeps in ViewData.filters (the report lists them as text): named wallets (groups), the time
 * window, the layout last chosen and the viewport. Parsed on reopen, so a hand-edited case cannot break the canvas.
 */
export const WorkbenchFilters = z.object({
  groups: z.array(z.object({ id: z.string().max(100), name: z.string().max(200), members: z.array(z.string()) })).default([]),
  timeWindow: z.tuple([z.number(), z.number()]).nullable().default(null),
  layout: z.string().max(20).optional(),
  viewport: z.object({ zoom: z.number().positive(), pan: z.object({ x: z.number(), y: z.number() }) }).optional(),
  /** Boxes (groups, clusters) drawn folded into one node. */
  collapsed: z.array(z.string().max(120)).max(5000).default([]),
  txView: z.enum(['transactions', 'address-flow']).default('transactions'),
  /** A path view: the findings or trace it draws (the figure is laid out again on reopen). */
  pathView: PathRequest.nullable().default(null),
});
export type WorkbenchFilters = z.output<typeof WorkbenchFilters>;

/**
 * The canvas as a view: every ledger node's exact position, hidden and pinned nodes, groups, window and viewport.
 * `cy` holds no folded boxes (the workbench unfolds a copy first); `viewport` is the one the analyst sees.
 */
export function collectView(cy: Core, extra: Pick<WorkbenchFilters, 'timeWindow' | 'collapsed' | 'txView' | 'pathView'> & { layout: string }, viewport = { zoom: cy.zoom(), pan: cy.pan() }): ViewData {
  const positions: ViewData['positions'] = {};
  const nodes = ledgerNodes(cy);
  nodes.forEach((n) => {
    const { x, y } = n.position();
    positions[n.id()] = { x, y };
  });
  const groups = cy.nodes('.group').map((g) => ({ id: g.id(), name: String(g.data('label')), members: g.children().map((c) => c.id()) }));
  const filters: WorkbenchFilters = { groups, ...extra, viewport };
  return {
    version: 1,
    positions,
    hidden: nodes.filter('.hidden').map((n) => n.id()),
    pinned: nodes.filter('.pinned').map((n) => n.id()),
    styles: {},
    filters,
  };
}

/** The elements of a saved view: group boxes first, then the slice's nodes at their saved positions and states. */
export function viewElements(slice: GraphSlice, data: ViewData, filters: WorkbenchFilters): ElementDefinition[] {
  const parentOf = new Map(filters.groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)));
  const hidden = new Set(data.hidden);
  const pinned = new Set(data.pinned);
  const groups: ElementDefinition[] = filters.groups.map((g) => ({ group: 'nodes', data: { id: g.id, label: g.name }, classes: g.id.startsWith('cluster:') ? 'group cluster' : 'group' }));
  const elements = toElements(slice).map((el): ElementDefinition => {
    if (el.group !== 'nodes') return el;
    const id = el.data.id as string;
    const classes = [el.classes, hidden.has(id) ? 'hidden' : '', pinned.has(id) ? 'pinned' : ''].filter(Boolean).join(' ');
    const parent = parentOf.get(id);
    const position = data.positions[id];
    return { ...el, classes, data: parent ? { ...el.data, parent } : el.data, ...(position ? { position: { ...position } } : {}) };
  });
  return [...groups, ...elements];
}

/** A path view's figure elements with the saved view's places, hidden and pinned nodes (figure-only ones keep theirs). */
export function savedPlaces(figure: ElementDefinition[], data: ViewData): ElementDefinition[] {
  const hidden = new Set(data.hidden);
  const pinned = new Set(data.pinned);
  return figure.map((el) => {
    const id = el.data.id as string;
    const position = data.positions[id];
    if (el.group !== 'nodes' || !position) return el;
    const classes = [el.classes, hidden.has(id) ? 'hidden' : '', pinned.has(id) ? 'pinned' : ''].filter(Boolean).join(' ');
    return { ...el, classes, position: { ...position } };
  });
}
