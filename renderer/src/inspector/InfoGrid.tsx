import type { ReactNode } from 'react';

/** Label/value pairs in two dense columns. */
export function InfoGrid({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="info-grid">
      {rows.map(([label, value]) => (
        <div className="info-row" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
