import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../shared/api/client';
import type { GraphSlice } from '../../../../shared/domain/graph';
import { Workbench } from './workbench';

// Saving and reopening views touches no API: a client that refuses every call proves it.
const offline = createClient({
  call: (method) => Promise.reject(new Error(`unexpected call ${method}`)),
  subscribe: () => () => undefined,
});

const a = (n: string) => `address:BTC:${n}`;
const slice: GraphSlice = {
  truncated: false,
  nodes: [
    { id: a('1'), kind: 'address', label: '1', category: null, time: null, isCoinbase: false },
    { id: a('2'), kind: 'address', label: '2', category: null, time: null, isCoinbase: false },
    { id: 'tx:BTC:t', kind: 'tx', label: 't', category: null, time: 10, isCoinbase: false },
    { id: a('3'), kind: 'address', label: '3', category: null, time: null, isCoinbase: false },
  ],
  edges: [
    { id: 'i1', source: a('1'), target: 'tx:BTC:t', value: '4' },
    { id: 'i2', source: a('2'), target: 'tx:BTC:t', value: '6' },
    { id: 'o3', source: 'tx:BTC:t', target: a('3'), value: '10' },
  ],
};

function bench(): Workbench {
  const cy = cytoscape({ headless: true });
  return new Workbench(cy, offline);
}

describe('Workbench views with folded boxes and the address-flow view', () => {
  it('saves a folded box with its members at their places and reopens it folded, in the same transaction view', async () => {
    const first = bench();
    await first.openView({ version: 1, positions: {}, hidden: [], pinned: [], styles: {}, filters: {} }, slice);
    first.cy.nodes().forEach((n, i) => void n.position({ x: i * 50, y: 0 }));
    await first.group([a('1'), a('2')], 'Thief');
    const box = first.cy.nodes('.group').first().id();
    const members = { [a('1')]: { ...first.cy.getElementById(a('1')).position() }, [a('2')]: { ...first.cy.getElementById(a('2')).position() } };
    await first.toggleCollapsed(box);
    first.setTxView('address-flow');
    expect(first.cy.edges('.flow').map((e) => `${e.source().id()}>${e.target().id()}=${String(e.data('value'))}`)).toEqual([`${box}>${a('3')}=10`]);

    const view = first.view();
    expect(view.positions[a('1')]).toEqual(members[a('1')]);
    expect(view.positions[a('2')]).toEqual(members[a('2')]);
    expect(view.positions[box]).toBeUndefined();
    expect(view.filters).toMatchObject({ collapsed: [box], txView: 'address-flow', groups: [{ id: box, name: 'Thief', members: [a('1'), a('2')] }] });
    // Saving must not unfold the analyst's canvas.
    expect(first.cy.getElementById(box).hasClass('collapsed')).toBe(true);

    const second = bench();
    await second.openView(view, slice);
    expect(second.cy.getElementById(box).hasClass('collapsed')).toBe(true);
    expect(second.cy.getElementById(a('1')).empty()).toBe(true);
    expect(second.txView).toBe('address-flow');
    expect(second.cy.edges('.flow')).toHaveLength(1);
    await second.toggleCollapsed(box);
    expect(second.cy.getElementById(a('1')).position()).toEqual(members[a('1')]);
  });

  it('counts folded members as shown, so an expansion never adds them twice', async () => {
    const wb = bench();
    await wb.openView({ version: 1, positions: {}, hidden: [], pinned: [], styles: {}, filters: {} }, slice);
    await wb.group([a('1'), a('2')], 'W');
    await wb.toggleCollapsed(wb.cy.nodes('.group').first().id());
    expect(wb.shownIds().sort()).toEqual([a('1'), a('2'), a('3'), 'tx:BTC:t'].sort());
  });
});

describe('Workbench drags', () => {
  const drag = (wb: Workbench, id: string) => {
    const node = wb.cy.getElementById(id);
    node.emit('grab');
    node.position({ x: node.position('x') + 40, y: node.position('y') });
    node.emit('free');
  };

  it('a drag keeps the address-flow view and the time window of the attached workbench; a detached one stays silent', async () => {
    const cy = cytoscape({ headless: true });
    // What StrictMode does: one workbench attached and detached (dropped), then the one in use.
    const dropped = new Workbench(cy, offline);
    dropped.attach()();
    const wb = new Workbench(cy, offline);
    const detach = wb.attach();
    // A second, later transaction (time 100) for the window to hide while the first one folds into flow edges.
    const later: GraphSlice = {
      ...slice,
      nodes: [...slice.nodes, { id: 'tx:BTC:u', kind: 'tx', label: 'u', category: null, time: 100, isCoinbase: false }, { id: a('4'), kind: 'address', label: '4', category: null, time: null, isCoinbase: false }],
      edges: [...slice.edges, { id: 'i4', source: a('3'), target: 'tx:BTC:u', value: '10' }, { id: 'o4', source: 'tx:BTC:u', target: a('4'), value: '9' }],
    };
    await wb.openView({ version: 1, positions: {}, hidden: [], pinned: [], styles: {}, filters: {} }, later);
    wb.setTxView('address-flow');
    wb.setTimeWindow([0, 50]);
    const flows = cy.edges('.flow').length;
    const hidden = cy.nodes('.time-hidden').length;
    expect(flows).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThan(0);
    drag(wb, a('3'));
    expect(wb.history.peek().undo).toBe('move');
    expect(cy.edges('.flow')).toHaveLength(flows);
    expect(cy.nodes('.time-hidden')).toHaveLength(hidden);
    wb.undo();
    const before = wb.history.peek().undo;
    detach();
    drag(wb, a('3'));
    expect(wb.history.peek().undo).toBe(before);
  });
});
