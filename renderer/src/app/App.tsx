import { useCallback, useEffect, useState } from 'react';
import type { CaseInfo } from '../../../shared/domain/case';
import { DialogHost } from '../dialogs/DialogHost';
import { StartScreen } from '../start/StartScreen';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Workspace } from '../workspace/Workspace';
import { ConnectionBanner } from './ConnectionBanner';
import { useApp } from './runtime-context';
import { useTheme } from './theme';

/** Start screen or case workspace, following the backend's open case (case.changed events keep it current). */
export function App() {
  const { client, connection } = useApp();
  const [theme, toggleTheme] = useTheme();
  const [caseInfo, setCaseInfo] = useState<CaseInfo | null>(null);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const refresh = useCallback(
    () =>
      client.call('case.current', {}).then((info) => {
        setCaseInfo(info);
        setReady(true);
      }, setError),
    [client],
  );
  useEffect(() => {
    void refresh();
    return client.on('case.changed', () => void refresh());
  }, [client, refresh]);
  // Events sent while the stream was down are lost: catch up once it is back.
  useEffect(() => {
    if (!connection) return;
    let wasDown = false;
    return connection.subscribe((state) => {
      if (state.status === 'open' && wasDown) void refresh();
      wasDown = state.status === 'lost' || state.status === 'retrying';
    });
  }, [connection, refresh]);

  const close = () => client.call('case.close', {}).then(() => setCaseInfo(null), setError);
  const themeToggle = (
    <button type="button" className="button" onClick={toggleTheme} title="Switch between dark and light theme">
      {theme === 'dark' ? 'Light theme' : 'Dark theme'}
    </button>
  );

  return (
    <DialogHost>
      {connection && <ConnectionBanner connection={connection} />}
      {error !== null && (
        <div className="app-error">
          <ErrorMessage error={error} onDismiss={() => setError(null)} />
        </div>
      )}
      {!ready ? null : caseInfo ? (
        <Workspace caseInfo={caseInfo} onClose={close} theme={theme} themeToggle={themeToggle} />
      ) : (
        <StartScreen onOpened={setCaseInfo} themeToggle={themeToggle} />
      )}
    </DialogHost>
  );
}
