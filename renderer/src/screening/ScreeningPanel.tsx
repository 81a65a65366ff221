import type { ScreenResult, ScreenRow } from '../../../shared/domain/screen';
import { nodeId } from '../../../shared/domain/graph';
import { useApp } from '../app/runtime-context';
import { FormField } from '../annotations/FormField';
import { selectionChain, useGraphFocus } from '../findings/graph-focus';
import { usePanelMemory } from '../panels/panel-memory';
import type { PanelProps } from '../panels/registry';
import { DataTable } from '../ui/DataTable';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatAmount, formatCount, shorten } from '../ui/format';
import { addressesOf, byExposure, pathNodeIds, percent } from './screen-rows';

const SHOWN_ROWS = 500;

interface ScreenState {
  text: string;
  hops: string;
  running: boolean;
  result: ScreenResult | null;
  error: unknown;
}

/** Bulk screening (screen.run): pasted addresses against the case's abuse-tagged sources; each row opens its path. */
export function ScreeningPanel({ selectedId, onNavigate }: PanelProps) {
  const { client } = useApp();
  const { highlight } = useGraphFocus();
  const [state, setState] = usePanelMemory<ScreenState>('screening.state', () => ({ text: '', hops: '', running: false, result: null, error: null }));
  const chain = selectionChain(selectedId);
  const addresses = addressesOf(state.text);
  const run = async () => {
    setState({ ...state, running: true, error: null });
    try {
      const hops = /^\d+$/.test(state.hops) ? { hops: Number(state.hops) } : {};
      setState({ ...state, running: false, result: await client.call('screen.run', { addresses, ...hops }), error: null });
    } catch (error) {
      setState({ ...state, running: false, result: null, error });
    }
  };
  const openPath = (r: ScreenRow) => {
    highlight({ label: `screening path of ${shorten(r.address, 6, 4)} (${r.hops ?? 0} hops)`, nodeIds: pathNodeIds(chain, r.path) });
    onNavigate(nodeId('address', chain, r.address));
  };
  const rows = state.result ? byExposure(state.result.rows).slice(0, SHOWN_ROWS) : [];
  return (
    <div className="screening-panel" data-testid="screening-panel">
      <form
        className="trace-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <FormField label="Addresses to screen (one per line: payout or deposit addresses)">
          <textarea name="addresses" rows={4} className="mono" value={state.text} onChange={(e) => setState({ ...state, text: e.target.value })} />
        </FormField>
        <div className="field-row">
          <FormField label="Hops (empty: the case's taint reach)">
            <input name="hops" type="number" min={1} max={50} value={state.hops} onChange={(e) => setState({ ...state, hops: e.target.value })} />
          </FormField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary small" disabled={state.running || addresses.length === 0} data-testid="run-screen">
            {state.running ? 'Screening…' : `Screen ${formatCount(addresses.length)} addresses`}
          </button>
        </div>
      </form>
      <ErrorMessage error={state.error} />
      {state.result && (
        <>
          <p className="muted" data-testid="screen-summary">
            {formatCount(state.result.stats.exposed)} of {formatCount(state.result.stats.addresses)} exposed · {formatCount(state.result.stats.notInCase)} not in the case ·{' '}
            {state.result.stats.hops} hops · {state.result.stats.seconds.toFixed(2)} s
            {state.result.rows.length > SHOWN_ROWS ? ` · first ${SHOWN_ROWS} shown (assay screen --csv lists all)` : ''}
          </p>
          <div className="table-scroll">
            <DataTable
              compact
              testId="screen-table"
              rows={rows}
              rowKey={(r, i) => `${r.address}-${i}`}
              columns={[
                {
                  header: 'Address',
                  className: () => 'nowrap',
                  cell: (r) =>
                    r.received === null ? (
                      <span className="mono muted" title={`${r.address} is not in this case`}>{shorten(r.address, 6, 4)}</span>
                    ) : (
                      <button type="button" className="link-button mono" title={r.address} onClick={() => onNavigate(nodeId('address', chain, r.address))}>
                        {shorten(r.address, 6, 4)}
                      </button>
                    ),
                },
                {
                  header: 'Exposure',
                  numeric: true,
                  cell: (r) =>
                    r.received === null ? '—' : <span title={`${formatAmount(r.tainted ?? '0', chain)} of ${formatAmount(r.received, chain)} received`}>{percent(r.exposure)}</span>,
                },
                { header: 'Hops', numeric: true, cell: (r) => r.hops ?? '—' },
                {
                  header: 'Source',
                  className: () => 'screen-source',
                  cell: (r) => (r.entity === null ? <span className="muted">—</span> : <span title={`${r.entity} (${r.category ?? '?'})`}>{`${r.category ?? '?'} · ${r.entity}`}</span>),
                },
                {
                  header: 'Path',
                  cell: (r) =>
                    r.path.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      <button type="button" className="link-button" data-testid="screen-open-path" title="Highlight the path on the graph" onClick={() => openPath(r)}>
                        Open
                      </button>
                    ),
                },
              ]}
            />
          </div>
        </>
      )}
    </div>
  );
}
