import type { TraceResult } from './analysis';

/**
 * Plain sentences on how a trace read its seeds and, when it reached nothing or every model agrees, why and what to do
 * next. The same words in the trace panel and the CLI.
 */
export function explainTrace(result: Pick<TraceResult, 'direction' | 'seeds' | 'outputsTotal' | 'totals' | 'models' | 'stats'>): string[] {
  const notes: string[] = [];
  const spent = result.seeds.filter((s) => s.kind === 'spent');
  if (spent.length > 0) {
    notes.push(
      `${names(spent.map((s) => s.ref))} received nothing in this case, so the trace starts from the transactions ${spent.length === 1 ? 'it' : 'they'} spent in ` +
        "(each output seeded with the seed's share of that transaction's inputs).",
    );
  }
  if (result.outputsTotal === 0) {
    const empty = result.seeds.filter((s) => s.outputs === 0);
    if (empty.length === result.seeds.length) {
      notes.push(
        `${names(empty.map((s) => s.ref))} neither received nor spent anything in this case: import the transactions that paid or spent them, or seed from a txid.`,
      );
    } else if (result.direction === 'backward') {
      notes.push('Backward from these seeds nothing earlier is in the case. To follow the funds onward (from victims to thieves), trace forward.');
    } else {
      notes.push(
        'None of the seeded outputs is spent within the case (or a stop category, the hop limit or the minimum amount ended the trace): ' +
          'import the spending transactions, or raise the hops.',
      );
    }
  } else if (result.stats.txs > 0 && new Set(result.models.map((m) => result.totals[m])).size === 1) {
    notes.push('Every model gives the same amount: no traced transaction mixed tainted with clean inputs, so the models have nothing to disagree on.');
  }
  return notes;
}

const names = (refs: string[]): string => (refs.length === 1 ? refs[0]! : refs.length === 2 ? `${refs[0]} and ${refs[1]}` : `${refs.length} seeds`);
