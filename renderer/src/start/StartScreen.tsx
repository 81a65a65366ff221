import { useState } from 'react';
import type { CaseInfo } from '../../../shared/domain/case';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatBytes, formatIso } from '../ui/format';
import { useLoad } from '../ui/use-load';
import { CaseList } from './CaseList';
import { NewCaseForm } from './NewCaseForm';

const DEMO_NAME = 'Assay demo';

export function StartScreen({ onOpened, themeToggle }: { onOpened(info: CaseInfo): void; themeToggle: React.ReactNode }) {
  const { client, info, kind } = useApp();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const recent = useLoad('recent', () => client.call('case.recent', {}));
  const workspace = useLoad(info.nativeDialogs ? null : 'workspace', () => client.call('workspace.list', {}));

  const run = (action: () => Promise<CaseInfo | null>) => {
    setError(null);
    setBusy(true);
    action()
      .then((opened) => opened && onOpened(opened), setError)
      .finally(() => setBusy(false));
  };
  const forget = (location: string) => {
    setError(null);
    client.call('case.forgetRecent', { location }).then(recent.reload, setError);
  };
  const open = (location: string) => run(() => client.call('case.open', { location }));
  const openWithDialog = () =>
    run(async () => {
      const location = await client.call('case.chooseExisting', {});
      return location ? client.call('case.open', { location }) : null;
    });
  // The demo is generated once per workspace (browser) and reopened after that; Electron asks where to put it.
  const openDemo = () =>
    run(async () => {
      if (info.nativeDialogs) {
        const location = await client.call('case.chooseNew', { suggestedName: `${DEMO_NAME}.assay` });
        return location ? client.call('demo.open', { location }) : null;
      }
      const exists = (workspace.data ?? []).some((c) => c.fileName === `${DEMO_NAME}.assay`);
      return exists ? client.call('case.open', { location: DEMO_NAME }) : client.call('demo.open', { location: DEMO_NAME });
    });

  return (
    <div className="start-screen">
      <aside className="start-brand">
        <div className="brand-mark" aria-hidden="true">
          A
        </div>
        <h1 className="brand-name">Assay</h1>
        <p className="brand-tagline">Offline workbench for cryptocurrency investigations</p>
        <dl className="brand-facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Runtime</dt>
          <dd>{kind === 'electron' ? 'Desktop' : 'Browser (loopback host)'}</dd>
        </dl>
        <p className="brand-note">Case data stays on this machine. No network requests leave it.</p>
        <div className="brand-footer">{themeToggle}</div>
      </aside>
      <main className="start-main">
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
        <section className="start-section" aria-labelledby="start-new">
          <div className="section-head">
            <h2 id="start-new">Start</h2>
          </div>
          {creating ? (
            <NewCaseForm onCreated={onOpened} onCancel={() => setCreating(false)} />
          ) : (
            <div className="start-actions">
              <button type="button" className="action-tile" onClick={() => setCreating(true)}>
                <span className="action-title">New case</span>
                <span className="action-hint">Create an empty case file and start importing data</span>
              </button>
              {info.nativeDialogs && (
                <button type="button" className="action-tile" onClick={openWithDialog}>
                  <span className="action-title">Open case…</span>
                  <span className="action-hint">Choose an .assay file on this computer</span>
                </button>
              )}
              <button type="button" className="action-tile" onClick={openDemo} disabled={busy}>
                <span className="action-title">Open demo case</span>
                <span className="action-hint">
                  {busy ? 'Preparing the case…' : 'A generated case showing mining-based laundering end to end'}
                </span>
              </button>
            </div>
          )}
        </section>
        {!info.nativeDialogs && (
          <section className="start-section" aria-labelledby="start-workspace">
            <div className="section-head">
              <h2 id="start-workspace">Cases in the workspace</h2>
              <span className="muted">{workspace.data ? `${workspace.data.length} ${workspace.data.length === 1 ? 'file' : 'files'}` : ''}</span>
            </div>
            <ErrorMessage error={workspace.error} />
            <CaseList
              testId="workspace-cases"
              items={(workspace.data ?? []).map((c) => ({
                key: c.fileName,
                title: c.fileName.replace(/\.assay$/, ''),
                detail: c.fileName,
                meta: `${formatBytes(c.size)} · modified ${formatIso(c.modifiedAt)}`,
              }))}
              empty="No case files in the workspace folder yet."
              onPick={open}
            />
          </section>
        )}
        <section className="start-section" aria-labelledby="start-recent">
          <div className="section-head">
            <h2 id="start-recent">Recent cases</h2>
          </div>
          <ErrorMessage error={recent.error} />
          <CaseList
            testId="recent-cases"
            items={(recent.data ?? []).map((c) => ({
              key: c.location,
              title: c.title,
              detail: c.location,
              meta: `opened ${formatIso(c.openedAt)}`,
              missing: !c.exists,
            }))}
            empty="Cases you open appear here."
            onPick={open}
            onRemove={forget}
          />
        </section>
      </main>
    </div>
  );
}
