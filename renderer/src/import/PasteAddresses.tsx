import { useState } from 'react';
import { CHAINS, type Chain } from '../../../shared/domain/chain';
import type { ImportResult } from '../../../shared/domain/source';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { pasteTokens } from './paste-problems';

const MAX_LISTED = 50;

/** Tag many addresses at once; each token is checked (checksums included) while typing, before anything is sent. */
export function PasteAddresses({ onBack, onPasted }: { onBack(): void; onPasted(result: ImportResult): void }) {
  const { client } = useApp();
  const [text, setText] = useState('');
  const [chain, setChain] = useState<Chain>('BTC');
  const [label, setLabel] = useState('');
  const [category, setCategory] = useState('');
  const [onBadRows, setOnBadRows] = useState<'skip' | 'refuse'>('skip');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { count, problems } = pasteTokens(chain, text);
  const valid = count - problems.length;
  // Refusing a list with a flagged address would fail on the host anyway: say so here instead.
  const blocked = onBadRows === 'refuse' && problems.length > 0;

  const send = () => {
    setSending(true);
    setError(null);
    client
      .call('tags.paste', { chain, text, label: label.trim(), onBadRows, ...(category.trim() ? { category: category.trim() } : {}) })
      .then(onPasted, (e: unknown) => (setError(e), setSending(false)));
  };

  return (
    <div className="paste-addresses" data-testid="paste-addresses">
      <div className="paste-fields">
        <label>
          Chain
          <select value={chain} onChange={(e) => setChain(e.target.value as Chain)}>
            {CHAINS.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Label
          <input value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} placeholder="e.g. Suspect wallet" />
        </label>
        <label>
          Category
          <input value={category} maxLength={100} onChange={(e) => setCategory(e.target.value)} placeholder="optional, e.g. perpetrator" />
        </label>
      </div>
      <label className="paste-text">
        Addresses (one per line, or separated by commas or spaces)
        <textarea value={text} rows={8} spellCheck={false} className="mono" onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="paste-summary" data-testid="paste-summary">
        {count} address{count === 1 ? '' : 'es'}, {problems.length} with problems
      </div>
      {problems.length > 0 && (
        <ul className="paste-problems" data-testid="paste-problems">
          {problems.slice(0, MAX_LISTED).map((p, i) => (
            <li key={i}>
              <span className="mono">line {p.line}</span> · <span className="mono">{p.token}</span> — {p.problem}
            </li>
          ))}
          {problems.length > MAX_LISTED && <li className="muted">and {problems.length - MAX_LISTED} more</li>}
        </ul>
      )}
      <label className="paste-policy">
        <input type="checkbox" checked={onBadRows === 'refuse'} onChange={(e) => setOnBadRows(e.target.checked ? 'refuse' : 'skip')} /> Refuse the whole list if any address is invalid
      </label>
      <ErrorMessage error={error} />
      <footer className="dialog-actions">
        <button type="button" className="button" onClick={onBack}>
          Back to files
        </button>
        <span className="spacer" />
        <button type="button" className="button primary" disabled={sending || blocked || valid === 0 || label.trim() === ''} onClick={send}>
          {sending ? 'Tagging…' : blocked ? 'Fix the flagged addresses first' : `Tag ${valid} address${valid === 1 ? '' : 'es'}`}
        </button>
      </footer>
    </div>
  );
}
