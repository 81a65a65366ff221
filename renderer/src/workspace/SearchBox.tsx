import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { AppError } from '../../../shared/api/errors';
import type { SearchHit } from '../../../shared/api/methods/graph';
import { nodeId } from '../../../shared/domain/graph';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { hitKind, positionText, stepIndex } from './search-steps';

/** A txid is 64 hex digits (0x-prefixed on account chains); anything else is looked up as an address. */
const looksLikeTxid = (text: string): boolean => /^(0x)?[0-9a-fA-F]{64}$/.test(text);
const LIMIT = 100;
const SHOWN = 8;
const TYPING_PAUSE_MS = 150;

type Suggestions = { query: string; hits: SearchHit[] } | null;
const current = (suggestions: Suggestions, query: string): SearchHit[] | null => (suggestions?.query === query ? suggestions.hits : null);

/**
 * Find by txid, address, label or actor: suggestions as you type (arrows, Enter), and a query matching many steps
 * through them ("1 of 27", Enter / Shift+Enter) instead of opening one silently. Each opened hit is selected and centred.
 */
export function SearchBox({ onFound }: { onFound(id: string): void }) {
  const { client } = useApp();
  const listId = useId();
  const [text, setText] = useState('');
  const [suggestions, setSuggestions] = useState<Suggestions>(null);
  const [active, setActive] = useState(-1);
  const [steps, setSteps] = useState<{ query: string; hits: SearchHit[]; index: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The latest query typed: answers to older ones are dropped, and none reopens the list after Enter.
  const latest = useRef('');

  const search = (query: string) => client.call('graph.search', { query, limit: LIMIT });
  useEffect(() => {
    const query = text.trim();
    latest.current = query;
    if (query.length < 2 || looksLikeTxid(query)) return setSuggestions(null);
    const timer = setTimeout(() => {
      search(query).then((hits) => latest.current === query && setSuggestions({ query, hits }), () => setSuggestions(null));
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
    // `search` only closes over the client.
  }, [text, client]);

  const open = (hits: SearchHit[], index: number, query: string) => {
    const hit = hits[index];
    if (!hit) return;
    setSteps(hits.length > 1 ? { query, hits, index } : null);
    setSuggestions(null);
    setActive(-1);
    latest.current = '';
    onFound(hit.nodeId);
  };

  const submit = async (backwards: boolean) => {
    const query = text.trim();
    if (!query) return;
    setError(null);
    if (steps && steps.query === query) return open(steps.hits, stepIndex(steps.index, backwards ? -1 : 1, steps.hits.length), query);
    const listed = current(suggestions, query);
    if (listed && active >= 0) return open(listed, active, query);
    try {
      if (looksLikeTxid(query)) {
        const tx = await client.call('tx.get', { txid: query });
        setSteps(null);
        onFound(nodeId('tx', tx.chain, tx.txid));
        return;
      }
      const hits = listed ?? (await search(query));
      if (hits.length === 0) throw new AppError('NOT_FOUND', `Nothing in this case matches "${query}".`);
      open(hits, 0, query);
    } catch (err) {
      setSuggestions(null);
      setError(err);
    }
  };

  // Suggestions for an earlier text are not shown (nor stepped through with the arrows) while the new ones load.
  const listed = current(suggestions, text.trim());
  const shown = listed?.slice(0, SHOWN) ?? [];
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void submit(e.shiftKey);
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && shown.length > 0) {
      e.preventDefault();
      setActive((i) => (e.key === 'ArrowDown' ? Math.min(shown.length - 1, i + 1) : Math.max(-1, i - 1)));
    } else if (e.key === 'Escape') {
      if (suggestions) setSuggestions(null);
      else setSteps(null);
    }
  };
  const opened = steps?.hits[steps.index];

  return (
    <form className="search-box" onSubmit={(e) => e.preventDefault()} role="search">
      <input
        type="search"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(-1);
          setSteps(null);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setSuggestions(null)}
        placeholder="Find txid, address, label or actor…"
        aria-label="Find a transaction or address"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        spellCheck={false}
        maxLength={200}
      />
      {shown.length > 0 && (
        <ul className="search-suggestions" id={listId} role="listbox" aria-label="Suggestions" data-testid="search-suggestions">
          {shown.map((hit, i) => (
            <li key={hit.nodeId} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={i === active ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                open(listed ?? [], i, text.trim());
              }}>
              <span className="search-kind">{hitKind(hit)}</span>
              <span className="search-label">{hit.label}</span>
              {!hit.onGraph && <span className="search-note">no transactions</span>}
            </li>
          ))}
          <li className="search-more muted" role="presentation">
            {shown.length < listed!.length ? `${listed!.length}${listed!.length >= LIMIT ? '+' : ''} matches: ` : ''}
            Enter opens {active >= 0 ? 'the highlighted one' : listed!.length > 1 ? 'the first and steps through the rest' : 'it'}
          </li>
        </ul>
      )}
      {steps && opened && shown.length === 0 && (
        <div className="search-steps" data-testid="search-steps" role="status">
          <span className="search-position" data-testid="search-position">{positionText(steps.index, steps.hits.length, LIMIT)}</span>
          <span className="search-kind">{hitKind(opened)}</span>
          <span className="search-label" title={opened.label}>{opened.label}</span>
          {!opened.onGraph && <span className="search-note" title="No imported transaction holds it: the inspector shows it, the graph has nothing to draw">inspector only</span>}
          <button type="button" className="link-button" aria-label="Previous match" title="Previous match (Shift+Enter)" onClick={() => open(steps.hits, stepIndex(steps.index, -1, steps.hits.length), steps.query)}>‹</button>
          <button type="button" className="link-button" aria-label="Next match" title="Next match (Enter)" onClick={() => open(steps.hits, stepIndex(steps.index, 1, steps.hits.length), steps.query)}>›</button>
        </div>
      )}
      {error !== null && (
        <div className="search-error">
          <ErrorMessage error={error} />
        </div>
      )}
    </form>
  );
}
