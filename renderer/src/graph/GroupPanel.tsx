import { useState } from 'react';
import { useDismiss } from '../ui/use-dismiss';
import type { Workbench } from './interactions/workbench';

/** Names a wallet and boxes the chosen nodes into it. */
export function GroupPanel({ workbench, nodeIds, onClose }: { workbench: Workbench; nodeIds: string[]; onClose(): void }) {
  const [name, setName] = useState('');
  const ref = useDismiss<HTMLFormElement>(onClose);
  return (
    <form ref={ref} className="graph-popover" data-testid="group-panel" aria-label="Group into a wallet"
      onSubmit={(e) => { e.preventDefault(); void workbench.group(nodeIds, name.trim()).then(onClose); }}>
      <h3>Group {nodeIds.length} node{nodeIds.length === 1 ? '' : 's'} into a wallet</h3>
      <div className="graph-popover-row">
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Wallet name" aria-label="Wallet name" maxLength={200} required autoFocus />
        <button type="submit" className="button primary" disabled={!name.trim()}>Group</button>
        <button type="button" className="button" onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}
