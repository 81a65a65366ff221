import { useEffect } from 'react';
import type { ImportPreview } from '../../../shared/api/methods/import';
import { CHAINS, type Chain } from '../../../shared/domain/chain';
import { CONFIDENCE_SCORES, TagConfidence } from '../../../shared/domain/confidence';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatBytes } from '../ui/format';
import { useLoad } from '../ui/use-load';
import { CsvMappingStep } from './CsvMappingStep';
import { FilePreview } from './FilePreview';
import { GENERIC_CSV, TAGPACK, type FilePlan } from './import-plan';

export interface FormatInfo {
  id: string;
  label: string;
  kind: 'ledger' | 'attribution';
}

/** One chosen file: detected format (overridable), a chain where the format cannot tell, its first rows, CSV mapping. */
interface FilePlanRowProps {
  plan: FilePlan;
  formats: FormatInfo[];
  /** Why this file cannot be imported yet, shown beside its choices. */
  problem: string | null;
  onChange(plan: FilePlan): void;
  onPreview(preview: ImportPreview): void;
  /** Drops the file from the plan (offered when the plan holds others). */
  onRemove?: () => void;
}

export function FilePlanRow({ plan, formats, problem, onChange, onPreview, onRemove }: FilePlanRowProps) {
  const { client } = useApp();
  const preview = useLoad(`${plan.file.id}:${plan.format ?? ''}`, () => client.call('import.preview', { file: plan.file.id, ...(plan.format ? { format: plan.format } : {}) }));
  useEffect(() => {
    if (preview.data) onPreview(preview.data);
    // onPreview is a fresh closure per render; only a new answer matters.
  }, [preview.data]);
  const detected = plan.format === null ? preview.data : null;
  const effective = plan.format ?? preview.data?.format ?? null;
  const kind = formats.find((f) => f.id === effective)?.kind;
  // Attribution lists and unrecognised files may not say their chain; ledger formats default to theirs.
  const needsChain = effective !== GENERIC_CSV && (kind !== 'ledger' || preview.data?.namesChain === false);

  return (
    <section className="import-file" data-testid="import-file" aria-label={plan.file.name}>
      <header className="import-file-head">
        <span className="file-name" title={plan.file.name}>
          {plan.file.name}
        </span>
        {preview.data && <span className="chain-badge" data-testid="detected-format">{effective ?? 'not recognised'}</span>}
        <span className="muted">{formatBytes(plan.file.size)}</span>
        {onRemove && (
          <button type="button" className="link-button" onClick={onRemove} aria-label={`Remove ${plan.file.name} from this import`}>
            Remove
          </button>
        )}
      </header>
      <div className="import-file-options">
        <label>
          Format
          <select
            aria-label={`Format of ${plan.file.name}`}
            value={plan.format ?? ''}
            onChange={(e) => onChange({ ...plan, format: e.target.value || null, mapping: null })}
          >
            <option value="">{detected ? `Detected: ${detected.label ?? 'not recognised'}` : 'Detect automatically'}</option>
            {formats.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        {effective === TAGPACK && (
          <label title="GraphSense TagPacks must state a confidence per tag; some published packs (OFAC's) do not. What you state here fills only the tags that state none, and the audit log records it.">
            Confidence
            <select aria-label={`Confidence of ${plan.file.name}`} value={plan.confidence ?? ''} onChange={(e) => onChange({ ...plan, confidence: e.target.value || null })}>
              <option value="">From the pack</option>
              {TagConfidence.options.map((level) => (
                <option key={level} value={level}>
                  {`${level.replaceAll('_', ' ')} (${CONFIDENCE_SCORES.get(level) ?? ''})`}
                </option>
              ))}
            </select>
          </label>
        )}
        {needsChain && (
          <label>
            Chain
            <select aria-label={`Chain of ${plan.file.name}`} value={plan.chain ?? ''} onChange={(e) => onChange({ ...plan, chain: (e.target.value || null) as Chain | null })}>
              <option value="">From the file</option>
              {CHAINS.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      {problem && <p className="status warn import-file-problem" role="alert" data-testid="import-file-problem">{problem}</p>}
      {preview.error !== null && <ErrorMessage error={preview.error} />}
      {preview.data && <FilePreview preview={preview.data} />}
      {effective === GENERIC_CSV && preview.data && (
        <CsvMappingStep columns={preview.data.columns} mapping={plan.mapping} onConfirm={(mapping) => onChange({ ...plan, format: GENERIC_CSV, mapping })} />
      )}
    </section>
  );
}
