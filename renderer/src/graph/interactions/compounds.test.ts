import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../graph-elements';
import { applyAddressFlow } from './address-flow';
import { restore, snapshot } from './canvas-state';
import { collapseBox, expandBox, foldedHolders, gather } from './compounds';

const a = (n: string) => `address:BTC:${n}`;
const t = (n: string) => `tx:BTC:${n}`;
const node = (id: string, isCoinbase = false) => ({ id, kind: id.startsWith('tx') ? ('tx' as const) : ('address' as const), label: id, category: null, time: 1, isCoinbase });
const edge = (source: string, target: string, value: string) => ({ id: `${source}>${target}`, source, target, value });

/**
 * a1, a2 pay 3 and 1 into t1, which pays b 3 and c 1; t0 is a coinbase paying a1; a1 and a2 sit in box G, b and c in
 * box H (the shapes the workbench builds for named wallets and clusters).
 */
function canvas(): Core {
  const cy = cytoscape({ headless: true });
  cy.add([
    { group: 'nodes', data: { id: 'G', label: 'Thief' }, classes: 'group' },
    { group: 'nodes', data: { id: 'H', label: 'Exchange' }, classes: 'group cluster' },
  ]);
  cy.add(
    toElements({
      truncated: false,
      nodes: [node(t('0'), true), node(a('1')), node(a('2')), node(t('1')), node(a('b')), node(a('c'))],
      edges: [edge(t('0'), a('1'), '5'), edge(a('1'), t('1'), '300'), edge(a('2'), t('1'), '100'), edge(t('1'), a('b'), '300'), edge(t('1'), a('c'), '100')],
    }),
  );
  cy.getElementById(a('1')).move({ parent: 'G' });
  cy.getElementById(a('2')).move({ parent: 'G' });
  cy.getElementById(a('b')).move({ parent: 'H' });
  cy.getElementById(a('c')).move({ parent: 'H' });
  cy.nodes().not('.group').forEach((n, i) => void n.position({ x: i * 10, y: i * 5 }));
  return cy;
}
const edgeSums = (cy: Core) => cy.edges().map((e) => `${e.source().id()}>${e.target().id()}=${String(e.data('value'))}`).sort();

describe('collapsing and expanding boxes', () => {
  it('draws a collapsed box as one node with summed edges, and expands it back exactly', () => {
    const cy = canvas();
    const before = snapshot(cy);
    expect(collapseBox(cy, 'G')).toBe(true);
    expect(cy.getElementById(a('1')).empty()).toBe(true);
    expect(cy.getElementById('G').hasClass('collapsed')).toBe(true);
    expect(cy.getElementById('G').data('label')).toBe('Thief (2)');
    expect([...foldedHolders(cy).keys()].sort()).toEqual([a('1'), a('2')]);
    expect(edgeSums(cy)).toEqual([`G>${t('1')}=400`, `${t('0')}>G=5`, `${t('1')}>${a('b')}=300`, `${t('1')}>${a('c')}=100`].sort());
    expect(expandBox(cy, 'G')).toBe(true);
    expect(cy.getElementById('G').hasClass('collapsed')).toBe(false);
    expect(cy.getElementById('G').data('label')).toBe('Thief');
    expect(edgeSums(cy)).toEqual(edgeSums(restoreInto(before)));
    expect(cy.getElementById(a('2')).parent().first().id()).toBe('G');
  });

  it('keeps an edge between two collapsed boxes through any order of expanding them', () => {
    const cy = cytoscape({ headless: true });
    cy.add([{ group: 'nodes', data: { id: 'X', label: 'X' }, classes: 'group' }, { group: 'nodes', data: { id: 'Y', label: 'Y' }, classes: 'group' }]);
    cy.add(toElements({ truncated: false, nodes: [node(a('p')), node(a('q'))], edges: [edge(a('p'), a('q'), '7')] }));
    cy.getElementById(a('p')).move({ parent: 'X' });
    cy.getElementById(a('q')).move({ parent: 'Y' });
    collapseBox(cy, 'X');
    collapseBox(cy, 'Y');
    expect(edgeSums(cy)).toEqual(['X>Y=7']);
    expandBox(cy, 'X');
    expect(edgeSums(cy)).toEqual([`${a('p')}>Y=7`]);
    expandBox(cy, 'Y');
    expect(edgeSums(cy)).toEqual([`${a('p')}>${a('q')}=7`]);
  });

  it('survives undo: a snapshot taken while collapsed restores a box that still expands', () => {
    const cy = canvas();
    collapseBox(cy, 'H');
    const collapsed = snapshot(cy);
    expandBox(cy, 'H');
    restore(cy, collapsed);
    expect(cy.getElementById(a('b')).empty()).toBe(true);
    expect(expandBox(cy, 'H')).toBe(true);
    expect(cy.getElementById(a('b')).parent().first().id()).toBe('H');
  });

  it("keeps an off-chain link to a folded member as a dashed link with its note, never a 0-BTC edge", () => {
    const cy = canvas();
    cy.add({ group: 'edges', data: { id: 'link', source: a('c'), target: a('1'), amount: 'off-chain: order 7' }, classes: 'offchain' });
    collapseBox(cy, 'G');
    const links = cy.edges('.offchain');
    expect(links.map((e) => [e.source().id(), e.target().id(), e.data('amount'), e.data('value')])).toEqual([[a('c'), 'G', 'off-chain: order 7', undefined]]);
    expect(edgeSums(cy).filter((s) => s.endsWith('=0'))).toEqual([]);
    expandBox(cy, 'G');
    expect(cy.getElementById('link').nonempty()).toBe(true);
    expect(cy.edges('.box-edge')).toHaveLength(0);
  });

  it('refuses what is not a box', () => {
    const cy = canvas();
    expect(collapseBox(cy, a('b'))).toBe(false);
    expect(expandBox(cy, 'G')).toBe(false);
  });
});

