import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConnectionMonitor } from '../transport/connection';
import { formatUnix } from '../ui/format';

/** Says so, at once and in words, when the host behind the page stops answering; gone again when it is back. */
export function ConnectionBanner({ connection }: { connection: ConnectionMonitor }) {
  const state = useSyncExternalStore(connection.subscribe, connection.get);
  const [now, setNow] = useState(Date.now());
  const down = state.status === 'lost' || state.status === 'retrying';
  // A once-a-second tick for the countdown, only while the banner shows.
  useEffect(() => {
    if (!down) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [down]);
  if (!down) return null;
  const seconds = state.nextRetryAt === null ? 0 : Math.max(0, Math.ceil((state.nextRetryAt - now) / 1000));
  const retrying = state.status === 'retrying' || seconds === 0 ? 'retrying now…' : `retrying in ${seconds} s…`;
  return (
    <div className="connection-banner" role="alert" data-testid="connection-banner">
      <div className="connection-text">
        <strong>
          {state.refused ? 'The Assay host restarted and no longer accepts this page: open the new URL it printed.' : `Lost the connection to the Assay host… ${retrying}`}
        </strong>
        <span className="connection-detail" data-testid="connection-last">
          {state.lastContact === null ? 'No answer from the host since this page opened.' : `Last answer ${formatUnix(Math.floor(state.lastContact / 1000))}.`}{' '}
          Is <code>assay serve</code> still running?
        </span>
      </div>
      <button type="button" className="button" onClick={connection.retryNow} disabled={state.status === 'retrying'}>
        Retry
      </button>
    </div>
  );
}
