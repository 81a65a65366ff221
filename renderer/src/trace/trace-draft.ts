import { TAINT_MODELS, type TaintModel, type TraceParamsInput } from '../../../shared/domain/analysis';
import { parseNodeId } from '../../../shared/domain/graph';

export interface TraceDraft {
  seeds: string;
  direction: 'forward' | 'backward';
  hops: string;
  minAmount: string;
  stopAt: string[];
  models: TaintModel[];
  crossOffchain: boolean;
}

/** The selected node as a seed: an address as is, a transaction as its txid (all its outputs). */
export const seedOf = (selectedId: string | null): string => (selectedId ? (parseNodeId(selectedId)?.key ?? '') : '');

export const initialDraft = (selectedId: string | null): TraceDraft => ({
  seeds: seedOf(selectedId),
  direction: 'forward',
  hops: '6',
  minAmount: '0',
  stopAt: ['exchange', 'mixing_service'],
  models: [...TAINT_MODELS],
  crossOffchain: true,
});

/** Seeds are one per line (or separated by commas or spaces): addresses, txids or txid:vout. */
export function traceParams(draft: TraceDraft): TraceParamsInput {
  return {
    from: draft.seeds.split(/[\s,]+/).filter(Boolean),
    direction: draft.direction,
    hops: Number(draft.hops),
    minAmount: draft.minAmount.trim() || '0',
    stopAt: draft.stopAt,
    models: draft.models,
    crossOffchain: draft.crossOffchain,
  };
}

export const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
