import { useState } from 'react';
import type { FileRef, ImportPreview } from '../../../shared/api/methods/import';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useLoad } from '../ui/use-load';
import { FilePlanRow } from './FilePlanRow';
import { planProblem, planRuns, type Detected, type FilePlan, type RunPlan } from './import-plan';
import { PasteAddresses } from './PasteAddresses';
import type { ImportResult } from '../../../shared/domain/source';

/** Each shown file costs a preview call and a table: past this many, the rest import with detected formats. */
const MAX_DETAILED = 25;

interface Props {
  files: FileRef[];
  onImport(runs: RunPlan[]): void;
  onPasted(result: ImportResult): void;
}

/** Before importing: every file with its detected format and first rows, the bad-row policy, or a pasted address list. */
export function ImportDialog({ files, onImport, onPasted }: Props) {
  const { client } = useApp();
  const formats = useLoad('formats', () => client.call('import.formats', {}));
  const [plans, setPlans] = useState<FilePlan[]>(() => files.map((file) => ({ file, format: null, chain: null, mapping: null, confidence: null })));
  const [detected, setDetected] = useState<Record<string, Detected>>({});
  const [onBadRows, setOnBadRows] = useState<'skip' | 'refuse'>('skip');
  const [pasting, setPasting] = useState(false);

  if (pasting) return <PasteAddresses onBack={() => setPasting(false)} onPasted={onPasted} />;

  const problems = plans.map((p) => planProblem(p, detected[p.file.id])).filter((p): p is string => p !== null);
  const update = (index: number, plan: FilePlan) => setPlans(plans.map((p, i) => (i === index ? plan : p)));
  const remember = (id: string, preview: ImportPreview) => setDetected((d) => ({ ...d, [id]: preview }));
  // A file the plan cannot import leaves the plan; the others still import.
  const remove = (index: number) => setPlans(plans.filter((_, i) => i !== index));

  return (
    <div className="import-dialog" data-testid="import-dialog">
      {formats.error !== null && <ErrorMessage error={formats.error} />}
      <div className="import-files">
        {plans.slice(0, MAX_DETAILED).map((plan, index) => (
          <FilePlanRow
            key={plan.file.id}
            plan={plan}
            formats={formats.data ?? []}
            problem={planProblem(plan, detected[plan.file.id])}
            onChange={(p) => update(index, p)}
            onPreview={(p) => remember(plan.file.id, p)}
            {...(plans.length > 1 ? { onRemove: () => remove(index) } : {})}
          />
        ))}
        {plans.length > MAX_DETAILED && (
          <p className="muted" data-testid="import-more-files">
            and {plans.length - MAX_DETAILED} more files, each imported with its detected format and the choices below.
          </p>
        )}
      </div>
      <fieldset className="import-policy">
        <legend>Rows that cannot be read</legend>
        <label>
          <input type="radio" name="on-bad-rows" checked={onBadRows === 'skip'} onChange={() => setOnBadRows('skip')} /> Skip them and list them after the import
        </label>
        <label>
          <input type="radio" name="on-bad-rows" checked={onBadRows === 'refuse'} onChange={() => setOnBadRows('refuse')} /> Refuse the whole file
        </label>
      </fieldset>
      <footer className="dialog-actions">
        <button type="button" className="button" onClick={() => setPasting(true)}>
          Paste addresses…
        </button>
        <span className="spacer" />
        {problems[0] && <span className="status warn">{problems[0]}</span>}
        <button type="button" className="button primary" disabled={problems.length > 0} onClick={() => onImport(planRuns(plans, onBadRows))}>
          Import {plans.length === 1 ? '1 file' : `${plans.length} files`}
        </button>
      </footer>
    </div>
  );
}
