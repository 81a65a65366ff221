import { toAppError } from '../../../shared/api/errors';

/** A readable failure: the AppError's message (never a stack), with its code for support. */
export function ErrorMessage({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  if (error === null || error === undefined) return null;
  const e = toAppError(error);
  return (
    <div className="error-message" role="alert">
      <span className="error-code">{e.code}</span>
      <span className="error-text" title={e.message}>{e.message}</span>
      {onDismiss && (
        <button type="button" className="link-button" onClick={onDismiss} aria-label="Dismiss">
          Dismiss
        </button>
      )}
    </div>
  );
}
