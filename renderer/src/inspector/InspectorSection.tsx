import type { ReactNode } from 'react';

export function InspectorSection({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <section className="inspector-section">
      <h3>
        {title}
        {count !== undefined && <span className="count">{count.toLocaleString('en-US')}</span>}
      </h3>
      {children}
    </section>
  );
}
