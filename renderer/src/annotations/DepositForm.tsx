import { useEffect, useState } from 'react';
import type { Annotation, AnnotationSubject } from '../../../shared/domain/annotation';
import { HASH_RENTAL_SERVICES } from '../../../shared/domain/annotation';
import type { FileRef } from '../../../shared/api/methods/import';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatBytes } from '../ui/format';
import { useLoad } from '../ui/use-load';
import { depositInput, draftFrom, serviceFromTags, type DepositDraft } from './deposit-form-state';
import { fieldIssues } from './field-issues';
import { FormField } from './FormField';

interface DepositFormProps {
  subject: AnnotationSubject;
  existing: Annotation | null;
  onSaved(annotation: Annotation): void;
  onCancel(): void;
}

type TextKey = Exclude<keyof DepositDraft, 'service'>;

/**
 * The typed hash-rental deposit (a subpoena return for one rental order). Saving records the order, the evidence
 * document's name and SHA-256 (the file itself stays with the examiner) and the off-chain link to the payout address.
 */
export function DepositForm({ subject, existing, onSaved, onCancel }: DepositFormProps) {
  const { client, intake } = useApp();
  const [draft, setDraft] = useState(() => draftFrom(existing));
  const [serviceChosen, setServiceChosen] = useState(existing !== null);
  const [evidence, setEvidence] = useState<FileRef | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  // A new deposit's service starts as the one the address's tags name (an address tagged Hashing24 is Hashing24's).
  const tags = useLoad(existing || subject.type !== 'address' ? null : `${subject.chain}:${subject.id}`, () => client.call('address.get', { address: subject.id, chain: subject.chain }));
  const tagged = tags.data ? serviceFromTags(tags.data.tags) : null;
  useEffect(() => {
    if (tagged && !serviceChosen) setDraft((d) => ({ ...d, service: tagged }));
  }, [tagged, serviceChosen]);
  const issues = fieldIssues(error);
  const set = (key: keyof DepositDraft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const text = (key: TextKey, label: string, props: { placeholder?: string; hint?: string; type?: string; className?: string } = {}) => (
    <FormField label={label} error={issues.get(key)} {...(props.hint ? { hint: props.hint } : {})}>
      <input name={key} value={draft[key]} onChange={set(key)} type={props.type ?? 'text'} placeholder={props.placeholder} className={props.className} aria-invalid={issues.has(key)} />
    </FormField>
  );

  const pickEvidence = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    try {
      const [ref] = await intake.fromFiles([file]);
      setEvidence(ref ?? null);
    } catch (e) {
      setError(e);
    }
  };
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const annotation = depositInput(draft, evidence?.id ?? null, navigator.language);
      const saved = existing ? await client.call('annotations.update', { id: existing.id, annotation }) : await client.call('annotations.add', { subject, annotation });
      onSaved(saved);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  const kept = existing?.deposit?.evidenceDocument;

  return (
    <form
      className="deposit-form"
      data-testid="deposit-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted form-intro">
        Deposit address <span className="mono">{subject.id}</span> ({subject.chain}). The payout address gets an off-chain link that tracing crosses.
      </p>
      <div className="form-grid">
        <FormField label="Service" error={issues.get('service')} {...(tagged ? { hint: `The address is tagged ${tagged}` } : {})}>
          <select
            name="service"
            value={draft.service}
            onChange={(e) => {
              setServiceChosen(true);
              setDraft({ ...draft, service: e.target.value as DepositDraft['service'] });
            }}
          >
            {HASH_RENTAL_SERVICES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </FormField>
        {draft.service === 'other' ? text('serviceName', 'Service name') : text('orderId', 'Order id', { placeholder: 'e.g. NH-118842' })}
        {draft.service === 'other' && text('orderId', 'Order id')}
        {text('periodFrom', 'Rental from (UTC)', { type: 'datetime-local' })}
        {text('periodTo', 'Rental to (UTC)', { type: 'datetime-local' })}
        {text('algorithm', 'Algorithm', { placeholder: 'SHA256' })}
        {text('worker', 'Worker', { placeholder: 'account.rig1' })}
        <div className="span-2">{text('poolUrl', 'Pool URL (recorded as text, never opened)', { placeholder: 'stratum+tcp://pool.example:3333', className: 'mono' })}</div>
        <div className="span-2">{text('payoutAddress', 'Payout address', { placeholder: 'the address the pool paid', className: 'mono' })}</div>
        {text('btcAmount', 'BTC amount deposited', { placeholder: '0.5' })}
        {text('depositTime', 'Deposit time (UTC)', { type: 'datetime-local' })}
        {text('fiatAmount', 'Fiat amount paid', { placeholder: (2650).toLocaleString(navigator.language, { minimumFractionDigits: 2 }) })}
        {text('fiatCurrency', 'Currency', { placeholder: 'USD' })}
        {text('accountHolder', 'Account holder', { placeholder: 'name and e-mail on the rental account' })}
        {text('legalProcess', 'Legal process reference', { placeholder: 'subpoena / court order no.' })}
        {text('confidence', 'Confidence (0-100)', { type: 'number' })}
        <FormField label="Evidence document" hint={evidence ? `${evidence.name} · ${formatBytes(evidence.size)} · its SHA-256 is recorded` : kept ? `Keeps ${kept.name}` : 'Its name and SHA-256 are recorded, not the file (Documents… in the Notes panel keeps the file itself)'}>
          <input type="file" name="evidence" aria-label="Evidence document" onChange={(e) => void pickEvidence(e.target.files)} />
        </FormField>
        <div className="span-2">
          <FormField label="Note" error={issues.get('note')}>
            <textarea name="note" rows={3} value={draft.note} onChange={set('note')} placeholder="What the subpoena return says" />
          </FormField>
        </div>
      </div>
      {issues.size === 0 && <ErrorMessage error={error} />}
      {issues.size > 0 && <p className="status warn" role="status">{issues.size === 1 ? 'One field needs' : `${issues.size} fields need`} attention (marked above).</p>}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : existing ? 'Save deposit' : 'Add deposit'}
        </button>
      </div>
    </form>
  );
}
