import { categoryName, TRACE_STOP_CATEGORIES } from '../../../shared/category/categories';
import { TAINT_MODELS } from '../../../shared/domain/analysis';
import { FormField } from '../annotations/FormField';
import { toggle, type TraceDraft } from './trace-draft';

/** Seeds, direction, hops, minimum amount, stop categories and the models to compare. */
export function TraceForm({ draft, onChange, onRun, running }: { draft: TraceDraft; onChange(d: TraceDraft): void; onRun(): void; running: boolean }) {
  return (
    <form
      className="trace-form"
      data-testid="trace-form"
      onSubmit={(e) => {
        e.preventDefault();
        onRun();
      }}
    >
      <FormField label="Seeds (addresses, txids or txid:vout; one per line)">
        <textarea name="seeds" rows={2} className="mono" value={draft.seeds} onChange={(e) => onChange({ ...draft, seeds: e.target.value })} />
      </FormField>
      <div className="field-row">
        <FormField label="Direction">
          <select name="direction" value={draft.direction} onChange={(e) => onChange({ ...draft, direction: e.target.value as TraceDraft['direction'] })}>
            <option value="forward">forward</option>
            <option value="backward">backward</option>
          </select>
        </FormField>
        <FormField label="Hops">
          <input name="hops" type="number" min={1} max={50} value={draft.hops} onChange={(e) => onChange({ ...draft, hops: e.target.value })} />
        </FormField>
        <FormField label="Min amount (base units)">
          <input name="minAmount" value={draft.minAmount} onChange={(e) => onChange({ ...draft, minAmount: e.target.value })} />
        </FormField>
      </div>
      <fieldset className="check-group">
        <legend className="field-label">Stop at</legend>
        {TRACE_STOP_CATEGORIES.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={draft.stopAt.includes(c)} onChange={() => onChange({ ...draft, stopAt: toggle(draft.stopAt, c) })} />
            {categoryName(c)}
          </label>
        ))}
      </fieldset>
      <fieldset className="check-group">
        <legend className="field-label">Models</legend>
        {TAINT_MODELS.map((m) => (
          <label key={m} className="check">
            <input type="checkbox" checked={draft.models.includes(m)} onChange={() => onChange({ ...draft, models: toggle(draft.models, m) })} />
            {m}
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={draft.crossOffchain} onChange={() => onChange({ ...draft, crossOffchain: !draft.crossOffchain })} />
          cross off-chain links
        </label>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary small" disabled={running || draft.seeds.trim() === '' || draft.models.length === 0} data-testid="run-trace">
          {running ? 'Tracing…' : 'Run trace'}
        </button>
      </div>
    </form>
  );
}
