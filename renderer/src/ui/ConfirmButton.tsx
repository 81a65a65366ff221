import { useState } from 'react';

/** A destructive action asked twice: "Delete…" turns into "Confirm delete" beside "Keep". */
export function ConfirmButton({ verb, onConfirm }: { verb: string; onConfirm(): void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button small" onClick={() => setConfirming(true)}>
        {`${verb.charAt(0).toUpperCase()}${verb.slice(1)}…`}
      </button>
    );
  }
  return (
    <>
      <button type="button" className="button small danger" onClick={onConfirm}>
        Confirm {verb}
      </button>
      <button type="button" className="link-button" onClick={() => setConfirming(false)}>
        Keep
      </button>
    </>
  );
}
