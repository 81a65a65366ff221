import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/api/methods';
import type { FileRef } from '../../../shared/api/methods/import';
import { DIALECTS, EXTRACT_CHAINS } from '../../../shared/domain/extract';
import { FormField } from '../annotations/FormField';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatBytes, formatCount, shorten } from '../ui/format';
import { extractSpec, initialDraft, type ExtractDraft } from './extract-draft';

const DIALECT_NAMES: Record<(typeof DIALECTS)[number], string> = { bigquery: 'BigQuery', duckdb: 'DuckDB' };
/** The exports each chain's local run reads. */
const EXPORTS: Record<(typeof EXTRACT_CHAINS)[number], string> = {
  BTC: 'exports in the crypto_bitcoin.transactions shape',
  ETH: 'ethereum-etl / crypto_ethereum exports of transactions and token_transfers',
};

/** What a local run extracted and what of it was new to the case. */
function outcomeText(outcome: Result<'extract.run'>): string {
  if (outcome.files.length === 0) return 'The query reached no transactions in these exports; nothing was imported';
  const rows = outcome.files.map((f) => `${formatCount(f.rows)} ${f.table === 'transactions' ? 'transactions' : 'token transfers'}`).join(' and ');
  const added = outcome.imported.reduce((n, i) => n + i.added.transactions + i.added.transfers, 0);
  return `Extracted ${rows} · imported as ${outcome.imported.map((i) => i.file).join(', ')} (${formatCount(added)} new to the case)`;
}

/**
 * "Extract neighbourhood…": the k-hop neighbourhood of the selection as SQL for a whole-chain copy (copy it, run it
 * there, import the rows), or run here with DuckDB over exports the user picks, the rows imported with the query as
 * their provenance.
 */
export function ExtractDialog({ nodeIds }: { nodeIds: readonly string[] }) {
  const { client, intake } = useApp();
  const [draft, setDraft] = useState<ExtractDraft>(() => initialDraft(nodeIds));
  const [query, setQuery] = useState<{ sql: string; sha256: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [files, setFiles] = useState<FileRef[]>([]);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Result<'extract.run'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const checked = extractSpec(draft);
  const fieldError = (field: keyof ExtractDraft) => (checked.error?.field === field ? checked.error.message : undefined);
  const specKey = JSON.stringify(checked.spec);
  // The SQL follows the fields; an answer for fields since changed is dropped.
  useEffect(() => {
    const spec = checked.spec;
    if (!spec) return setQuery(null);
    let current = true;
    client.call('extract.sql', spec).then(
      (q) => current && (setQuery(q), setError(null)),
      (e: unknown) => current && (setQuery(null), setError(e)),
    );
    return () => void (current = false);
    // specKey stands for checked.spec (a new object every render).
  }, [client, specKey]);
  const set = (patch: Partial<ExtractDraft>) => {
    setDraft({ ...draft, ...patch });
    setCopied(false);
  };
  const copy = () => query && navigator.clipboard.writeText(query.sql).then(() => setCopied(true), setError);
  const choose = async (chosen: File[]) => {
    setError(null);
    try {
      setFiles(chosen.length === 0 ? [] : await intake.fromFiles(chosen));
    } catch (e) {
      setError(e);
    }
  };
  const run = async () => {
    if (!checked.spec) return;
    const { dialect: _dialect, ...spec } = checked.spec;
    setRunning(true);
    setOutcome(null);
    setError(null);
    try {
      setOutcome(await client.call('extract.run', { ...spec, files: files.map((f) => f.id) }));
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
    }
  };
  return (
    <div className="extract-dialog" data-testid="extract-dialog">
      <FormField label="Seeds (addresses or txids, one per line)" error={fieldError('seeds')}>
        <textarea name="seeds" rows={2} className="mono" value={draft.seeds} onChange={(e) => set({ seeds: e.target.value })} />
      </FormField>
      <div className="field-row">
        <FormField label="Chain">
          <select name="chain" value={draft.chain} onChange={(e) => set({ chain: e.target.value as ExtractDraft['chain'] })}>
            {EXTRACT_CHAINS.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </FormField>
        <FormField label="Hops (each way)" error={fieldError('hops')}>
          <input name="hops" type="number" min={0} max={20} value={draft.hops} onChange={(e) => set({ hops: e.target.value })} />
        </FormField>
        <FormField label="Since (UTC day)" error={fieldError('since')}>
          <input name="since" type="date" value={draft.since} onChange={(e) => set({ since: e.target.value })} />
        </FormField>
        <FormField label="Until (UTC day)" error={fieldError('until')}>
          <input name="until" type="date" value={draft.until} onChange={(e) => set({ until: e.target.value })} />
        </FormField>
        <FormField label="Max degree" error={fieldError('maxDegree')}>
          <input
            name="maxDegree"
            type="number"
            min={1}
            placeholder="no limit"
            title={draft.chain === 'ETH' ? 'Addresses with more transfers are not stepped through' : 'Transactions with more inputs plus outputs are left out'}
            value={draft.maxDegree}
            onChange={(e) => set({ maxDegree: e.target.value })}
          />
        </FormField>
      </div>
      <div className="extract-sql-head">
        <label className="extract-dialect">
          <span className="field-label">Dialect</span>
          <select name="dialect" value={draft.dialect} onChange={(e) => set({ dialect: e.target.value as ExtractDraft['dialect'] })}>
            {DIALECTS.map((d) => <option key={d} value={d}>{DIALECT_NAMES[d]}</option>)}
          </select>
        </label>
        <span className="muted" data-testid="extract-sql-hash">{query ? `SHA-256 ${shorten(query.sha256, 10, 6)}` : ''}</span>
        <button type="button" className="button small" disabled={!query} onClick={() => void copy()} data-testid="extract-copy">
          {copied ? 'Copied' : 'Copy SQL'}
        </button>
      </div>
      <pre className="import-preview extract-sql" data-testid="extract-sql">{query?.sql ?? ''}</pre>
      <section className="extract-local">
        <h3>Run locally with DuckDB</h3>
        <p className="muted">
          Over {EXPORTS[draft.chain]} (JSON lines or Parquet); the rows are imported into this case with the DuckDB query and
          its SHA-256 recorded as their source.
        </p>
        <div className="form-actions extract-files">
          <input
            ref={input}
            type="file"
            multiple
            hidden
            accept=".json,.jsonl,.ndjson,.parquet"
            data-testid="extract-input"
            onChange={(e) => void choose(Array.from(e.target.files ?? []))}
          />
          <span className="muted" data-testid="extract-files">
            {files.length === 0 ? 'No exports chosen' : files.map((f) => `${f.name} (${formatBytes(f.size)})`).join(', ')}
          </span>
          <button type="button" className="button small" onClick={() => input.current?.click()}>
            Choose exports…
          </button>
          <button type="button" className="button primary small" disabled={running || files.length === 0 || !checked.spec} onClick={() => void run()} data-testid="extract-run">
            {running ? 'Running…' : 'Run locally and import'}
          </button>
        </div>
      </section>
      <ErrorMessage error={error} />
      {outcome && (
        <p className="extract-outcome" role="status" data-testid="extract-outcome">
          {outcomeText(outcome)} · query SHA-256 <span className="mono">{shorten(outcome.sha256, 10, 6)}</span>
        </p>
      )}
    </div>
  );
}
