import type { Finding } from '../../../shared/domain/analysis';
import { FindingSeverity, FindingStatus } from '../../../shared/domain/analysis';

/** Empty string means "any". */
export interface FindingFilter {
  detector: string;
  severity: string;
  status: string;
}

export const matchesFilters = (f: Finding, filter: FindingFilter): boolean =>
  (filter.detector === '' || f.detector === filter.detector) &&
  (filter.severity === '' || f.severity === filter.severity) &&
  (filter.status === '' || f.status === filter.status);

function Select({ label, value, options, onChange }: { label: string; value: string; options: readonly string[]; onChange(v: string): void }) {
  return (
    <label className="filter-select">
      <span className="field-label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
        <option value="">any</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Detector (from the findings at hand), severity and status filters. */
export function FindingFilters({ findings, filter, onChange }: { findings: Finding[]; filter: FindingFilter; onChange(f: FindingFilter): void }) {
  const detectors = [...new Set(findings.map((f) => f.detector))].sort();
  return (
    <div className="filter-row">
      <Select label="Detector" value={filter.detector} options={detectors} onChange={(detector) => onChange({ ...filter, detector })} />
      <Select label="Severity" value={filter.severity} options={FindingSeverity.options} onChange={(severity) => onChange({ ...filter, severity })} />
      <Select label="Status" value={filter.status} options={FindingStatus.options} onChange={(status) => onChange({ ...filter, status })} />
    </div>
  );
}
