import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import { DerivedEdges } from './derived-edges';

/** What a collapsed box keeps in its data: its members and every ledger edge touching them, as element JSON. */
interface Folded {
  box: ElementDefinition;
  members: ElementDefinition[];
  edges: ElementDefinition[];
}

const folded = (node: NodeSingular): Folded | undefined => node.data('folded') as Folded | undefined;
const collapsedBoxes = (cy: Core) => cy.nodes('.collapsed');

/** The members of collapsed boxes, each with the box that holds it. */
export function foldedHolders(cy: Core): Map<string, string> {
  const holder = new Map<string, string>();
  collapsedBoxes(cy).forEach((box) => folded(box)?.members.forEach((m) => holder.set(String(m.data.id), box.id())));
  return holder;
}

/** Where a node is drawn now: itself, or the collapsed box that holds it (null when it left the canvas). */
function representatives(cy: Core): (id: string) => string | null {
  const holder = foldedHolders(cy);
  return (id) => holder.get(id) ?? (cy.getElementById(id).nonempty() ? id : null);
}

/**
 * Redraws the edges of collapsed boxes: one summed edge per box and neighbour (and direction), from the ledger edges
 * the boxes keep. Rebuilt whole after every collapse or expand so boxes inside boxes' edges never go stale.
 */
function redrawBoxEdges(cy: Core): void {
  cy.edges('.box-edge').remove();
  const where = representatives(cy);
  const edges = new DerivedEdges();
  const seen = new Set<string>();
  collapsedBoxes(cy).forEach((box) => {
    for (const edge of folded(box)?.edges ?? []) {
      const id = String(edge.data.id);
      if (seen.has(id)) continue;
      seen.add(id);
      const [source, target] = [where(String(edge.data.source)), where(String(edge.data.target))];
      if (!source || !target || source === target) continue;
      if (String(edge.classes ?? '').split(' ').includes('offchain')) edges.addLink(source, target, String(edge.data.amount ?? 'off-chain link'));
      else edges.add(source, target, BigInt(String(edge.data.value ?? '0')), String(edge.data.chain ?? 'BTC'));
    }
  });
  cy.add(edges.elements('box-edge'));
}

/** A ledger edge (not one the canvas derived): only these are kept in a box. */
const isLedgerEdge = (e: EdgeSingular) => !e.hasClass('box-edge') && !e.hasClass('flow');

/**
 * Collapses a group or cluster box into one node in its place: the members and their edges leave the canvas and are
 * kept in the node's data (so undo snapshots and expanding bring them back exactly).
 */
export function collapseBox(cy: Core, boxId: string): boolean {
  const box = cy.getElementById(boxId);
  if (box.empty() || !box.isParent()) return false;
  const members = box.children();
  const edges = members.connectedEdges().filter(isLedgerEdge);
  const label = String(box.data('label') ?? '');
  const state: Folded = {
    box: box.json() as unknown as ElementDefinition,
    members: members.jsons() as unknown as ElementDefinition[],
    edges: edges.jsons() as unknown as ElementDefinition[],
  };
  // The members' mean, not the box's position: a compound's position can be stale right after its children are added.
  const position = centre(members.map((m) => ({ ...m.position() })));
  cy.batch(() => {
    box.remove();
    cy.add({
      group: 'nodes',
      data: { id: boxId, label: `${label} (${members.length})`, name: label, folded: state },
      classes: `${box.classes().filter((c) => c !== 'collapsed').join(' ')} collapsed`,
      position,
    });
    redrawBoxEdges(cy);
  });
  return true;
}

/** Puts a collapsed box's members back around where the box now stands, with every edge whose ends are shown. */
export function expandBox(cy: Core, boxId: string): boolean {
  const node = cy.getElementById(boxId);
  const state = node.nonempty() ? folded(node) : undefined;
  if (!state) return false;
  const at = node.position();
  const before = centre(state.members.map((m) => m.position));
  const [dx, dy] = [at.x - before.x, at.y - before.y];
  cy.batch(() => {
    node.remove();
    cy.add({ ...state.box, data: { ...state.box.data, label: node.data('name') as string } });
    cy.add(state.members.map((m) => (m.position ? { ...m, position: { x: m.position.x + dx, y: m.position.y + dy } } : m)));
    const shown = (id: unknown) => cy.getElementById(String(id)).nonempty();
    const back = state.edges.filter((e) => shown(e.data.source) && shown(e.data.target));
    cy.add(back.filter((e) => cy.getElementById(String(e.data.id)).empty()));
    handOver(cy, state.edges.filter((e) => !back.includes(e)));
    redrawBoxEdges(cy);
  });
  return true;
}

/** Edges to members of other collapsed boxes go into those boxes, so they return when those expand. */
function handOver(cy: Core, edges: ElementDefinition[]): void {
  const where = representatives(cy);
  for (const edge of edges) {
    for (const end of [edge.data.source, edge.data.target]) {
      const box = cy.getElementById(where(String(end)) ?? '');
      const state = box.hasClass('collapsed') ? folded(box) : undefined;
      if (state && !state.edges.some((e) => e.data.id === edge.data.id)) box.data('folded', { ...state, edges: [...state.edges, edge] });
    }
  }
}

function centre(positions: ({ x: number; y: number } | undefined)[]): { x: number; y: number } {
  const placed = positions.filter((p): p is { x: number; y: number } => Boolean(p));
  if (placed.length === 0) return { x: 0, y: 0 };
  return { x: placed.reduce((s, p) => s + p.x, 0) / placed.length, y: placed.reduce((s, p) => s + p.y, 0) / placed.length };
}

/** Draws a new box's members together: a compact grid at their mean position (pinned nodes keep theirs). */
export function gather(cy: Core, memberIds: readonly string[], spacing = 30): void {
  const ids = new Set(memberIds);
  const members = cy.nodes().filter((n) => ids.has(n.id())).nodes();
  const placed = members.map((n) => ({ ...n.position() }));
  const movable = members.filter((n) => !n.hasClass('pinned'));
  if (movable.length < 2) return;
  const at = centre(placed);
  const columns = Math.ceil(Math.sqrt(movable.length));
  const rows = Math.ceil(movable.length / columns);
  movable.forEach((n, i) => {
    n.position({ x: at.x + ((i % columns) - (columns - 1) / 2) * spacing, y: at.y + (Math.floor(i / columns) - (rows - 1) / 2) * spacing });
  });
}
