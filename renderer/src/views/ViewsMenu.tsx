import { useCallback, useEffect, useState } from 'react';
import type { SavedViewInfo } from '../../../shared/api/methods/graph';
import { LAST_SESSION_VIEW } from '../../../shared/domain/view';
import { useApp } from '../app/runtime-context';
import type { Workbench } from '../graph/interactions/workbench';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatIso } from '../ui/format';
import { useDismiss } from '../ui/use-dismiss';

/** Named views saved in the case: save the canvas under a name, reopen one exactly, delete one. */
export function ViewsMenu({ workbench, onClose }: { workbench: Workbench; onClose(): void }) {
  const { client } = useApp();
  const [views, setViews] = useState<SavedViewInfo[]>([]);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => client.call('views.list', {}).then(setViews, setError), [client]);
  useEffect(() => void reload(), [reload]);
  const attempt = (task: () => Promise<unknown>) => () => void task().catch(setError);
  const ref = useDismiss<HTMLElement>(onClose);
  const lastSession = views.find((v) => v.name === LAST_SESSION_VIEW);
  const named = views.filter((v) => v !== lastSession);
  const openButton = (v: SavedViewInfo) => (
    <button type="button" className="button" onClick={attempt(async () => { const got = await client.call('views.get', { id: v.id }); await workbench.openView(got.data, got.slice); onClose(); })}>Open</button>
  );

  return (
    <section ref={ref} className="graph-popover" data-testid="views-menu" aria-label="Saved views">
      <h3>Views</h3>
      <form className="graph-popover-row" onSubmit={(e) => { e.preventDefault(); attempt(async () => { await client.call('views.save', { name, data: workbench.view() }); setName(''); await reload(); })(); }}>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="View name" aria-label="View name" maxLength={120} required />
        <button type="submit" className="button primary" disabled={!name.trim()}>Save view</button>
      </form>
      {named.length === 0 ? <p className="muted">No saved views yet.</p> : (
        <ul className="views-list">
          {named.map((v) => (
            <li key={v.id} data-testid="saved-view">
              <span className="view-name">{v.name}</span> <span className="muted">{v.nodes} nodes</span>
              {openButton(v)}
              <button type="button" className="button danger" onClick={attempt(async () => { await client.call('views.delete', { id: v.id }); await reload(); })}>Delete</button>
            </li>
          ))}
        </ul>
      )}
      {lastSession && (
        <p className="views-last-session" data-testid="last-session-view">
          <span className="view-name"><strong>Last session</strong> <span className="muted">as you left it, auto-saved {formatIso(lastSession.updatedAt)} · {lastSession.nodes} nodes · in exports only when chosen</span></span>
          {openButton(lastSession)}
        </p>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