describe('gathering a box', () => {
  it('puts the members in a compact grid at their mean position and leaves pinned members alone', () => {
    const cy = cytoscape({ headless: true });
    cy.add(['p', 'q', 'r', 's', 'u'].map((id, i) => ({ group: 'nodes' as const, data: { id }, position: { x: i * 100, y: 0 } })));
    cy.getElementById('u').addClass('pinned');
    gather(cy, ['p', 'q', 'r', 's', 'u'], 30);
    expect(cy.getElementById('u').position()).toEqual({ x: 400, y: 0 });
    // Mean of 0..400 is 200: the four movable members form a 2 x 2 grid around it.
    expect(['p', 'q', 'r', 's'].map((id) => cy.getElementById(id).position())).toEqual([
      { x: 185, y: -15 }, { x: 215, y: -15 }, { x: 185, y: 15 }, { x: 215, y: 15 },
    ]);
  });
});

describe('address-flow view', () => {
  it('folds a transaction into pro-rata address edges, keeps the coinbase, and restores the transaction view', () => {
    const cy = canvas();
    const ledger = edgeSums(cy);
    applyAddressFlow(cy, true);
    expect(cy.getElementById(t('1')).hasClass('flow-folded')).toBe(true);
    expect(cy.getElementById(t('0')).hasClass('flow-folded')).toBe(false);
    // 300 of 400 in goes to b: a1 gives 300 * 300/400, a2 gives 100 * 300/400.
    expect(cy.edges('.flow').map((e) => `${e.source().id()}>${e.target().id()}=${String(e.data('value'))}`).sort()).toEqual(
      [`${a('1')}>${a('b')}=225`, `${a('1')}>${a('c')}=75`, `${a('2')}>${a('b')}=75`, `${a('2')}>${a('c')}=25`].sort(),
    );
    applyAddressFlow(cy, true);
    expect(cy.edges('.flow')).toHaveLength(4);
    applyAddressFlow(cy, false);
    expect(edgeSums(cy)).toEqual(ledger);
    expect(cy.nodes('.flow-folded')).toHaveLength(0);
  });

  it('gives no edges for hidden transactions and flows through a collapsed box', () => {
    const cy = canvas();
    collapseBox(cy, 'G');
    applyAddressFlow(cy, true);
    expect(cy.edges('.flow').map((e) => `${e.source().id()}>${e.target().id()}=${String(e.data('value'))}`).sort()).toEqual([`G>${a('b')}=300`, `G>${a('c')}=100`]);
    cy.getElementById(t('1')).addClass('hidden');
    applyAddressFlow(cy, true);
    expect(cy.edges('.flow')).toHaveLength(0);
  });
});

function restoreInto(state: ReturnType<typeof snapshot>): Core {
  const cy = cytoscape({ headless: true });
  restore(cy, state);
  return cy;
}
