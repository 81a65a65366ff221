import { useCallback, useEffect, useState } from 'react';
import type { SavedViewInfo } from '../../../shared/api/methods/graph';
import { useApp } from '../app/runtime-context';
import type { Workbench } from '../graph/interactions/workbench';
import { ErrorMessage } from '../ui/ErrorMessage';
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

  return (
    <section ref={ref} className="graph-popover" data-testid="views-menu" aria-label="Saved views">
      <h3>Views</h3>
      <form className="graph-popover-row" onSubmit={(e) => { e.preventDefault(); attempt(async () => { await client.call('views.save', { name, data: workbench.view() }); setName(''); await reload(); })(); }}>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="View name" aria-label="View name" maxLength={120} required />
        <button type="submit" className="button primary" disabled={!name.trim()}>Save view</button>
      </form>
      {views.length === 0 ? <p className="muted">No saved views yet.</p> : (
        <ul className="views-list">
          {views.map((v) => (
            <li key={v.id} data-testid="saved-view">
              <span className="view-name">{v.name}</span> <span className="muted">{v.nodes} nodes</span>
              <button type="button" className="button" onClick={attempt(async () => { const got = await client.call('views.get', { id: v.id }); await workbench.openView(got.data, got.slice); onClose(); })}>Open</button>
              <button type="button" className="button danger" onClick={attempt(async () => { await client.call('views.delete', { id: v.id }); await reload(); })}>Delete</button>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
