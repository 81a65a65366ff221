import type { Chain } from '../../../shared/domain/chain';
import { useTraceState } from '../trace/trace-state';
import { DataTable } from '../ui/DataTable';
import { formatAmount, shorten } from '../ui/format';
import { InspectorSection } from './InspectorSection';
import { percentOf, taintOf } from './trace-taint';

/**
 * Taint of the selection under every model of the last trace run in this session. Analysis does not store taint, so
 * without a trace there is nothing true to show but the way to get one.
 */
interface TaintSectionProps {
  kind: 'address' | 'tx';
  id: string;
  chain: Chain;
  /** What the taint is a share of: everything paid to the address (change included), or the transaction's output value. */
  base: string;
}

export function TaintSection({ kind, id, chain, base }: TaintSectionProps) {
  const [trace] = useTraceState();
  const result = trace.result;
  const taint = result ? taintOf(result, { kind, id }) : null;
  return (
    <InspectorSection title="Taint per model">
      {!result ? (
        <p className="muted table-note" data-testid="taint-none">
          No trace in this session. Run one from the Trace tab to see this {kind === 'tx' ? 'transaction' : 'address'}'s taint under each model.
        </p>
      ) : !taint ? (
        <p className="muted table-note" data-testid="taint-none">
          The last trace ({result.direction}, from {result.seeds.length} seed{result.seeds.length === 1 ? '' : 's'}) did not reach it.
        </p>
      ) : (
        <>
          <p className="muted table-note">
            Last trace, {result.direction} from <span className="mono">{shorten(result.seeds[0]?.ref ?? '', 10, 6)}</span>
            {result.seeds.length > 1 && ` and ${result.seeds.length - 1} more`}
            {taint.hop !== null && ` · ${taint.hop} hop${taint.hop === 1 ? '' : 's'} away`}
            {taint.offchain && ' · across an off-chain link'}
          </p>
          <DataTable
            compact
            testId="inspector-taint"
            rows={taint.perModel}
            rowKey={(m) => m.model}
            columns={[
              { header: 'Model', cell: (m) => m.model },
              { header: `Tainted (${chain})`, numeric: true, cell: (m) => <span className="amount">{formatAmount(m.amount, chain)}</span> },
              { header: kind === 'tx' ? 'of outputs' : 'of paid in', numeric: true, cell: (m) => percentOf(m.amount, base) ?? '—' },
            ]}
          />
        </>
      )}
    </InspectorSection>
  );
}
