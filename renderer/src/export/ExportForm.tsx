import type { ReportPreview, ReportSectionId } from '../../../shared/domain/report';
import { formatCount } from '../ui/format';
import type { ExportChoice } from './export-plan';
import { PackageSummary } from './PackageSummary';

interface Props {
  preview: ReportPreview;
  choice: ExportChoice;
  onChange(choice: ExportChoice): void;
}

const toggle = <T,>(list: T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

/** The choices of an evidence package: sections (with item counts), saved views, zip, rows per PDF table. */
export function ExportForm({ preview, choice, onChange }: Props) {
  const chosen = new Set<ReportSectionId>(choice.sections);
  // Keep the preview's order whatever order the user ticked in.
  const setSection = (id: ReportSectionId, on: boolean) => onChange({ ...choice, sections: preview.sections.map((s) => s.id).filter((s) => (s === id ? on : chosen.has(s))) });
  return (
    <div className="export-form">
      <fieldset className="export-sections" data-testid="export-sections">
        <legend>Sections</legend>
        {preview.sections.map((s) => (
          <label key={s.id} className="export-check">
            <input type="checkbox" name={`section-${s.id}`} checked={chosen.has(s.id)} onChange={(e) => setSection(s.id, e.target.checked)} />
            <span>{s.title}</span>
            <span className="count">{formatCount(s.items)}</span>
          </label>
        ))}
      </fieldset>
      <div className="export-side">
        <fieldset className="export-views" disabled={!chosen.has('views')}>
          <legend>Saved views to draw</legend>
          {preview.views.length === 0 && <span className="muted">No saved views in this case.</span>}
          {preview.views.map((v) => (
            <label key={v.name} className="export-check">
              <input type="checkbox" checked={choice.views.includes(v.name)} onChange={(e) => onChange({ ...choice, views: toggle(choice.views, v.name, e.target.checked) })} />
              <span>{v.name}</span>
              <span className="count">{formatCount(v.nodes)} nodes</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="export-options">
          <legend>Options</legend>
          <label className="export-check">
            <input type="checkbox" name="zip" checked={choice.zip} onChange={(e) => onChange({ ...choice, zip: e.target.checked })} />
            <span>Also write one zip of the package</span>
          </label>
          <label className="export-check">
            <input type="checkbox" name="allRows" checked={choice.allRows} onChange={(e) => onChange({ ...choice, allRows: e.target.checked })} />
            <span>Every row in the CSVs</span>
            <span className="muted">otherwise only what touches the accepted findings</span>
          </label>
          <label className="export-number">
            <span>Rows per PDF table</span>
            <input
              type="number"
              name="maxTableRows"
              min={0}
              max={100000}
              value={choice.maxTableRows}
              onChange={(e) => onChange({ ...choice, maxTableRows: Math.max(0, Math.min(100_000, Math.trunc(Number(e.target.value) || 0))) })}
            />
          </label>
        </fieldset>
        <PackageSummary preview={preview} choice={choice} />
      </div>
    </div>
  );
}
