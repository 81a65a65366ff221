import { useState, type FormEvent } from 'react';
import { AppError } from '../../../shared/api/errors';
import { nodeId } from '../../../shared/domain/graph';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';

/** A txid is 64 hex digits (0x-prefixed on account chains); anything else is looked up as an address. */
const looksLikeTxid = (text: string): boolean => /^(0x)?[0-9a-fA-F]{64}$/.test(text);

/** Jump to a transaction or address by id: the backend says which chain it is on, the inspector shows it. */
export function SearchBox({ onFound }: { onFound(id: string): void }) {
  const { client } = useApp();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const query = text.trim();
    if (!query) return;
    setError(null);
    try {
      if (looksLikeTxid(query)) {
        const tx = await client.call('tx.get', { txid: query });
        onFound(nodeId('tx', tx.chain, tx.txid));
      } else {
        // Address or txid prefix, else a tag label: the best hit is selected (and added to the graph if absent).
        const [hit] = await client.call('graph.search', { query, limit: 1 });
        if (!hit) throw new AppError('NOT_FOUND', `Nothing in this case matches "${query}".`);
        onFound(hit.nodeId);
      }
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="search-box" onSubmit={submit} role="search">
      <input
        type="search"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        placeholder="Find txid, address or label…"
        aria-label="Find a transaction or address"
        spellCheck={false}
        maxLength={200}
      />
      {error !== null && (
        <div className="search-error">
          <ErrorMessage error={error} />
        </div>
      )}
    </form>
  );
}
