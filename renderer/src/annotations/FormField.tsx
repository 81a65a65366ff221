import type { ReactNode } from 'react';

/** A labelled form control that shows when the backend named it in a validation error. */
export function FormField({ label, invalid, hint, children }: { label: string; invalid?: boolean; hint?: string; children: ReactNode }) {
  return (
    <label className={invalid ? 'field invalid' : 'field'}>
      <span className="field-label">{label}</span>
      {children}
      {hint && <span className="field-hint muted">{hint}</span>}
    </label>
  );
}
