import { useState } from 'react';
import type { ExaminerKeyInfo } from '../../../shared/domain/keys';
import { useApp } from '../app/runtime-context';
import { CopyText } from '../ui/CopyText';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useLoad } from '../ui/use-load';

/** Issue #13: the examiner's signing key. Evidence packages are signed with it once it exists. */
export function ExaminerKeySettings({ suggestedExaminer }: { suggestedExaminer: string }) {
  const { client } = useApp();
  const key = useLoad('keys.show', () => client.call('keys.show', {}));
  return (
    <section className="settings-section" aria-label="Signing key" data-testid="examiner-key">
      <h3>Signing key</h3>
      <ErrorMessage error={key.error} />
      {key.loading && !key.data && <span className="muted">Reading the key…</span>}
      {key.data && <KeyCard info={key.data} />}
      {!key.loading && !key.error && <CreateKey existing={key.data} suggestedExaminer={suggestedExaminer} onCreated={key.reload} />}
    </section>
  );
}

function KeyCard({ info }: { info: ExaminerKeyInfo }) {
  return (
    <dl className="key-card">
      <dt>Examiner</dt>
      <dd data-testid="key-examiner">{info.examiner}</dd>
      <dt>Fingerprint</dt>
      <dd data-testid="key-fingerprint">
        <CopyText text={info.fingerprint} />
      </dd>
      <dt>Public key</dt>
      <dd>
        <CopyText text={info.publicKey} display={`${info.publicKey.slice(0, 40)}…`} />
      </dd>
    </dl>
  );
}

function CreateKey({ existing, suggestedExaminer, onCreated }: { existing: ExaminerKeyInfo | null; suggestedExaminer: string; onCreated(): void }) {
  const { client } = useApp();
  const [examiner, setExaminer] = useState(existing?.examiner ?? suggestedExaminer);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const create = async () => {
    if (existing && !confirming) return setConfirming(true);
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      await client.call('keys.init', { examiner: examiner.trim(), replace: existing !== null });
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="key-create">
      {!existing && <p className="muted">No signing key yet. With a key, every evidence package carries an OpenSSH signature of its manifest that anyone can check with ssh-keygen.</p>}
      <label className="field">
        <span className="field-label">Examiner name (as it appears on signatures)</span>
        <input value={examiner} onChange={(e) => setExaminer(e.target.value)} maxLength={100} data-testid="key-examiner-input" />
      </label>
      <ErrorMessage error={error} />
      {confirming && <p role="alert">Replace the signing key? Packages signed with the old key still verify against its fingerprint, but new ones carry the new key.</p>}
      <footer className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="button primary" disabled={busy || examiner.trim() === ''} onClick={() => void create()}>
          {confirming ? 'Yes, replace the key' : existing ? 'Replace key…' : 'Create signing key'}
        </button>
      </footer>
    </div>
  );
}
