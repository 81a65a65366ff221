import type { Core } from 'cytoscape';

/**
 * Hides what lies outside [from, to] (unix seconds): transactions by block time, and addresses whose every
 * transaction on the canvas is outside (an address with no timed neighbour stays). Null shows everything.
 */
export function applyTimeWindow(cy: Core, window: readonly [number, number] | null): number {
  const nodes = cy.nodes().not('.group');
  let hidden = 0;
  cy.batch(() => {
    nodes.removeClass('time-hidden');
    if (!window) return;
    const [from, to] = window;
    const outside = (t: unknown) => typeof t === 'number' && (t < from || t > to);
    const txs = nodes.filter((n) => outside(n.data('time')));
    txs.addClass('time-hidden');
    const addresses = nodes.filter((n) => typeof n.data('time') !== 'number').filter((n) => {
      const timed = n.neighborhood('node').filter((m) => typeof m.data('time') === 'number');
      return timed.nonempty() && timed.every((m) => outside(m.data('time')));
    });
    addresses.addClass('time-hidden');
    hidden = txs.length + addresses.length;
  });
  return hidden;
}
