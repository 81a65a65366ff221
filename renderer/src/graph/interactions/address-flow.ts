import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { DerivedEdges } from './derived-edges';

/** A transaction with more input × output pairs than this stays a node: its pro-rata edges would bury the graph. */
export const MAX_FLOW_PAIRS = 64;

/** Why a transaction node stays drawn in the address-flow view. */
function keepsNode(tx: NodeSingular, inputs: number, outputs: number): boolean {
  return tx.hasClass('coinbase') || inputs === 0 || outputs === 0 || inputs * outputs > MAX_FLOW_PAIRS;
}

/**
 * The address-flow view: transactions fold into direct address-to-address edges, each input's value shared among
 * the shown outputs pro rata (the haircut view of a transaction). Coinbase transactions stay nodes (the chain
 * breaks there), and so do very wide ones. Hidden and time-filtered transactions give no edges. Off restores the
 * transaction view. Derived edges are rebuilt from the ledger edges on every call.
 */
export function applyAddressFlow(cy: Core, on: boolean): void {
  cy.batch(() => {
    cy.edges('.flow').remove();
    cy.nodes('.flow-folded').removeClass('flow-folded');
    if (!on) return;
    const flows = new DerivedEdges();
    cy.nodes('.tx').not('.hidden, .time-hidden').forEach((tx) => {
      const ins = tx.incomers('edge').not('.flow');
      const outs = tx.outgoers('edge').not('.flow');
      if (keepsNode(tx, ins.length, outs.length)) return;
      const value = (e: EdgeSingular) => BigInt(String(e.data('value') ?? '0'));
      let outTotal = 0n;
      outs.forEach((e) => void (outTotal += value(e)));
      if (outTotal === 0n) return;
      tx.addClass('flow-folded');
      ins.forEach((input) => {
        outs.forEach((output) => {
          const [source, target] = [input.source().id(), output.target().id()];
          if (source !== target) flows.add(source, target, (value(input) * value(output)) / outTotal, String(input.data('chain') ?? 'BTC'));
        });
      });
    });
    cy.add(flows.elements('flow'));
  });
}
