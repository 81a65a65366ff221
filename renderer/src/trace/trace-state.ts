import type { TraceResult } from '../../../shared/domain/analysis';
import { usePanelMemory } from '../panels/panel-memory';

/** The last trace run in this session: the Trace panel writes it, the inspector's taint section reads it. */
export interface TraceState {
  running: boolean;
  result: TraceResult | null;
  error: unknown;
}

export const useTraceState = () => usePanelMemory<TraceState>('trace.state', () => ({ running: false, result: null, error: null }));
