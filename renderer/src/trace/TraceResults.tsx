import type { TraceResult } from '../../../shared/domain/analysis';
import { nodeId } from '../../../shared/domain/graph';
import { explainTrace } from '../../../shared/domain/trace-explain';
import { DataTable, type Column } from '../ui/DataTable';
import { formatAmount, formatCount, shorten } from '../ui/format';

const ADDRESS_ROWS = 200;

type AddressRow = TraceResult['addresses'][number] & { offchain: boolean };

/** Amounts per address under every model side by side, where the models disagree, and the off-chain hops crossed. */
export function TraceResults({ result, chain, onNavigate }: { result: TraceResult; chain: string; onNavigate(id: string): void }) {
  const amount = (value: string | undefined) => (value === undefined ? '—' : formatAmount(value, chain));
  const viaOffchain = new Set(result.outputs.filter((o) => o.offchain && o.address).map((o) => o.address));
  const rows: AddressRow[] = result.addresses.slice(0, ADDRESS_ROWS).map((a) => ({ ...a, offchain: viaOffchain.has(a.address) }));
  const addressLink = (address: string | null) =>
    address === null ? (
      <span className="muted">—</span>
    ) : (
      <button type="button" className="link-button mono" title={address} onClick={() => onNavigate(nodeId('address', chain, address))}>
        {shorten(address, 6, 4)}
      </button>
    );
  const columns: Column<AddressRow>[] = [
    {
      header: 'Address',
      className: () => 'nowrap',
      cell: (r) => (
        <>
          {addressLink(r.address)}
          {r.offchain && <span className="offchain-badge" title="reached across an off-chain link">off-chain</span>}
        </>
      ),
    },
    ...result.models.map((m): Column<AddressRow> => ({ header: m, numeric: true, cell: (r) => amount(r.taint[m]) })),
  ];
  return (
    <div className="trace-results" data-testid="trace-results">
      <p className="muted">
        {result.seeds.length} seeds · {formatCount(result.outputsTotal)} outputs reached · {formatCount(result.stats.txs)} txs · {result.stats.stopped} stopped ·{' '}
        {result.stats.seconds.toFixed(2)} s
      </p>
      {explainTrace(result).map((note) => (
        <p key={note} className="trace-note" data-testid="trace-note">
          {note}
        </p>
      ))}
      <h3 className="section-title">Total reached per model</h3>
      <div className="table-scroll">
      <DataTable
        compact
        testId="trace-totals"
        rows={[result.totals]}
        rowKey={() => 'totals'}
        columns={result.models.map((m) => ({ header: m, numeric: true, cell: (t: Record<string, string>) => amount(t[m]) }))}
      />
      </div>
      <h3 className="section-title">{result.direction === 'forward' ? 'Where the traced value ends up' : "Where the seeds' value came from"}</h3>
      <div className="table-scroll">
        <DataTable
          compact
          testId="trace-shares"
          rows={result.models.map((model) => ({ model, ...(result.shares[model] ?? { tainted: '0', unknown: '0', clean: '0' }) }))}
          rowKey={(r) => r.model}
          columns={[
            { header: 'Model', cell: (r) => r.model },
            { header: result.direction === 'forward' ? 'Tainted' : 'Traced in case', numeric: true, cell: (r) => amount(r.tainted) },
            { header: 'Unknown', numeric: true, cell: (r) => amount(r.unknown) },
            { header: result.direction === 'forward' ? 'Clean' : 'Fees, bounds', numeric: true, cell: (r) => amount(r.clean) },
          ]}
        />
      </div>
      <DataEnds result={result} />
      <h3 className="section-title">
        Per address <span className="count">{result.addresses.length > ADDRESS_ROWS ? `first ${ADDRESS_ROWS} of ${result.addresses.length}` : result.addresses.length}</span>
      </h3>
      <div className="table-scroll">
        <DataTable compact testId="trace-compare" rows={rows} rowKey={(r) => r.address} columns={columns} />
      </div>
      <h3 className="section-title">
        Where the models disagree <span className="count">{result.disagreement.length}</span>
      </h3>
      {result.disagreement.length === 0 ? (
        <p className="muted">Every model gives the same amount on every output.</p>
      ) : (
        <div className="table-scroll">
          <DataTable
            compact
            testId="trace-disagreement"
            rows={result.disagreement}
            rowKey={(d) => `${d.txid}:${d.vout}`}
            columns={[
              { header: 'Output', className: () => 'nowrap', cell: (d) => <span className="mono">{`${shorten(d.txid, 6, 4)}:${d.vout}`}</span> },
              { header: 'Address', className: () => 'nowrap', cell: (d) => addressLink(d.address) },
              { header: 'Min', numeric: true, cell: (d) => `${amount(d.min)} (${d.minModel})` },
              { header: 'Max', numeric: true, cell: (d) => `${amount(d.max)} (${d.maxModel})` },
            ]}
          />
        </div>
      )}
      {result.offchain.length > 0 && (
        <>
          <h3 className="section-title">
            Off-chain hops <span className="count">{result.offchain.length}</span>
          </h3>
          <ul className="offchain-list" data-testid="trace-offchain">
            {result.offchain.map((o) => (
              <li key={`${o.annotationId}-${o.from}-${o.to}`} className="offchain-link">
                <span className="offchain-badge">off-chain</span>
                {addressLink(o.from)} → {addressLink(o.to)}
                <span className="muted link-note">{o.note}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Where the case's data ends: the value there is unknown, not zero (inputs the case cannot value or trace back). */
function DataEnds({ result }: { result: TraceResult }) {
  const { inputs, sample } = result.dataEnds;
  if (inputs === 0) return <p className="muted" data-testid="trace-data-ends">The trace stays inside the case's data.</p>;
  const what = result.direction === 'forward' ? 'whose value is not in the case' : 'spending outputs not in the case';
  return (
    <p className="muted" data-testid="trace-data-ends">
      The case's data ends at {formatCount(inputs)} {inputs === 1 ? 'input' : 'inputs'} {what}, e.g.{' '}
      {sample.slice(0, 3).map((e, n) => (
        <span key={`${e.txid}:${e.vin}`} className="mono" title={`${e.txid} input ${e.vin} spends ${e.prevTxid ?? '?'}:${e.prevVout ?? '?'}`}>
          {n > 0 ? ', ' : ''}
          {shorten(e.prevTxid ?? '?', 6, 4)}:{e.prevVout ?? '?'}
        </span>
      ))}
      ; what came through them is counted as unknown.
    </p>
  );
}
