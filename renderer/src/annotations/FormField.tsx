import type { ReactNode } from 'react';

/** A labelled form control that shows when the backend named it in a validation error, with the reason beside it. */
export function FormField({ label, invalid, error, hint, children }: { label: string; invalid?: boolean; error?: string | undefined; hint?: string; children: ReactNode }) {
  return (
    <label className={invalid || error ? 'field invalid' : 'field'}>
      <span className="field-label">{label}</span>
      {children}
      {error && <span className="field-error" role="alert" data-testid="field-error">{error}</span>}
      {hint && <span className="field-hint muted">{hint}</span>}
    </label>
  );
}
